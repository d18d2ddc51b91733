import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractTimes } from "../../src/normalize/time/index.js";
import {
  addCounts,
  type Counts,
  countDocument,
  EMPTY_COUNTS,
  type ScoredTimex,
  type Scores,
  scoresFromCounts,
} from "./scorer.js";

/** One benchmark document: text, creation date, gold TIMEX3 inside the text, and the DCT span to ignore. */
export interface BenchmarkDocument {
  name: string;
  text: string;
  documentDate: string | null;
  gold: ScoredTimex[];
  /** The creation-time expression when it sits inside `text` (MEANTIME): system output there is ignored. */
  dctSpan: { start: number; end: number } | null;
  /** Offset where annotation stops (MEANTIME annotates only the title, dateline and first sentences). */
  annotatedEnd: number;
}

interface RawTimex {
  start: number;
  end: number;
  text?: string;
  type: string;
  value: string;
}

interface RawDoc {
  doc: string;
  text: string;
  dct?: { value?: string; start?: number; end?: number } | null;
  timex: RawTimex[];
}

/** Offset of the end of line `lines` (all text when it has fewer lines). */
function endOfLines(text: string, lines: number): number {
  let at = -1;
  for (let i = 0; i < lines; i++) {
    at = text.indexOf("\n", at + 1);
    if (at < 0) return text.length;
  }
  return at;
}

/**
 * Read a `*.timex.jsonl` benchmark file; gold expressions without text (non-consuming) are left out.
 * `annotatedLines`: only this many leading lines were annotated, so system output after them is not scored.
 */
export function readBenchmark(file: string, annotatedLines = Number.POSITIVE_INFINITY): BenchmarkDocument[] {
  const docs: BenchmarkDocument[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const raw = JSON.parse(line) as RawDoc;
    const dctValue = raw.dct?.value ?? "";
    const documentDate = /^\d{4}-\d{2}-\d{2}$/.test(dctValue.slice(0, 10)) ? dctValue.slice(0, 10) : null;
    const dctSpan =
      raw.dct &&
      typeof raw.dct.start === "number" &&
      typeof raw.dct.end === "number" &&
      raw.dct.end > raw.dct.start
        ? { start: raw.dct.start, end: raw.dct.end }
        : null;
    docs.push({
      name: raw.doc,
      text: raw.text,
      documentDate,
      gold: raw.timex
        .filter((t) => t.end > t.start && (t.text ?? "").trim() !== "")
        .map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value })),
      dctSpan,
      annotatedEnd: Number.isFinite(annotatedLines) ? endOfLines(raw.text, annotatedLines) : raw.text.length,
    });
  }
  return docs;
}

/** Our TIMEX3 output for one document, without anything on the creation-time span. */
export function systemTimexes(doc: BenchmarkDocument): ScoredTimex[] {
  return extractTimes(doc.text, { documentDate: doc.documentDate })
    .filter((t) => t.end <= doc.annotatedEnd)
    .filter((t) => !doc.dctSpan || t.end <= doc.dctSpan.start || t.start >= doc.dctSpan.end)
    .map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));
}

export interface BenchmarkResult {
  counts: Counts;
  scores: Scores;
}

/** Score every document of a benchmark. */
export function scoreBenchmark(docs: readonly BenchmarkDocument[]): BenchmarkResult {
  let counts = EMPTY_COUNTS;
  for (const doc of docs) counts = addCounts(counts, countDocument(doc.gold, systemTimexes(doc)));
  return { counts, scores: scoresFromCounts(counts) };
}

/** `CORROBORATE_BENCHMARKS`, else `../shared/benchmarks` next to the project root; null when absent. */
export function benchmarksDir(projectRoot: string): string | null {
  const dir = process.env.CORROBORATE_BENCHMARKS ?? path.join(projectRoot, "../shared/benchmarks");
  return existsSync(dir) ? dir : null;
}

export const TE3_FILE = "te3-platinum/gold.timex.jsonl";
export const MEANTIME_FILE = "meantime-en/intra-doc.timex.jsonl";
/** MEANTIME annotates the title, the dateline and the first four sentences (lines 0-5 of the flattened text). */
export const MEANTIME_ANNOTATED_LINES = 6;
