/**
 * `npm run eval:time`: TempEval-3 Task A scores of extractTimes on te3-platinum and MEANTIME (English),
 * beside the published TempEval-3 figures. `-- --json` prints one JSON line; `-- --errors` lists mismatches.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import {
  type BenchmarkDocument,
  benchmarksDir,
  MEANTIME_ANNOTATED_LINES,
  MEANTIME_FILE,
  readBenchmark,
  scoreBenchmark,
  systemTimexes,
  TE3_FILE,
} from "./eval-time/corpus.js";
import { alignTimexes } from "./eval-time/scorer.js";

const projectRoot = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const json = args.includes("--json");
const showErrors = args.includes("--errors");

const dir = benchmarksDir(projectRoot);
if (dir === null) {
  console.log(
    "eval:time: no benchmarks found (looked for ../shared/benchmarks or $CORROBORATE_BENCHMARKS); skipping.",
  );
  process.exit(0);
}

function load(file: string, annotatedLines?: number): BenchmarkDocument[] | null {
  const full = path.join(dir as string, file);
  if (!existsSync(full)) {
    console.error(`eval:time: ${full} is missing; skipping that benchmark.`);
    return null;
  }
  return readBenchmark(full, annotatedLines);
}

const te3Docs = load(TE3_FILE);
const meantimeDocs = load(MEANTIME_FILE, MEANTIME_ANNOTATED_LINES);
const te3 = te3Docs ? scoreBenchmark(te3Docs) : null;
const meantime = meantimeDocs ? scoreBenchmark(meantimeDocs) : null;

const pick = (s: typeof te3) =>
  s && {
    strictF1: s.scores.strictF1,
    relaxedF1: s.scores.relaxedF1,
    typeAccuracy: s.scores.typeAccuracy,
    valueAccuracy: s.scores.valueAccuracy,
    valueF1: s.scores.valueF1,
  };

if (json) {
  console.log(JSON.stringify({ te3: pick(te3), meantime: pick(meantime) }));
  process.exit(0);
}

const cell = (x: number | null | undefined): string => (x == null ? "—" : x.toFixed(2)).padStart(9);
const rows: Array<[string, number | null, number | null, number | null, number | null, number | null]> = [];
if (te3) {
  const s = te3.scores;
  rows.push([
    "corroborate (te3-platinum)",
    s.strictF1,
    s.relaxedF1,
    s.typeAccuracy,
    s.valueAccuracy,
    s.valueF1,
  ]);
}
rows.push(["HeidelTime-t (published)", 81.34, 90.3, null, null, 77.61]);
rows.push(["SUTime (published)", null, 90.32, null, null, 67.38]);
if (meantime) {
  const s = meantime.scores;
  rows.push([
    "corroborate (meantime-en)",
    s.strictF1,
    s.relaxedF1,
    s.typeAccuracy,
    s.valueAccuracy,
    s.valueF1,
  ]);
}
console.log(
  `${"system".padEnd(28)}${["strictF1", "relaxedF1", "typeAcc", "valueAcc", "valueF1"].map((h) => h.padStart(9)).join("")}`,
);
for (const [name, ...xs] of rows) console.log(`${name.padEnd(28)}${xs.map(cell).join("")}`);
for (const [name, r] of [
  ["te3-platinum", te3],
  ["meantime-en", meantime],
] as const) {
  if (r)
    console.log(
      `${name}: gold ${r.counts.gold}, system ${r.counts.system}, relaxed matches ${r.counts.relaxedMatches}`,
    );
}

if (showErrors) {
  for (const docs of [te3Docs, meantimeDocs]) {
    for (const doc of docs ?? []) {
      const system = systemTimexes(doc);
      const pairs = alignTimexes(doc.gold, system);
      const matchedGold = new Set(pairs.map((p) => p.gold));
      const matchedSystem = new Set(pairs.map((p) => p.system));
      const q = (t: { start: number; end: number }) => JSON.stringify(doc.text.slice(t.start, t.end));
      for (const g of doc.gold)
        if (!matchedGold.has(g)) console.log(`MISS  ${doc.name} ${q(g)} ${g.type} ${g.value}`);
      for (const s of system)
        if (!matchedSystem.has(s))
          console.log(
            `EXTRA ${doc.name} ${q(s)} ${s.type} ${s.value}  …${JSON.stringify(doc.text.slice(Math.max(0, s.start - 40), s.end + 20))}`,
          );
      for (const { gold: g, system: s } of pairs) {
        const spanDiff = g.start !== s.start || g.end !== s.end;
        if (g.value !== s.value || g.type !== s.type || spanDiff)
          console.log(
            `DIFF  ${doc.name} gold ${q(g)} ${g.type} ${g.value} | sys ${q(s)} ${s.type} ${s.value} (dct ${doc.documentDate})`,
          );
      }
    }
  }
}
