import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractTimes } from "../../../src/normalize/time/index.js";

interface Case {
  text: string;
  documentDate: string | null;
  /** The expression to check (its text as found). */
  find: string;
  type: string;
  value: string;
  mod?: string | null;
  earliest?: string | null;
  latest?: string | null;
  min?: number | null;
  max?: number | null;
  weekday?: number | null;
}

const MON = "2025-12-01"; // a Monday
const TUE = "2025-04-22"; // a Tuesday
const FRI = "2013-03-22"; // a Friday

const cases: Case[] = [
  // Absolute dates
  {
    text: "The summit opened on December 2, 2025 in Geneva.",
    documentDate: null,
    find: "December 2, 2025",
    type: "DATE",
    value: "2025-12-02",
    earliest: "2025-12-02",
    latest: "2025-12-02",
  },
  {
    text: "Ministers met on Dec 3, 2025.",
    documentDate: null,
    find: "Dec 3, 2025",
    type: "DATE",
    value: "2025-12-03",
  },
  {
    text: "Ruto hosted Lula on 11 April 2025.",
    documentDate: null,
    find: "11 April 2025",
    type: "DATE",
    value: "2025-04-11",
  },
  {
    text: "Filed 2025-04-22 in Nairobi.",
    documentDate: null,
    find: "2025-04-22",
    type: "DATE",
    value: "2025-04-22",
  },
  {
    text: "Stand: 22.04.2025, Berlin.",
    documentDate: null,
    find: "22.04.2025",
    type: "DATE",
    value: "2025-04-22",
  },
  {
    text: "Albanese met Modi on April 11 in Delhi.",
    documentDate: "2025-12-05",
    find: "April 11",
    type: "DATE",
    value: "2025-04-11",
    earliest: "2025-04-11",
  },
  {
    text: "The envoy visited Seoul on November 20.",
    documentDate: "2025-03-02",
    find: "November 20",
    type: "DATE",
    value: "2024-11-20",
  },
  {
    text: "The envoy will visit Seoul on January 20.",
    documentDate: "2025-12-02",
    find: "January 20",
    type: "DATE",
    value: "2026-01-20",
  },
  {
    text: "Prices rose on Feb. 28, traders said.",
    documentDate: "2013-03-21",
    find: "Feb. 28",
    type: "DATE",
    value: "2013-02-28",
  },
  // Weekdays
  {
    text: "Putin will receive the envoy on Tuesday.",
    documentDate: MON,
    find: "Tuesday",
    type: "DATE",
    value: "2025-12-02",
    earliest: "2025-12-02",
    latest: "2025-12-02",
    weekday: 2,
  },
  {
    text: "The new plan will be at the centre of Tuesday's talks.",
    documentDate: MON,
    find: "Tuesday",
    type: "DATE",
    value: "2025-12-02",
    weekday: 2,
  },
  {
    text: "The new plan was at the centre of Tuesday’s talks.",
    documentDate: "2025-12-04",
    find: "Tuesday",
    type: "DATE",
    value: "2025-12-02",
    weekday: 2,
  },
  {
    text: "Ramaphosa met Macron on Tuesday.",
    documentDate: "2025-12-04",
    find: "Tuesday",
    type: "DATE",
    value: "2025-12-02",
    weekday: 2,
  },
  {
    text: "The talks are set to resume on Friday.",
    documentDate: TUE,
    find: "Friday",
    type: "DATE",
    value: "2025-04-25",
    weekday: 5,
  },
  {
    text: "Milei is expected to meet Meloni on Thursday.",
    documentDate: TUE,
    find: "Thursday",
    type: "DATE",
    value: "2025-04-24",
  },
  {
    text: "The agency said Friday that cases fell.",
    documentDate: FRI,
    find: "Friday",
    type: "DATE",
    value: "2013-03-22",
  },
  {
    text: "He met Putin on Tuesday.",
    documentDate: null,
    find: "Tuesday",
    type: "DATE",
    value: "XXXX-WXX-2",
    earliest: null,
    latest: null,
    weekday: 2,
  },
  {
    text: "Officials met last Friday.",
    documentDate: FRI,
    find: "last Friday",
    type: "DATE",
    value: "2013-03-15",
    weekday: 5,
  },
  {
    text: "The vote comes next Monday.",
    documentDate: FRI,
    find: "next Monday",
    type: "DATE",
    value: "2013-03-25",
  },
  {
    text: "The talks ended on Friday afternoon.",
    documentDate: FRI,
    find: "Friday afternoon",
    type: "TIME",
    value: "2013-03-22TAF",
  },
  {
    text: "Rallies are held on Mondays.",
    documentDate: FRI,
    find: "Mondays",
    type: "SET",
    value: "XXXX-WXX-1",
  },
  // today / tomorrow / yesterday
  {
    text: "The meeting is planned for tomorrow.",
    documentDate: MON,
    find: "tomorrow",
    type: "DATE",
    value: "2025-12-02",
    earliest: "2025-12-02",
  },
  {
    text: "The ministers met yesterday.",
    documentDate: MON,
    find: "yesterday",
    type: "DATE",
    value: "2025-11-30",
  },
  {
    text: "NATO ministers meet today in Brussels.",
    documentDate: "2025-12-03",
    find: "today",
    type: "DATE",
    value: "2025-12-03",
  },
  { text: "He arrived tonight.", documentDate: MON, find: "tonight", type: "TIME", value: "2025-12-01TNI" },
  {
    text: "She landed this morning.",
    documentDate: MON,
    find: "this morning",
    type: "TIME",
    value: "2025-12-01TMO",
  },
  // Months, years, seasons, quarters
  {
    text: "After an earlier meeting in March, the two spoke again.",
    documentDate: TUE,
    find: "March",
    type: "DATE",
    value: "2025-03",
    earliest: "2025-03-01",
    latest: "2025-03-31",
  },
  {
    text: "They met in October.",
    documentDate: FRI,
    find: "October",
    type: "DATE",
    value: "2012-10",
    earliest: "2012-10-01",
    latest: "2012-10-31",
  },
  {
    text: "The fighting began in February 2022.",
    documentDate: null,
    find: "February 2022",
    type: "DATE",
    value: "2022-02",
    earliest: "2022-02-01",
    latest: "2022-02-28",
  },
  {
    text: "Talks collapsed at the end of November.",
    documentDate: "2025-12-05",
    find: "the end of November",
    type: "DATE",
    value: "2025-11",
    mod: "END",
    latest: "2025-11-30",
  },
  {
    text: "Cases peaked in early December.",
    documentDate: FRI,
    find: "early December",
    type: "DATE",
    value: "2012-12",
    mod: "START",
    earliest: "2012-12-01",
  },
  {
    text: "He took office in January 2025.",
    documentDate: null,
    find: "January 2025",
    type: "DATE",
    value: "2025-01",
  },
  {
    text: "The rule took effect in 2024.",
    documentDate: null,
    find: "2024",
    type: "DATE",
    value: "2024",
    earliest: "2024-01-01",
    latest: "2024-12-31",
  },
  {
    text: "Sales slowed in early 2011.",
    documentDate: null,
    find: "early 2011",
    type: "DATE",
    value: "2011",
    mod: "START",
    earliest: "2011-01-01",
  },
  {
    text: "The crisis of 2009-2010 hurt exports.",
    documentDate: null,
    find: "2010",
    type: "DATE",
    value: "2010",
  },
  {
    text: "Growth was strong in the 1990s.",
    documentDate: null,
    find: "the 1990s",
    type: "DATE",
    value: "199",
  },
  {
    text: "It was the bloodiest war of the 20th century.",
    documentDate: null,
    find: "20th century",
    type: "DATE",
    value: "19",
  },
  {
    text: "Profits fell in the fourth quarter.",
    documentDate: "2007-03-13",
    find: "the fourth quarter",
    type: "DATE",
    value: "2006-Q4",
  },
  {
    text: "They married last summer.",
    documentDate: FRI,
    find: "last summer",
    type: "DATE",
    value: "2012-SU",
  },
  // Relative periods
  {
    text: "He will visit Russia later this week.",
    documentDate: TUE,
    find: "later this week",
    type: "DATE",
    value: "2025-W17",
    earliest: "2025-04-23",
    latest: "2025-04-27",
  },
  {
    text: "Lawmakers met this week.",
    documentDate: FRI,
    find: "this week",
    type: "DATE",
    value: "2013-W12",
    earliest: "2013-03-18",
    latest: "2013-03-24",
  },
  {
    text: "The ministers met last week.",
    documentDate: FRI,
    find: "last week",
    type: "DATE",
    value: "2013-W11",
    earliest: "2013-03-11",
    latest: "2013-03-17",
  },
  {
    text: "Elections are due next month.",
    documentDate: FRI,
    find: "next month",
    type: "DATE",
    value: "2013-04",
    earliest: "2013-04-01",
    latest: "2013-04-30",
  },
  { text: "Exports grew last year.", documentDate: FRI, find: "last year", type: "DATE", value: "2012" },
  { text: "Rates will rise next year.", documentDate: FRI, find: "next year", type: "DATE", value: "2014" },
  {
    text: "This is the sixth meeting since the beginning of the year.",
    documentDate: MON,
    find: "the beginning of the year",
    type: "DATE",
    value: "2025",
    mod: "START",
    earliest: "2025-01-01",
  },
  {
    text: "The town was founded four years ago.",
    documentDate: FRI,
    find: "four years ago",
    type: "DATE",
    value: "2009",
  },
  {
    text: "They met three weeks ago.",
    documentDate: FRI,
    find: "three weeks ago",
    type: "DATE",
    value: "2013-W09",
  },
  { text: "Prices are high now.", documentDate: FRI, find: "now", type: "DATE", value: "PRESENT_REF" },
  { text: "It happened in the past.", documentDate: FRI, find: "the past", type: "DATE", value: "PAST_REF" },
  // Durations
  {
    text: "The talks lasted about three hours.",
    documentDate: null,
    find: "about three hours",
    type: "DURATION",
    value: "PT3H",
    mod: "APPROX",
    min: 165,
    max: 195,
  },
  {
    text: "They spoke for about 3 hours.",
    documentDate: null,
    find: "about 3 hours",
    type: "DURATION",
    value: "PT3H",
    mod: "APPROX",
    min: 165,
    max: 195,
  },
  {
    text: "It was a three-hour meeting.",
    documentDate: null,
    find: "three-hour",
    type: "DURATION",
    value: "PT3H",
    min: 180,
    max: 180,
  },
  {
    text: "The meeting lasted three to four hours.",
    documentDate: null,
    find: "three to four hours",
    type: "DURATION",
    value: "PT3H",
    min: 180,
    max: 240,
  },
  {
    text: "They talked between three and four hours.",
    documentDate: null,
    find: "between three and four hours",
    type: "DURATION",
    value: "PT3H",
    min: 180,
    max: 240,
  },
  {
    text: "Xi spoke with Lula for more than five hours.",
    documentDate: null,
    find: "more than five hours",
    type: "DURATION",
    value: "PT5H",
    mod: "MORE_THAN",
    min: 300,
    max: null,
  },
  {
    text: "The leaders talked for over five hours.",
    documentDate: null,
    find: "over five hours",
    type: "DURATION",
    value: "PT5H",
    mod: "MORE_THAN",
    min: 300,
    max: null,
  },
  {
    text: "The round broke down after less than an hour.",
    documentDate: null,
    find: "less than an hour",
    type: "DURATION",
    value: "PT1H",
    mod: "LESS_THAN",
    min: null,
    max: 60,
  },
  {
    text: "The call lasted nearly two hours.",
    documentDate: null,
    find: "nearly two hours",
    type: "DURATION",
    value: "PT2H",
    mod: "LESS_THAN",
    min: 105,
    max: 120,
  },
  {
    text: "The call lasted almost two hours.",
    documentDate: null,
    find: "almost two hours",
    type: "DURATION",
    value: "PT2H",
    mod: "LESS_THAN",
    min: 105,
    max: 120,
  },
  {
    text: "The session ran at least four hours.",
    documentDate: null,
    find: "at least four hours",
    type: "DURATION",
    value: "PT4H",
    mod: "EQUAL_OR_MORE",
    min: 240,
    max: null,
  },
  {
    text: "Visits may last up to two hours.",
    documentDate: null,
    find: "up to two hours",
    type: "DURATION",
    value: "PT2H",
    mod: "EQUAL_OR_LESS",
    min: null,
    max: 120,
  },
  {
    text: "Briefings take no more than 30 minutes.",
    documentDate: null,
    find: "no more than 30 minutes",
    type: "DURATION",
    value: "PT30M",
    mod: "EQUAL_OR_LESS",
    min: null,
    max: 30,
  },
  {
    text: "They met for an hour and a half.",
    documentDate: null,
    find: "an hour and a half",
    type: "DURATION",
    value: "PT1H30M",
    min: 90,
    max: 90,
  },
  {
    text: "They met for two and a half hours.",
    documentDate: null,
    find: "two and a half hours",
    type: "DURATION",
    value: "PT2H30M",
    min: 150,
    max: 150,
  },
  {
    text: "They met for 2½ hours.",
    documentDate: null,
    find: "2½ hours",
    type: "DURATION",
    value: "PT2H30M",
    min: 150,
    max: 150,
  },
  {
    text: "The call took 45 minutes.",
    documentDate: null,
    find: "45 minutes",
    type: "DURATION",
    value: "PT45M",
    min: 45,
    max: 45,
  },
  {
    text: "An hour-long call followed.",
    documentDate: null,
    find: "hour-long",
    type: "DURATION",
    value: "PT1H",
    min: 60,
    max: 60,
  },
  {
    text: "They talked for five hours.",
    documentDate: null,
    find: "five hours",
    type: "DURATION",
    value: "PT5H",
    min: 300,
    max: 300,
  },
  {
    text: "The exchange lasted about 40 minutes.",
    documentDate: null,
    find: "about 40 minutes",
    type: "DURATION",
    value: "PT40M",
    mod: "APPROX",
    min: 35,
    max: 45,
  },
  {
    text: "They met for half an hour.",
    documentDate: null,
    find: "half an hour",
    type: "DURATION",
    value: "PT30M",
    min: 30,
    max: 30,
  },
  {
    text: "The talks began around 14:20 and ended around 16:25.",
    documentDate: null,
    find: "14:20 and ended around 16:25",
    type: "DURATION",
    value: "PT2H5M",
    mod: "APPROX",
    min: 115,
    max: 135,
  },
  {
    text: "They met from 2 pm to 4:30 pm.",
    documentDate: null,
    find: "2 pm to 4:30 pm",
    type: "DURATION",
    value: "PT2H30M",
    min: 150,
    max: 150,
  },
  {
    text: "Unemployment rose over the past two years.",
    documentDate: null,
    find: "the past two years",
    type: "DURATION",
    value: "P2Y",
  },
  { text: "The war lasted a decade.", documentDate: null, find: "a decade", type: "DURATION", value: "P10Y" },
  {
    text: "Prices will fall in the next few months.",
    documentDate: null,
    find: "the next few months",
    type: "DURATION",
    value: "PXM",
  },
  {
    text: "Tensions rose in recent weeks.",
    documentDate: null,
    find: "recent weeks",
    type: "DURATION",
    value: "PXW",
  },
  {
    text: "It was a four-week strike.",
    documentDate: null,
    find: "four-week",
    type: "DURATION",
    value: "P4W",
  },
  {
    text: "Talks lasted three-and-a-half hours.",
    documentDate: null,
    find: "three-and-a-half hours",
    type: "DURATION",
    value: "PT3H30M",
    min: 210,
    max: 210,
  },
  {
    text: "They spoke for two hours and 15 minutes.",
    documentDate: null,
    find: "two hours and 15 minutes",
    type: "DURATION",
    value: "PT2H15M",
    min: 135,
    max: 135,
  },
  {
    text: "The 90-day truce ends soon.",
    documentDate: null,
    find: "90-day",
    type: "DURATION",
    value: "P90D",
  },
  {
    text: "Delegates met for hours-long talks.",
    documentDate: null,
    find: "hours-long",
    type: "DURATION",
    value: "PTXH",
  },
  {
    text: "She finished in 3:07:35.",
    documentDate: null,
    find: "3:07:35",
    type: "DURATION",
    value: "PT3H7M35S",
  },
  // More dates
  {
    text: "Last Thursday's meeting was short.",
    documentDate: "2025-12-03",
    find: "Last Thursday",
    type: "DATE",
    value: "2025-11-27",
    weekday: 4,
  },
  {
    text: "They met on Tuesday, December 2.",
    documentDate: "2025-12-05",
    find: "Tuesday, December 2",
    type: "DATE",
    value: "2025-12-02",
    weekday: 2,
  },
  {
    text: "The truce expires on March 1.",
    documentDate: "2025-12-03",
    find: "March 1",
    type: "DATE",
    value: "2026-03-01",
  },
  {
    text: "Licences lapse after October of next year.",
    documentDate: "2009-05-15",
    find: "October of next year",
    type: "DATE",
    value: "2010-10",
  },
  {
    text: "Chrysler has said it wants to cut dealers by early June.",
    documentDate: "2009-05-14",
    find: "early June",
    type: "DATE",
    value: "2009-06",
    mod: "START",
  },
  {
    text: "Apple announced Friday that it will give refunds.",
    documentDate: "2010-07-17",
    find: "Friday",
    type: "DATE",
    value: "2010-07-16",
  },
  {
    text: "Markets fell since November.",
    documentDate: "2009-03-13",
    find: "November",
    type: "DATE",
    value: "2008-11",
  },
  {
    text: "Putin will hold talks with the envoy on Tuesday afternoon, the Kremlin has said.",
    documentDate: MON,
    find: "Tuesday afternoon",
    type: "TIME",
    value: "2025-12-02TAF",
    weekday: 2,
  },
  {
    text: "Trading resumed at 16:08 UTC.",
    documentDate: "2008-09-17",
    find: "16:08 UTC",
    type: "TIME",
    value: "2008-09-17T16:08Z",
  },
  {
    text: "The delay was postponed until 15:00 GMT Saturday.",
    documentDate: FRI,
    find: "15:00 GMT Saturday",
    type: "TIME",
    value: "2013-03-23T15:00Z",
  },
  {
    text: "Results came earlier today.",
    documentDate: FRI,
    find: "earlier today",
    type: "DATE",
    value: "2013-03-22",
  },
  {
    text: "Growth slowed over the past decade.",
    documentDate: FRI,
    find: "the past decade",
    type: "DURATION",
    value: "P10Y",
  },
  {
    text: "The ministers met over the weekend.",
    documentDate: "2025-12-01",
    find: "the weekend",
    type: "DATE",
    value: "2025-W48-WE",
    earliest: "2025-11-29",
    latest: "2025-11-30",
  },
  {
    text: "The ministers will meet at the weekend.",
    documentDate: "2025-12-01",
    find: "the weekend",
    type: "DATE",
    value: "2025-W49-WE",
    earliest: "2025-12-06",
  },
  {
    text: "The siege lasted 1,000 days.",
    documentDate: null,
    find: "1,000 days",
    type: "DURATION",
    value: "P1000D",
  },
  {
    text: "They spoke four times over the past fortnight.",
    documentDate: null,
    find: "the past fortnight",
    type: "DURATION",
    value: "P2W",
    min: 20160,
    max: 20160,
  },
  {
    text: "The G7 leaders will gather from June 13 to 15 in Apulia.",
    documentDate: "2024-06-14",
    find: "June 13 to 15",
    type: "DATE",
    value: "2024-06-13",
    earliest: "2024-06-13",
    latest: "2024-06-15",
  },
  {
    text: "Ruto held more than two hours of talks with Hassan.",
    documentDate: null,
    find: "more than two hours",
    type: "DURATION",
    value: "PT2H",
    mod: "MORE_THAN",
    min: 120,
    max: null,
  },
  {
    text: "The ministers met in late 2023.",
    documentDate: null,
    find: "late 2023",
    type: "DATE",
    value: "2023",
    mod: "END",
    latest: "2023-12-31",
  },
  {
    text: "Two weeks ago, the ministers met.",
    documentDate: "2024-06-14",
    find: "Two weeks ago",
    type: "DATE",
    value: "2024-W22",
  },
  {
    text: "Sales rebounded in the last week of March.",
    documentDate: "2009-04-01",
    find: "the last week of March",
    type: "DATE",
    value: "2009-W13",
    earliest: "2009-03-23",
    latest: "2009-03-29",
  },
  {
    text: "Earlier in the week, the envoy met officials.",
    documentDate: "2024-06-14",
    find: "Earlier in the week",
    type: "DATE",
    value: "2024-W24",
    earliest: "2024-06-10",
    latest: "2024-06-13",
  },
  {
    text: "A second round followed on the 5th.",
    documentDate: "2024-06-14",
    find: "the 5th",
    type: "DATE",
    value: "2024-06-05",
  },
  // Sets
  {
    text: "The council meets every week.",
    documentDate: null,
    find: "every week",
    type: "SET",
    value: "P1W",
  },
  { text: "The report appears annually.", documentDate: null, find: "annually", type: "SET", value: "P1Y" },
  { text: "Inspectors visit each year.", documentDate: null, find: "each year", type: "SET", value: "P1Y" },
];

