/**
 * `npm run eval`: claim extraction scored against the gold in fixtures/gold/ — recall, precision,
 * accuracy per attribute and evidence-span validity. `npm run eval -- --json` prints one JSON line.
 * `--verbose` lists misses, false positives and wrong attributes. `--aligned` scores the claims as the report
 * has them, after alignment across each corpus (dates inferred from aligned events count).
 */
import { evaluateAll } from "./eval/run-eval.js";

const results = evaluateAll(process.argv.includes("--aligned") ? "aligned" : "extracted");
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(Object.fromEntries(results.map((r) => [r.name, r.summary]))));
} else {
  console.table(
    Object.fromEntries(
      results.map((r) => [
        r.name,
        {
          recall: r.summary.recall,
          "recall folded": r.summary.recallFolded,
          precision: r.summary.precision,
          date: r.summary.accuracy.date,
          duration: r.summary.accuracy.duration,
          location: r.summary.accuracy.location,
          modality: r.summary.accuracy.modality,
          ordinal: r.summary.accuracy.ordinal,
          spans: r.summary.spanValidity,
          "found/required": `${r.summary.found}/${r.summary.required}`,
          FP: r.summary.falsePositives,
          "negatives hit": r.summary.negativesViolated,
        },
      ]),
    ),
  );
  if (process.argv.includes("--verbose")) {
    for (const r of results) {
      console.log(`\n## ${r.name}`);
      if (r.tally.missed.length) console.log("missed:", r.tally.missed.join(", "));
      for (const fp of r.tally.falsePositives) console.log("false positive:", fp);
      for (const n of r.tally.negativesViolated) console.log("negative violated:", n);
      for (const [attribute, t] of Object.entries(r.tally.attributes))
        for (const w of t.wrong) console.log(`wrong ${attribute}: ${w}`);
    }
  }
}
