import { beforeAll, describe, expect, it } from "vitest";
import { corroborateFiles } from "../../src/pipeline.js";
import type { Report } from "../../src/schema/report.js";
import { SEEDS_DIR } from "../helpers.js";

const TASS = "000_ff4313a162cc405a";
const TRT = "001_6cbf3db94f6fd902";
const MOSCOW_TIMES = "002_5731038aa602841b";
const SDA = "003_bf63ec0c08f18b65";
const GUARDIAN = "004_7d10975cc30bc3d0";

let report: Report;

beforeAll(async () => {
  report = await corroborateFiles([SEEDS_DIR]);
});

/** The event (by one of its days) that holds a claim of every given article. */
function eventOn(day: string, participants: readonly string[]) {
  return report.events.find(
    (event) => event.date?.earliest === day && participants.every((id) => event.participants.includes(id)),
  );
}

function finding(kind: string, attribute: string, day: string, articles: readonly string[]) {
  const event = eventOn(day, ["person:steve-witkoff", "person:vladimir-putin"]);
  return report.findings.find(
    (item) =>
      item.kind === kind &&
      item.attribute === attribute &&
      item.eventId === event?.id &&
      articles.every((id) => item.articleIds.includes(id)),
  );
}

describe("the seed articles", () => {
  it("infers the undated article's publication day from the meeting it reports", () => {
    const article = report.articles.find((item) => item.id === GUARDIAN)!;
    expect(article.publishedAt).toBe("2025-08-06");
    expect(article.publishedAtSource).toBe("inferred");
  });

  it("F1: the February meeting rests on the envoy's word", () => {
    expect(finding("unconfirmed", "occurrence", "2025-02-11", [TASS])).toBeDefined();
  });

  it("F2: 'fifth trip to Moscow' against a list whose third visit was elsewhere", () => {
    const found = finding("discrepancy", "count", "2025-08-06", [GUARDIAN, TASS]);
    expect(found?.message).toMatch(/St\. Petersburg/);
  });

  it("F3: two sources agree on about three hours", () => {
    expect(finding("agreement", "duration", "2025-08-06", [TASS, GUARDIAN])).toBeDefined();
  });

  it("F4: the announced and the factbox date of the December meeting agree", () => {
    expect(finding("agreement", "date", "2025-12-02", [TASS, TRT])).toBeDefined();
  });

  it("F5: a participant named only by the report written after the meeting is a low discrepancy", () => {
    const found = finding("discrepancy", "participants", "2025-12-02", [SDA, TASS, TRT]);
    expect(found?.severity).toBe("low");
  });

  it("F6: two sources agree on the April 11 date", () => {
    expect(finding("agreement", "date", "2025-04-11", [TASS, MOSCOW_TIMES])).toBeDefined();
  });

  it("F7: both call it the sixth meeting of the year, which holds only with the unconfirmed one", () => {
    const found = finding("agreement", "count", "2025-12-02", [TASS, SDA]);
    expect(found?.message).toMatch(/unconfirmed 2025-02-11/);
  });

  it("puts each gold meeting in exactly one event", () => {
    const witkoffPutin = report.events.filter(
      (event) =>
        event.participants.includes("person:steve-witkoff") &&
        event.participants.includes("person:vladimir-putin"),
    );
    expect(witkoffPutin.map((event) => event.date?.earliest)).toEqual([
      "2025-02-11",
      "2025-03-13",
      "2025-04-11",
      "2025-04-25",
      "2025-08-06",
      "2025-12-02",
    ]);
    expect(
      eventOn("2025-12-02", ["person:vladimir-putin"])
        ?.claimIds.map((id) => id.split(":")[0])
        .sort(),
    ).toEqual([TASS, TRT, SDA]);
  });
});
