import type { TimeExpression, TimexMod, TimexType } from "../../schema/time.js";
import type { Anchors } from "./anchors.js";
import { formatDay } from "./calendar.js";
import type { ClauseCueMemo } from "./clause-tense.js";

/** A found expression plus how strongly its rule should win overlaps (higher wins at equal length). */
export interface Candidate extends TimeExpression {
  priority: number;
}

/** What every rule needs: the text, the document day (day number) or null, and keyword positions. */
export interface RuleContext {
  text: string;
  documentDay: number | null;
  /** Keyword positions (see findAnchors): rules scan only near them. */
  anchors: Anchors;
  /** The tense cues of the clauses read so far, shared by the rules (see directionAt). */
  clauseCues: ClauseCueMemo;
}

export interface CandidateFields {
  type: TimexType;
  value: string;
  mod?: TimexMod | null;
  earliest?: number | null;
  latest?: number | null;
  minMinutes?: number | null;
  maxMinutes?: number | null;
  weekday?: number | null;
  resolution: TimeExpression["resolution"];
  priority?: number;
}

/** Build a candidate for `text.slice(start, end)`; day numbers become `YYYY-MM-DD` strings. */
export function candidate(ctx: RuleContext, start: number, end: number, f: CandidateFields): Candidate {
  return {
    start,
    end,
    text: ctx.text.slice(start, end),
    type: f.type,
    value: f.value,
    mod: f.mod ?? null,
    earliest: f.earliest == null ? null : formatDay(f.earliest),
    latest: f.latest == null ? null : formatDay(f.latest),
    minMinutes: f.minMinutes ?? null,
    maxMinutes: f.maxMinutes ?? null,
    weekday: f.weekday ?? null,
    resolution: f.resolution,
    priority: f.priority ?? 0,
  };
}

/** Narrow a day interval to the part a START/MID/END modifier names (first, middle, last third). */
export function narrowByMod(first: number, last: number, mod: TimexMod | null): [number, number] {
  if (mod !== "START" && mod !== "MID" && mod !== "END") return [first, last];
  const length = last - first + 1;
  const third = Math.max(1, Math.round(length / 3));
  if (mod === "START") return [first, first + third - 1];
  if (mod === "END") return [last - third + 1, last];
  return [first + third, last - third];
}

/** START/MID/END from words such as "early", "mid-", "late", "the end of". */
export function modFromWords(words: string | undefined): TimexMod | null {
  if (!words) return null;
  const w = words.toLowerCase();
  if (/early|beginning|start|first half/.test(w)) return "START";
  if (/mid|middle/.test(w)) return "MID";
  if (/late|end|second half/.test(w)) return "END";
  return null;
}
