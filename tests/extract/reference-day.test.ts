import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leadDay, referenceDayOf } from "../../src/extract/reference-day.js";
import type { Block } from "../../src/schema/document.js";

function paragraphs(text: string): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.trim() !== "")
      blocks.push({ start, end: start + line.length, kind: "paragraph", boilerplate: false });
    start += line.length + 1;
  }
  return blocks;
}

describe("leadDay / referenceDayOf", () => {
  it("dates a year-less wire dateline by the lead's weekday, in the years its office holders held office", () => {
    const text = "CARACAS, Nov 1 (Reuters) - The two presidents met in Caracas on Tuesday.";
    // Nov 1 was a Tuesday in 2016 and 2022; only 2022 lies in the office years.
    expect(referenceDayOf(text, paragraphs(text), [2022, 2023, 2024, 2025, 2026])).toBe("2022-11-01");
    // Without office years, or with several fitting years, the day stays unknown.
    expect(referenceDayOf(text, paragraphs(text))).toBeNull();
    expect(
      referenceDayOf(text, paragraphs(text), [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]),
    ).toBeNull();
  });

  it("reads a year of history ('where Bolivar died in 1830') as no year of the story", () => {
    const text =
      "SANTA MARTA, Aug 10 (Reuters) - The two presidents met on Tuesday at the hacienda where Simon Bolivar died in 1830.";
    expect(referenceDayOf(text, paragraphs(text))).toBeNull();
    // Their office years still date it: Aug 10 was a Tuesday in 2010 among them.
    expect(referenceDayOf(text, paragraphs(text), [2010, 2011, 2012])).toBe("2010-08-10");
  });

  it("keeps a year-less dateline's year to the days its office holders held office, not just the years", () => {
    const text = "TOKYO, Dec. 12 (Kyodo) - The two prime ministers agreed Saturday on a rail deal.";
    // Dec 12 was a Saturday in 2015 and 2020; the prime minister left office in September 2020.
    const years = [2014, 2015, 2016, 2017, 2018, 2019, 2020];
    expect(referenceDayOf(text, paragraphs(text), years)).toBeNull();
    expect(referenceDayOf(text, paragraphs(text), years, (day) => day < "2020-09-16")).toBe("2015-12-12");
  });

  it("reads a target year ('trade of $100 billion by 2020') as no year of the story", () => {
    const text =
      "HANOI, March 23 (Yonhap) -- The two presidents held talks here Friday and agreed to lift trade to $100 billion by 2020.";
    // March 23 was a Friday in 2018 only, of the office years.
    expect(referenceDayOf(text, paragraphs(text), [2017, 2018, 2019, 2020, 2021, 2022])).toBe("2018-03-23");
  });

  it("dates a year-less day the lead tells by the weekday told of it, within a week before the dateline", () => {
    const text =
      "BRASILIA, Feb 10 (Reuters) - The finance minister met the central bank governor on Feb. 9 for talks.\nThe two talked for over an hour on Thursday evening.";
    // 9 February was a Thursday in 2023, not in 2024.
    expect(leadDay(text, paragraphs(text), [2023, 2024])).toBe("2023-02-09");
    expect(referenceDayOf(text, paragraphs(text), [2023, 2024])).toBe("2023-02-10");
  });

  it("leaves a weekday-and-date undated when several office years fit and the text names none", () => {
    const text = "The prime minister held talks with the president in the Kremlin on Friday, July 5.";
    // 5 July fell on a Friday in 2019 and 2024.
    expect(leadDay(text, paragraphs(text), [2019, 2020, 2021, 2022, 2023, 2024])).toBeNull();
    expect(leadDay(text, paragraphs(text), [2022, 2023, 2024, 2025])).toBe("2024-07-05");
  });

  it("keeps to the office years when the years around a year the text names disagree with them", () => {
    const text =
      "ASMARA, July 8 (Reuters) - The prime minister arrived on Sunday, two decades after the war of 1998 to 2000.";
    expect(leadDay(text, paragraphs(text), [2018, 2019, 2020])).toBe("2018-07-08");
    const agreeing = "The president arrived on Sunday 30 May for the first leaders' summit held in 2021.";
    expect(leadDay(agreeing, paragraphs(agreeing), [2019, 2020, 2021, 2022])).toBe("2021-05-30");
  });

  it("takes a full date the lead tells, and reads the story as written the day after", () => {
    const text = "BERLIN – The two leaders dined on Wednesday evening, 16 November 2016, at the hotel.";
    expect(leadDay(text, paragraphs(text))).toBe("2016-11-16");
    expect(referenceDayOf(text, paragraphs(text))).toBe("2016-11-17");
  });

  it("dates a weekday-and-date by a year the text names", () => {
    const text = "The prime minister arrived on Sunday 30 May for the first leaders' summit held in 2021.";
    expect(leadDay(text, paragraphs(text))).toBe("2021-05-30");
  });

  it("takes the year of a month the lead names ('since his inauguration in April 2024') for a year-less dateline", () => {
    const text =
      "DAKAR, May 7 (AFP) - The two presidents met on Tuesday, the fourth such visit since his inauguration in April 2024.";
    // May 7 was a Tuesday in 2013, 2019 and 2024; of the years around 2024 only 2024 fits.
    expect(referenceDayOf(text, paragraphs(text), [2012, 2013, 2019, 2024, 2025, 2026])).toBe("2024-05-07");
  });

  it("puts a weekday-and-date after a 'since <year>' in the first later year that fits", () => {
    const text = "The president visited on Tuesday 1 November, the first such visit since 2016.";
    expect(leadDay(text, paragraphs(text))).toBe("2022-11-01");
  });

  it("takes a dateline's date as the day of writing", () => {
    const text = "Havana, March 22, 2016\nThe president yesterday received his counterpart.";
    const blocks: Block[] = [
      { start: 0, end: 22, kind: "dateline", boilerplate: false },
      { start: 23, end: text.length, kind: "paragraph", boilerplate: false },
    ];
    expect(referenceDayOf(text, blocks)).toBe("2016-03-22");
  });

  it("gives null when the lead names no single day", () => {
    const text = "The two leaders met on Tuesday, officials said.";
    expect(leadDay(text, paragraphs(text))).toBeNull();
  });

  it("never throws on junk", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = referenceDayOf(text, paragraphs(text));
        expect(result === null || /^\d{4}-\d{2}-\d{2}$/.test(result)).toBe(true);
      }),
    );
  });
});
