import { describe, expect, it } from "vitest";
import { dateChrono, monthlessChrono } from "../../../src/normalize/time/chrono-dates.js";
import {
  type ChronoReading,
  parseInWindows,
  readingWindows,
} from "../../../src/normalize/time/chrono-windows.js";

const REFERENCE = { instant: new Date(Date.UTC(2025, 5, 3, 12)), timezone: 0 };
const FILLER =
  "The council reviewed the proposal and the committee discussed the matter at length with the public ";

/** Readings that reach far from their digits or ordinal words, merge, or look at what follows. */
const TRICKY = [
  "It ends on the twenty-seventh to the twenty-eighth of September, 2025 (EST) when all is done.",
  "On Wednesday, September twenty-seventh to twenty-ninth, 2024 the summit met.",
  "from 10 o'clock in the morning until 11:45 in the afternoon GMT+05:00 as planned",
  "at 10:30 p.m. on the first of March, and at 9 in the afternoon (PST) on March second",
  "the meeting is on 5 March at 10:00 BST, between 2 and 4 pm, then 12/03/2024 - 14/03/2024",
  "2025-04-22T10:00:00Z and 22.04.2025 and 04/2025 and April 2025 and 2025 April",
  "The first of March. 10:00 GMT Saturday",
  "first of March      \n\n   10:00  \n   (EST)",
  "It was the first time since the second of May that the third of June came up, or the twenty-first of August.",
  "held March 3 to 5, 2023, and from March 3 until March 5 and 3 - 5 March",
  "at 5, then 12 people and 24 more, 5 to 7, 11 - 12, 2025 12 05, T10, 8 at night, 4 ~ 5, dec 25",
  "2,000 troops in 2019 at 15 sites, no. 7 (8), 20 minutes, 2.5 million, 1 1 and 99",
];

const summary = (r: ChronoReading): string =>
  `${r.index} ${r.text} ${r.start.date().toISOString()} ${r.end?.date().toISOString() ?? ""}`;

describe("parseInWindows", () => {
  it("reads what chrono reads in the whole text, wherever the reading sits", () => {
    for (const tricky of TRICKY) {
      for (const text of [
        tricky,
        `${FILLER}${tricky} ${FILLER}`,
        `${FILLER.repeat(3)}${tricky}${FILLER.repeat(2)}${tricky}`,
      ]) {
        const whole = dateChrono.parse(text, REFERENCE).map(summary);
        expect(parseInWindows(dateChrono, text, REFERENCE).map(summary), text).toEqual(whole);
        expect(
          parseInWindows(dateChrono, text, REFERENCE, undefined, monthlessChrono).map(summary),
          text,
        ).toEqual(whole);
      }
    }
  });

  it("reads each kind of date or clock alone between long stretches of prose", () => {
    const fragments = [
      "by 20 GMT",
      "18 CET",
      "18 +03:00",
      "at 5",
      "5 pm",
      "12",
      "5 to 7",
      "2025 12 05",
      "5th of March",
      "first of March",
      "10:30 (EST)",
      "22.04.2025",
      "3/4",
      "04/2025",
      "2025-04-22T10:00Z",
      "13:00-15:00",
      "9am–5pm",
      "7 in the morning",
      "8 at night",
      "5 o'clock",
      "5 oclock",
      "9-11",
      "5 a.m.",
      "5 amid",
      "45-minute",
      "72 people",
      "habitat 5",
      "2028 as",
      "24 EST",
      "in June 2025",
      "10：30",
      "dec 25",
      "2024 March",
      "11 until 12",
      "2,000",
    ];
    for (const fragment of fragments) {
      for (const joiner of [" ", ", ", " by ", "\n"]) {
        const text = `${FILLER}${joiner}${fragment}${joiner}${FILLER}`;
        const whole = dateChrono.parse(text, REFERENCE).map(summary);
        expect(parseInWindows(dateChrono, text, REFERENCE).map(summary), text).toEqual(whole);
        expect(
          parseInWindows(dateChrono, text, REFERENCE, undefined, monthlessChrono).map(summary),
          text,
        ).toEqual(whole);
      }
    }
  });

  it("skips text without digits or ordinal words", () => {
    expect(readingWindows(FILLER.repeat(4))).toEqual([]);
    const text = `${FILLER.repeat(4)}on 5 March ${FILLER.repeat(4)}`;
    const [start = 0, end = 0] = readingWindows(text);
    expect(end - start).toBeLessThan(200);
    expect(text.slice(start, end)).toContain("on 5 March");
  });
});
