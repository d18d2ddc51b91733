/**
 * Extraction throughput on a generated corpus (fixture texts with names, dates, outlets and durations
 * varied from a deterministic seed), beside chrono-node's own `parse` over the same texts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import { extractArticle } from "../../src/extract/extract-article.js";
import { defaultGazetteer } from "../../src/extract/gazetteer.js";
import { ingestArticle } from "../../src/ingest/ingest-article.js";
import { MONTH_NAMES } from "../../src/ingest/tables/date-forms.js";
import { defaultOutlets } from "../../src/outlets/index.js";

const ROOT = join(import.meta.dirname, "..", "..");
const FIRST = [
  "Amina",
  "Kenji",
  "Lucía",
  "Olusegun",
  "Ingrid",
  "Rahul",
  "Mateo",
  "Leila",
  "Tomasz",
  "Yuki",
  "Kwame",
  "Sofia",
  "Haruto",
  "Nadia",
  "Joaquim",
  "Aroha",
];
const LAST = [
  "Okafor",
  "Tanaka",
  "Fernández",
  "Adeyemi",
  "Johansson",
  "Mehta",
  "Silva",
  "Haddad",
  "Kowalski",
  "Sato",
  "Mensah",
  "Rossi",
  "Nakamura",
  "Petrova",
  "Ferreira",
  "Ngata",
];
const PLACES = [
  "Nairobi",
  "Tokyo",
  "Brasília",
  "Doha",
  "Warsaw",
  "Lima",
  "Hanoi",
  "Accra",
  "Oslo",
  "Canberra",
];
/** The twelve full English month names (the table lists them first, abbreviations after). */
const MONTHS = MONTH_NAMES.slice(0, 12);
const DURATIONS = [
  "about three hours",
  "more than two hours",
  "45 minutes",
  "an hour and a half",
  "three to four hours",
  "nearly five hours",
];

/**
 * Articles each side reads before timing starts. Extraction runs many small functions that the engine only
 * optimises after a thousand or so articles (the first ones run 2-6x slower than the settled speed); chrono, timed
 * second, would otherwise be compared warm against a partly cold extraction.
 */
const WARM_UP_ARTICLES = 2_000;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** Fixture texts whose capitalised two-word names, months and durations are swapped for generated ones. */
export function generateCorpus(count: number, seed = 7): { text: string; date: Date }[] {
  const dirs = ["fixtures/seeds", "fixtures/extract"].map((d) => join(ROOT, d));
  const templates = dirs.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => readFileSync(join(dir, f), "utf8"));
    } catch {
      return [];
    }
  });
  const next = random(seed);
  const corpus: { text: string; date: Date }[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length] ?? "";
    const year = 2015 + Math.floor(next() * 11);
    const month = Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const names = new Map<string, string>();
    const text =
      `date ${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}\n${template}`
        .replace(
          /\b(?:Vladimir Putin|Steve Witkoff|Kirill Dmitriev|Donald Trump|Jared Kushner)\b/g,
          (name) => {
            if (!names.has(name)) names.set(name, `${pick(FIRST, next)} ${pick(LAST, next)}`);
            return names.get(name) ?? name;
          },
        )
        .replace(/\b(?:Moscow|St\. Petersburg|Istanbul)\b/g, () => pick(PLACES, next))
        .replace(
          /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
          () => pick(MONTHS, next),
        )
        .replace(/\babout three hours\b/g, () => pick(DURATIONS, next));
    corpus.push({ text, date: new Date(Date.UTC(year, month, day, 12)) });
  }
  return corpus;
}

export async function runExtractionBench(options: { articles?: number } = {}): Promise<{
  articles: number;
  megabytes: number;
  articlesPerSec: number;
  mbPerSec: number;
  chronoArticlesPerSec: number;
  ratio: number;
}> {
  const count = options.articles ?? 10_000;
  const corpus = generateCorpus(count);
  const encoder = new TextEncoder();
  const inputs = corpus.map((item, i) => ({
    source: `gen-${i}`,
    name: `gen-${i}`,
    extension: ".txt",
    bytes: encoder.encode(item.text),
  }));
  const megabytes = inputs.reduce((sum, input) => sum + input.bytes.length, 0) / 1_048_576;
  const outlets = defaultOutlets();
  const gazetteer = defaultGazetteer();
  const warm = Math.min(WARM_UP_ARTICLES, count);
  for (let i = 0; i < warm; i++) {
    const ingested = ingestArticle(inputs[i] ?? inputs[0]!, { outlets });
    if (ingested.ok) extractArticle(ingested.document, { gazetteer, outlet: null });
    chrono.parse(corpus[i]?.text ?? "", corpus[i]?.date);
  }
  let claims = 0;
  const startExtract = performance.now();
  for (const input of inputs) {
    const ingested = ingestArticle(input, { outlets });
    if (ingested.ok) claims += extractArticle(ingested.document, { gazetteer, outlet: null }).claims.length;
  }
  const extractSeconds = (performance.now() - startExtract) / 1000;
  let dates = 0;
  const startChrono = performance.now();
  for (const item of corpus) dates += chrono.parse(item.text, item.date).length;
  const chronoSeconds = (performance.now() - startChrono) / 1000;
  if (claims < 0 || dates < 0) throw new Error("unreachable");
  const articlesPerSec = count / extractSeconds;
  const chronoArticlesPerSec = count / chronoSeconds;
  return {
    articles: count,
    megabytes,
    articlesPerSec,
    mbPerSec: megabytes / extractSeconds,
    chronoArticlesPerSec,
    ratio: articlesPerSec / chronoArticlesPerSec,
  };
}
