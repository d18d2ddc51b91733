/** Weights of the soft evidence that two claims describe one happening. */
export interface AlignWeights {
  threshold: number;
  /** Score an undated claim with no weekday and no report window needs: it must be told apart some other way. */
  unconstrainedThreshold: number;
  /** How much better the chosen event must score than one on another day before an imprecise claim joins it. */
  margin: number;
  sameType: number;
  compatibleType: number;
  samePlace: number;
  containedPlace: number;
  apartPlace: number;
  durationOverlap: number;
  durationConflict: number;
  sameOrdinal: number;
  differentOrdinal: number;
  weekdayMatch: number;
  weekdayMismatch: number;
  sameArticle: number;
  salience: number;
}

export const DEFAULT_WEIGHTS: AlignWeights = {
  threshold: 1,
  unconstrainedThreshold: 1.5,
  margin: 0.3,
  sameType: 0.3,
  compatibleType: 0.15,
  samePlace: 0.3,
  containedPlace: 0.2,
  apartPlace: -0.6,
  durationOverlap: 0.3,
  durationConflict: -0.3,
  sameOrdinal: 0.4,
  differentOrdinal: -0.6,
  weekdayMatch: 0.5,
  weekdayMismatch: -0.5,
  sameArticle: -0.3,
  salience: 0.05,
};

/** What comparisons read besides the two claims. */
export interface CompareContext {
  placeParents: Readonly<Record<string, string>>;
  weights: AlignWeights;
  /**
   * Share (0..1) of claims an entity takes part in, relative to the most frequent one, by the entity numbers
   * of the profiles.
   */
  salience: Float64Array;
}