describe("extractTimes: table", () => {
  it.each(cases)("$text → $find", (c) => {
    const found = extractTimes(c.text, { documentDate: c.documentDate });
    const e = found.find((x) => x.text === c.find);
    expect(e, `found: ${JSON.stringify(found.map((x) => x.text))}`).toBeDefined();
    if (!e) return;
    expect(e.type).toBe(c.type);
    expect(e.value).toBe(c.value);
    expect(c.text.slice(e.start, e.end)).toBe(e.text);
    if (c.mod !== undefined) expect(e.mod).toBe(c.mod);
    if (c.earliest !== undefined) expect(e.earliest).toBe(c.earliest);
    if (c.latest !== undefined) expect(e.latest).toBe(c.latest);
    if (c.min !== undefined) expect(e.minMinutes).toBe(c.min);
    if (c.max !== undefined) expect(e.maxMinutes).toBe(c.max);
    if (c.weekday !== undefined) expect(e.weekday).toBe(c.weekday);
  });
});

describe("extractTimes: what is not a time", () => {
  it.each([
    "The talks may continue after the break.",
    "Protesters march to the parliament.",
    "It was their sixth meeting and a second round.",
    "Some 2000 troops and 1,500 people were deployed.",
    "The economy grew 2 1/2 times.",
    "He thanked his 22-year-old son.",
    "The fifth meeting and the 5th round.",
    "On the 5th floor, the envoy waited.",
  ])("%s", (text) => {
    const found = extractTimes(text, { documentDate: MON });
    expect(found.map((e) => e.text)).toEqual([]);
  });

  it("leaves relative expressions unresolved without a document date", () => {
    const [e] = extractTimes("They will meet next week.", { documentDate: null });
    expect(e?.resolution).toBe("unresolved");
    expect(e?.earliest).toBeNull();
  });

  it("reads a timestamp document date as its day and ignores an invalid one", () => {
    expect(extractTimes("They met yesterday.", { documentDate: "2025-12-01T09:30:00Z" })[0]?.value).toBe(
      "2025-11-30",
    );
    expect(extractTimes("They met yesterday.", { documentDate: "2025-13-45" })[0]?.resolution).toBe(
      "unresolved",
    );
  });

  it("returns nothing for empty text", () => {
    expect(extractTimes("", { documentDate: MON })).toEqual([]);
  });
});

describe("extractTimes: properties", () => {
  it("never throws, offsets are valid and text matches the slice", () => {
    const pieces = fc.constantFrom(
      "on Tuesday",
      " for about 3 hours",
      " in March",
      "May ",
      "2025-04-22",
      " 14:20",
      " ended",
      " last week",
      "½",
      " the past two years",
      ".",
      "\n",
      " every",
      "-",
      "1/2",
      " nearly",
      " an hour and a half",
      "'s",
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), pieces), { maxLength: 12 }),
        fc.option(fc.constantFrom(MON, TUE, FRI)),
        (parts, doc) => {
          const text = parts.join("");
          const found = extractTimes(text, { documentDate: doc });
          let lastEnd = 0;
          for (const e of found) {
            expect(e.start).toBeGreaterThanOrEqual(lastEnd);
            expect(e.end).toBeGreaterThan(e.start);
            expect(e.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(e.start, e.end)).toBe(e.text);
            lastEnd = e.end;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
