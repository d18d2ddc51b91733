import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/extract-article.js";
import { defaultGazetteer } from "../../src/extract/gazetteer.js";
import { ingestArticle } from "../../src/ingest/ingest-article.js";
import { defaultOutlets } from "../../src/outlets/index.js";
import type { Claim } from "../../src/schema/claim.js";
import type { ArticleExtraction, IngestedDocument } from "../../src/schema/document.js";

/**
 * Golden fixtures: every built-in outlet profile has a folder fixtures/outlets/<id>/ with one article
 * written in that outlet's style and expected.json (article metadata, blocks that must be boilerplate,
 * and the claims the article states).
 */
const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures", "outlets");

interface ExpectedClaim {
  type: string;
  /** Surnames (or any part of the name) of the core participants. */
  participants: string[];
  date?: [string, string] | null;
  /** Minutes; each non-null bound must be within 15% of the claim's. */
  duration?: [number | null, number | null] | null;
  /** Part of the location's name, case-insensitive. */
  location?: string | null;
  modality?: string;
  /** Why this expectation is not checked yet (shown as a todo). */
  pending?: string;
}

interface Expected {
  /** The article file; defaults to the only non-JSON file in the folder. */
  file?: string;
  article: Record<string, unknown>;
  /** Prefixes of blocks that must be marked boilerplate. */
  boilerplate?: string[];
  /** Prefixes of blocks that must stay article text. */
  body?: string[];
  claims: ExpectedClaim[];
}

/** `GOLDEN_PENDING=1 npx vitest run tests/outlets` checks pending claims too (to see which can be enabled). */
const CHECK_PENDING = process.env.GOLDEN_PENDING === "1";
const outlets = defaultOutlets();
const gazetteer = defaultGazetteer();

function readFixture(id: string): { path: string; expected: Expected } {
  const folder = join(FIXTURES, id);
  const expected = JSON.parse(readFileSync(join(folder, "expected.json"), "utf8")) as Expected;
  const file = expected.file ?? readdirSync(folder).find((name) => !name.endsWith(".json"));
  if (!file) throw new Error(`fixtures/outlets/${id} has no article file`);
  return { path: join(folder, file), expected };
}

function ingest(path: string): IngestedDocument {
  const result = ingestArticle(
    {
      source: path,
      name: basename(path, extname(path)),
      extension: extname(path),
      bytes: readFileSync(path),
    },
    { outlets },
  );
  if (!result.ok) throw new Error(`ingest refused ${path}: ${result.warning.message}`);
  return result.document;
}

const SAME_TYPE: Record<string, string> = { talks: "meeting", meeting: "meeting" };

function sameType(a: string, b: string): boolean {
  return (SAME_TYPE[a] ?? a) === (SAME_TYPE[b] ?? b);
}

function namesOf(extraction: ArticleExtraction, id: string | null): string[] {
  const entity = extraction.entities.find((candidate) => candidate.id === id);
  return entity ? [entity.name, ...entity.aliases].map((name) => name.toLowerCase()) : [];
}

function within(actual: number | null, wanted: number | null): boolean {
  if (wanted === null) return true;
  return actual !== null && Math.abs(actual - wanted) <= wanted * 0.15;
}

/** What does not fit, or null when the claim matches the expectation. */
function mismatch(claim: Claim, expected: ExpectedClaim, extraction: ArticleExtraction): string | null {
  if (!sameType(claim.type, expected.type)) return `type ${claim.type}`;
  const names = claim.participants.flatMap((id) => namesOf(extraction, id));
  const missing = expected.participants.filter(
    (part) => !names.some((name) => name.includes(part.toLowerCase())),
  );
  if (missing.length > 0) return `participants lack ${missing.join(", ")}`;
  if (expected.date !== undefined) {
    const date = claim.date ? [claim.date.earliest, claim.date.latest] : null;
    if (JSON.stringify(date) !== JSON.stringify(expected.date)) return `date ${JSON.stringify(date)}`;
  }
  if (expected.duration) {
    const [min, max] = expected.duration;
    if (!claim.duration || !within(claim.duration.minMinutes, min) || !within(claim.duration.maxMinutes, max))
      return `duration ${JSON.stringify(claim.duration)}`;
  }
  if (expected.location) {
    const place = namesOf(extraction, claim.location);
    if (!place.some((name) => name.includes(expected.location!.toLowerCase())))
      return `location ${place[0] ?? null}`;
  }
  if (expected.modality && claim.modality !== expected.modality) return `modality ${claim.modality}`;
  return null;
}

function describeClaim(claim: ExpectedClaim): string {
  return `${claim.type} ${claim.participants.join("+")} ${claim.date?.[0] ?? "undated"}`;
}

describe("every built-in outlet profile has a golden fixture", () => {
  it.each(outlets.map((profile) => profile.id))("fixtures/outlets/%s", (id) => {
    expect(
      existsSync(join(FIXTURES, id, "expected.json")),
      `fixtures/outlets/${id}/expected.json is missing`,
    ).toBe(true);
  });
});

for (const profile of outlets) {
  if (!existsSync(join(FIXTURES, profile.id, "expected.json"))) continue;
  const { path, expected } = readFixture(profile.id);
  describe(`golden fixture: ${profile.id}`, () => {
    const document = ingest(path);

    it("is detected as its outlet, with the expected metadata", () => {
      expect(document.outletProfile).toBe(profile.id);
      expect(document.article).toMatchObject(expected.article);
    });

    it("marks the outlet's boilerplate and keeps the body", () => {
      const blocks = document.blocks.map((block) => ({
        block,
        text: document.text.slice(block.start, block.end),
      }));
      for (const prefix of expected.boilerplate ?? []) {
        const found = blocks.find(({ text }) => text.startsWith(prefix));
        expect(found, `no block starts with ${JSON.stringify(prefix)}`).toBeDefined();
        expect(found!.block.boilerplate, `${JSON.stringify(prefix)} is ${found!.block.kind}`).toBe(true);
      }
      for (const prefix of expected.body ?? []) {
        const found = blocks.find(({ text }) => text.startsWith(prefix));
        expect(found?.block.boilerplate, `${JSON.stringify(prefix)} should be body`).toBe(false);
      }
    });

    const extraction = extractArticle(document, { gazetteer, outlet: profile });
    for (const claim of expected.claims) {
      if (claim.pending && !CHECK_PENDING) {
        it.todo(`claim ${describeClaim(claim)} — pending: ${claim.pending}`);
        continue;
      }
      it(`finds the claim ${describeClaim(claim)}`, () => {
        const problems = extraction.claims.map((candidate) => mismatch(candidate, claim, extraction));
        expect(
          problems.includes(null),
          `no claim matches; closest problems: ${problems.filter(Boolean).slice(0, 6).join(" | ")}`,
        ).toBe(true);
      });
    }
  });
}
