/**
 * Floors for `npm run eval`: extraction scored against fixtures/gold must not silently regress.
 */
import { describe, expect, it } from "vitest";
import { CORPORA, evaluateCorpus } from "../../scripts/eval/run-eval.js";

interface Floor {
  recall: number;
  precision: number;
  attribute: number;
  /** Per-attribute floors where one attribute lags the others. */
  attributes?: Partial<Record<string, number>>;
  /** Gold negatives the corpus may still violate (0 unless a known gap is being worked on). */
  negatives?: number;
}

const FLOORS: Record<string, Floor> = {
  seeds: { recall: 1, precision: 0.9, attribute: 0.9 },
  extract: { recall: 0.9, precision: 0.85, attribute: 0.85 },
  // The blind holdout: articles written after the extractor was tuned, never tuned on directly.
  // These floors only stop regressions; the product target there is 0.85 recall and accuracy.
  holdout: {
    recall: 0.9,
    // 0.92 since session 4: "Erdogan said he hoped to host the Egyptian president" is now read (rightly) as a
    // wished-for meeting, which this gold does not list.
    precision: 0.9,
    attribute: 0.9,
    attributes: { date: 0.8, ordinal: 0.8 },
    negatives: 0,
  },
  // The second blind set (fixtures/holdout2): its baseline, blind, was recall 0.54. Its gold also counts the trip
  // that frames a meeting as a visit claim of its own, which the seeds' gold does not; floors track progress.
  holdout2: {
    recall: 0.7,
    precision: 0.95,
    attribute: 0.75,
    attributes: { ordinal: 0.7 },
    negatives: 0,
  },
  // The third blind set (fixtures/holdout3): scored blind at recall 0.71 after the holdout2 work.
  holdout3: {
    recall: 0.83,
    precision: 0.93,
    attribute: 0.72,
    attributes: { ordinal: 0.5 },
    negatives: 1,
  },
  // The fourth blind set (fixtures/holdout4), scored blind at the end of session 2: recall 0.75 (session-start
  // code: 0.64), precision 0.92.
  holdout4: {
    recall: 0.8,
    precision: 0.93,
    attribute: 0.75,
    attributes: { ordinal: 0.55 },
    negatives: 1,
  },
  // The fifth blind set (fixtures/holdout5, 94 required claims), scored blind in session 3: recall 0.63,
  // precision 0.94 (session-start code 0.60 / 0.95). Its gold, like holdout2-4's, counts framing trips as visits.
  holdout5: {
    recall: 0.68,
    precision: 0.92,
    attribute: 0.7,
    attributes: { ordinal: 0.5 },
    negatives: 2,
  },
  // The sixth blind set (fixtures/holdout6, 71 required claims), scored blind at the end of session 3: recall
  // 0.79 (0.86 without framing trips), precision 0.94; the session-start code scored 0.73 (0.80) / 0.94.
  holdout6: {
    recall: 0.75,
    precision: 0.9,
    attribute: 0.7,
    attributes: { ordinal: 0.4 },
    negatives: 1,
  },
  // The seventh blind set (fixtures/holdout7, 62 required claims), scored blind at the start of session 4:
  // recall 0.61 (0.69 without framing trips), precision 0.94, date 0.55.
  // After the general fixes it prompted: recall 0.74 (0.85 folded), precision 0.95, date 0.68.
  holdout7: {
    recall: 0.72,
    precision: 0.92,
    attribute: 0.8,
    attributes: { date: 0.65 },
    negatives: 0,
  },
  // The eighth blind set (fixtures/holdout8, 97 required claims), scored blind with session 4's code: recall 0.68
  // (0.71 without framing trips), precision 0.95, date 0.69, location 0.79, modality 0.91, ordinal 0.80.
  holdout8: {
    // After session 5's fixes: recall 0.78 (0.83 folded), precision 0.99.
    recall: 0.76,
    precision: 0.95,
    attribute: 0.75,
    attributes: { date: 0.65 },
    negatives: 6,
  },
  // The ninth blind set (fixtures/holdout9, 57 required claims), scored blind with session 4's final code: recall
  // 0.83 (0.85 without framing trips), precision 0.95, date 0.76, location 0.76.
  holdout9: {
    // After session 5's fixes: recall 0.89 (0.93 folded), precision 0.98.
    recall: 0.87,
    precision: 0.95,
    attribute: 0.72,
    negatives: 4,
  },
  // The tenth blind set (fixtures/holdout10, 72 required claims), scored blind with session 5's code (4c224c0):
  // recall 0.74 (0.77 without framing trips), precision 0.87, date 0.79, location 0.84, modality 0.90, ordinal 0.63.
  // The twelfth blind set (fixtures/holdout12, 88 required claims), scored blind with session 5's mid-session code
  // (c6fd1d4): recall 0.59 (0.66 without framing trips), precision 0.89, date 0.73, ordinal 0.40.
  holdout12: {
    // After the general fixes it prompted: recall 0.74 (0.83 folded), precision 0.95, ordinal 0.70; after
    // session 6's: recall 0.76 (0.84 folded).
    recall: 0.73,
    precision: 0.92,
    attribute: 0.6,
    negatives: 4,
  },
  // The eleventh blind set (fixtures/holdout11, 79 required claims), scored blind with session 5's final extraction
  // code (1b8cc76): recall 0.60 (0.68 without framing trips), precision 0.95, date 0.64, location 0.78.
  holdout11: {
    // After session 6's fixes: recall 0.67 (0.77 folded), precision 0.94.
    recall: 0.64,
    precision: 0.9,
    attribute: 0.6,
    negatives: 3,
  },
  // The thirteenth blind set (fixtures/holdout13, 72 required claims), scored blind with session 6's early code
  // (e8c59fc): recall 0.72 (0.77 without framing trips), precision 0.88, date 0.65, ordinal 0.57.
  holdout13: {
    // After the general fixes it prompted: recall 0.78 (0.83 folded), precision 0.91.
    recall: 0.75,
    precision: 0.88,
    attribute: 0.55,
    negatives: 2,
  },
  // The fourteenth blind set (fixtures/holdout14, 81 required claims), scored blind with session 6's mid-session
  // code (3e5237d): recall 0.70 (0.79 without framing trips), precision 0.94, date 0.81, location 0.63, ordinal 0.33.
  holdout14: {
    // After the general fixes it prompted: recall 0.83 (0.93 folded), precision 0.97, location 0.68.
    recall: 0.79,
    precision: 0.94,
    attribute: 0.3,
    negatives: 2,
  },
  // The fifteenth blind set (fixtures/holdout15, 64 required claims: ministers and envoys, unlisted mayors and
  // governors, 2013–2016 stories, clock-range lengths), scored blind with session 6's late code (32699e7): recall
  // 0.59 (0.64 without framing trips), precision 0.84, date 0.69, duration 0.81, location 0.71.
  holdout15: {
    // After the general fixes it prompted: recall 0.70 (0.76 folded), precision 0.90.
    recall: 0.67,
    precision: 0.86,
    attribute: 0.6,
    negatives: 2,
  },
  // The sixteenth blind set (fixtures/holdout16, 92 required claims: 2020–2024, a dotted-date header, an undated
  // weekday-only wire, a G20 live blog, family names first), scored blind with session 7's early code (a9ec075):
  // recall 0.68 (0.73 without framing trips), precision 0.89, date 0.69, duration 0.87, location 0.78.
  holdout16: {
    // After the general fixes it prompted: recall 0.84 (0.88 folded), precision 0.93, date 0.87, duration 0.91.
    recall: 0.8,
    precision: 0.89,
    attribute: 0.75,
    negatives: 2,
  },
  // The seventeenth blind set (fixtures/holdout17, 82 required claims: 2010–2024, year-less wire datelines, a
  // weekday-only wire, a Pacific live blog, family names first), scored blind with session 7's late code (8977174):
  // recall 0.72 (0.78 without framing trips), precision 0.93, date 0.77, duration 0.94, location 0.91, ordinal 0.67.
  holdout17: {
    recall: 0.7,
    precision: 0.88,
    attribute: 0.6,
    negatives: 1,
  },
  // The eighteenth blind set (fixtures/holdout18, 88 required claims: 2015–2024, year-less wire datelines, a
  // weekday-only story, a UN General Assembly live blog, three same-event pairs), scored blind with session 7's
  // final code (cfa0367): recall 0.80 (0.90 without framing trips), precision 0.91, date 0.71, duration 0.93,
  // location 0.82, modality 0.99, ordinal 0.80.
  holdout18: {
    recall: 0.77,
    precision: 0.88,
    attribute: 0.65,
    negatives: 1,
  },
  // The nineteenth blind set (fixtures/holdout19, 68 required claims: 2022–2024, a year-less dateline, two undated
  // wires, a BRICS live blog, family names first), scored blind with session 7's final code (0f4df34): recall
  // 0.77 (0.82 without framing trips), precision 0.89, date 0.78, duration 0.93, location 0.81, modality 0.94,
  // ordinal 0.44.
  holdout19: {
    recall: 0.74,
    precision: 0.85,
    attribute: 0.4,
    negatives: 2,
  },
  // The twentieth blind set (fixtures/holdout20, 80 required claims: 2019–2024, three undated wires, three
  // year-less datelines, an SCO live blog, family names first), scored blind with session 8's early code:
  // recall 0.74 (0.81 without framing trips), precision 0.92, date 0.71, duration 0.91, location 0.68,
  // modality 0.92, ordinal 1.
  holdout20: {
    recall: 0.71,
    precision: 0.88,
    attribute: 0.6,
    negatives: 1,
  },
  // The twenty-first blind set (fixtures/holdout21, 79 required claims: 2018–2023, a translated outlet, slash and
  // dotted dates, an undated live blog, a correction note, a meeting told only in a quote), scored blind with
  // session 8's mid-session code: recall 0.71 (0.73 without framing trips), precision 0.85, date 0.77,
  // duration 0.91, location 0.81, modality 0.95, ordinal 0.45.
  holdout21: {
    recall: 0.68,
    precision: 0.8,
    // Ordinals are few here (13): one miscounted claim moves the rate by 0.08.
    attribute: 0.28,
    negatives: 2,
  },
  // The twenty-second blind set (fixtures/holdout22, 58 required claims: 2023–2026, Gulf and Central Asian agency
  // styles, a Spanish outlet's English edition, a 117-word brief, two undated wires, an ASEAN live blog), scored
  // blind with session 8's late code (2311591): recall 0.74 (0.83 without framing trips), precision 0.88, date 0.64,
  // duration 0.94, location 0.76, modality 0.93, ordinal 0.75.
  holdout22: {
    recall: 0.71,
    precision: 0.84,
    attribute: 0.6,
    // One of the two is the required Peña–Hsu meeting (q10-8), whose sentence also holds the negative's text
    // "regularly visited by storms": negatives are matched on evidence sentences, not triggers.
    negatives: 2,
  },
  // The twenty-third blind set (fixtures/holdout23, 61 required claims: 2022–2024, a translated Romanian agency,
  // a Guatemalan presidency release, a Pacific outlet, a G7 live blog with ISO stamps, two undated wires), scored
  // blind with session 9's first code (51a9c51): recall 0.79 (0.90 without framing trips), precision 0.93, date
  // 0.77, duration 0.96, location 0.72, modality 0.98, ordinal 0.63.
  holdout23: {
    recall: 0.76,
    precision: 0.88,
    attribute: 0.6,
    negatives: 2,
  },
  // The twenty-fourth blind set (fixtures/holdout24, 70 required claims: 2011–2024, a Jordanian and an Indian
  // regional paper, Canadian, Nordic and Australian broadcasters, an envoy's three-capital shuttle, an undated
  // COP28 live blog, a correction note), scored blind with session 9's mid code (c9faadd): recall 0.73 (0.77
  // without framing trips), precision 0.93, date 0.73, duration 0.95, location 0.86, modality 0.97, ordinal 0.33.
  holdout24: {
    recall: 0.7,
    precision: 0.88,
    attribute: 0.3,
    negatives: 4,
  },
  // The twenty-fifth blind set (fixtures/holdout25, 71 required claims: 2013–2023, Peru's state agency, Yonhap and
  // Kyodo, Caribbean papers, an Iranian state agency, a Polish broadcaster's credentials story, an interview, a
  // cancelled summit, a G20 live blog), scored blind with session 9's final code (356c8c2): recall 0.75 (0.78
  // without framing trips), precision 0.90, date 0.71, duration 0.98, location 0.85, modality 0.97, ordinal 0.44.
  holdout25: {
    recall: 0.71,
    precision: 0.86,
    attribute: 0.4,
    negatives: 0,
  },
  holdout10: {
    // After the general fixes it prompted: recall 0.85 (0.89 folded), precision 0.97, ordinal 0.67.
    recall: 0.82,
    precision: 0.94,
    attribute: 0.6,
    negatives: 2,
  },
};

describe("eval floors", () => {
  for (const corpus of CORPORA) {
    it(`${corpus.name}: recall, precision, attribute accuracy and evidence spans hold their floors`, () => {
      const { summary, tally } = evaluateCorpus(corpus);
      const floor = FLOORS[corpus.name] ?? { recall: 0.85, precision: 0.85, attribute: 0.85 };
      expect(summary.required).toBeGreaterThan(0);
      expect(summary.recall, `missed: ${tally.missed.join(", ")}`).toBeGreaterThanOrEqual(floor.recall);
      expect(summary.precision, `false positives: ${tally.falsePositives.join("; ")}`).toBeGreaterThanOrEqual(
        floor.precision,
      );
      for (const [attribute, accuracy] of Object.entries(summary.accuracy)) {
        expect(
          accuracy,
          `${attribute}: ${tally.attributes[attribute as keyof typeof tally.attributes].wrong.join("; ")}`,
        ).toBeGreaterThanOrEqual(floor.attributes?.[attribute] ?? floor.attribute);
      }
      expect(summary.spanValidity).toBe(1);
      expect(tally.negativesViolated.length, tally.negativesViolated.join("; ")).toBeLessThanOrEqual(
        floor.negatives ?? 0,
      );
    });
  }
});
