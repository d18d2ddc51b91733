import { formatDay } from "../normalize/time/calendar.js";
import { resolveWeekday } from "../normalize/time/resolve.js";
import type { Article } from "../schema/article.js";
import type { Claim } from "../schema/claim.js";
import type { ArticleExtraction } from "../schema/document.js";
import type { Event } from "../schema/event.js";
import { dayNumber, WEEKDAY_NAMES, weekdayOf } from "./days.js";

type FloatingTime = NonNullable<ArticleExtraction["floatingTimes"]>[number];

/** The words an undated claim used for its time ("Wednesday"), if the article left them unresolved. */
function floatingText(claim: Claim, floating: readonly FloatingTime[]): string | null {
  return floating.find((time) => time.claimId === claim.id)?.text ?? null;
}

/**
 * Gives each undated claim its event's date, marked `inferred`, worded in the claim's own words when it has them.
 * `eventOf[k]` is the event of `claims[k]`.
 */
export function inferClaimDates(
  claims: readonly Claim[],
  eventOf: readonly (Event | undefined)[],
  floatingByArticle: ReadonlyMap<string, readonly FloatingTime[]>,
): Claim[] {
  return claims.map((claim, k) => {
    if (claim.date !== null) return claim;
    const date = eventOf[k]?.date;
    if (!date) return claim;
    const text = floatingText(claim, floatingByArticle.get(claim.articleId) ?? []) ?? date.text;
    return { ...claim, date: { earliest: date.earliest, latest: date.latest, text, inferred: true } };
  });
}

/** The distinct events of `count` claims from `offset`, in first-occurrence order. */
function distinctEvents(claimEvents: readonly (Event | undefined)[], offset: number, count: number): Event[] {
  const events: Event[] = [];
  // An article reports a few claims: a scan is cheaper than a set, up to some length.
  const seen = count > 32 ? new Set<Event>() : null;
  for (let k = offset; k < offset + count; k++) {
    const event = claimEvents[k];
    if (event === undefined || (seen ? seen.has(event) : events.includes(event))) continue;
    seen?.add(event);
    events.push(event);
  }
  return events;
}

/** Up to this many claims an article's claim ids are scanned rather than put in sets. */
const SCAN_LIMIT = 32;

/** Whether a claim reports the event as having happened (held, or on one side's word). */
function isReport(claim: Claim): boolean {
  return claim.modality === "occurred" || claim.modality === "unconfirmed";
}

/** Whether `id` is the id of one of `claims` (of one that reports, when `reportsOnly`). */
function idAmong(id: string, claims: readonly Claim[], reportsOnly: boolean): boolean {
  for (let k = 0; k < claims.length; k++)
    if (claims[k]!.id === id && (!reportsOnly || isReport(claims[k]!))) return true;
  return false;
}

/** Whether any of `ids` is among `claims` (see {@link idAmong}). */
function someIdAmong(ids: readonly string[], claims: readonly Claim[], reportsOnly: boolean): boolean {
  for (let k = 0; k < ids.length; k++) if (idAmong(ids[k]!, claims, reportsOnly)) return true;
  return false;
}

/** Whether every one of `ids` is among `claims`. */
function everyIdAmong(ids: readonly string[], claims: readonly Claim[]): boolean {
  for (let k = 0; k < ids.length; k++) if (!idAmong(ids[k]!, claims, false)) return false;
  return true;
}

/**
 * Infers the publication day of an undated article from the events its reports aligned with: when a weekday
 * the article names ("Wednesday") is the weekday of an event it reports as having happened, the article is
 * taken to be published that day (news is reported the same day; the latest such event wins).
 *
 * `claimEvents[offset + k]` is the event of `claims[k]`; `claimsNameWeekday` says whether any claim names a
 * weekday, when the caller knows it already.
 *
 * @example
 * // an undated article saying talks were held "Wednesday", aligned with talks dated 2025-08-06 elsewhere
 * inferPublication(article, ...).publishedAt; // "2025-08-06", publishedAtSource "inferred"
 */
