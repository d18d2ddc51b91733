import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  MEANTIME_ANNOTATED_LINES,
  MEANTIME_FILE,
  readBenchmark,
  scoreBenchmark,
  TE3_FILE,
} from "../../../scripts/eval-time/corpus.js";

const benchmarks = path.join(import.meta.dirname, "../../../../shared/benchmarks");
const present =
  existsSync(path.join(benchmarks, TE3_FILE)) && existsSync(path.join(benchmarks, MEANTIME_FILE));

describe("time layer regression floor (TempEval-3 Task A scoring)", () => {
  if (!present) {
    it.skip(`benchmarks not found at ${benchmarks}; floor not checked`, () => {});
    return;
  }

  it("te3-platinum stays above HeidelTime's published value F1", () => {
    const { scores } = scoreBenchmark(readBenchmark(path.join(benchmarks, TE3_FILE)));
    expect(scores.relaxedF1).toBeGreaterThanOrEqual(91.5);
    expect(scores.strictF1).toBeGreaterThanOrEqual(87.5);
    expect(scores.valueF1).toBeGreaterThanOrEqual(84.5);
  });

  it("MEANTIME (unseen news) does not regress", () => {
    const { scores } = scoreBenchmark(
      readBenchmark(path.join(benchmarks, MEANTIME_FILE), MEANTIME_ANNOTATED_LINES),
    );
    expect(scores.relaxedF1).toBeGreaterThanOrEqual(86);
    expect(scores.valueF1).toBeGreaterThanOrEqual(74);
  });
});