export function inferPublication(
  article: Article,
  claims: readonly Claim[],
  claimEvents: readonly (Event | undefined)[],
  offset: number,
  floating: readonly FloatingTime[],
  claimsNameWeekday = claims.some((claim) => claim.weekday != null),
): Article {
  if (article.publishedAt !== null) return article;
  if (floating.every((time) => time.weekday === null) && !claimsNameWeekday) return article;
  const weekdays = new Map<number, string>();
  for (const time of floating)
    if (time.weekday !== null && !weekdays.has(time.weekday)) weekdays.set(time.weekday, time.text);
  for (const claim of claims) {
    if (claim.weekday != null && !weekdays.has(claim.weekday))
      weekdays.set(claim.weekday, WEEKDAY_NAMES[claim.weekday]!);
  }
  if (weekdays.size === 0) return article;
  // Own and reported claim ids, gathered only once an event could date the article (and only for long
  // articles: a few claims are scanned).
  let ownClaims: ReadonlySet<string> | null = null;
  let reported: ReadonlySet<string> | null = null;
  const scan = claims.length <= SCAN_LIMIT;
  let best: { day: string; words: string; eventId: string } | null = null;
  const events = distinctEvents(claimEvents, offset, claims.length);
  for (const event of events) {
    const date = event.date;
    if (!date || date.earliest !== date.latest) continue;
    if (!scan) {
      ownClaims ??= new Set(claims.map((claim) => claim.id));
      reported ??= new Set(claims.filter(isReport).map((claim) => claim.id));
    }
    const own = ownClaims;
    const reports = reported;
    const ids = event.claimIds;
    const reportsIt = reports ? ids.some((id) => reports.has(id)) : someIdAmong(ids, claims, true);
    if (!reportsIt) continue;
    if (own ? ids.every((id) => own.has(id)) : everyIdAmong(ids, claims)) continue;
    const words = weekdays.get(weekdayOf(dayNumber(date.earliest)));
    if (words === undefined) continue;
    if (!best || date.earliest > best.day) best = { day: date.earliest, words, eventId: event.id };
  }
  if (!best) return article;
  return {
    ...article,
    publishedAt: best.day,
    publishedAtSource: "inferred",
    warnings: [
      ...article.warnings,
      `publication date inferred as ${best.day}: the article's "${best.words}" is the weekday of the event it reports (${best.eventId}), assuming same-day reporting`,
    ],
  };
}

/**
 * Dates an article's claims that still name only a weekday once its publication day has been inferred: what
 * has happened falls on the latest such weekday up to that day, what is planned on the first one from it
 * (each marked `inferred`). A hypothetical claim keeps no day. Claims of articles with a day of their own
 * were resolved at extraction and are returned as they are.
 *
 * @example
 * // "Separately on Tuesday, X met Y" in an undated article inferred as published Tuesday 2024-01-16
 * dateByInferredPublication(claims, article)[1].date; // { earliest: "2024-01-16", latest: "2024-01-16", inferred: true, ... }
 */
export function dateByInferredPublication(
  claims: readonly Claim[],
  article: Article,
  floating: readonly FloatingTime[],
): Claim[] {
  if (article.publishedAtSource !== "inferred" || article.publishedAt === null) return [...claims];
  const published = dayNumber(article.publishedAt);
  return claims.map((claim) => {
    if (claim.date !== null || claim.weekday == null || claim.modality === "hypothetical") return claim;
    const direction = claim.modality === "planned" ? "future" : "past";
    const day = formatDay(resolveWeekday(published, claim.weekday, direction));
    const text = floatingText(claim, floating) ?? WEEKDAY_NAMES[claim.weekday]!;
    return { ...claim, date: { earliest: day, latest: day, text, inferred: true } };
  });
}
