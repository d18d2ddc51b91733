import { describe, expect, it } from "vitest";
import { CUE, cueMatches } from "../../../src/normalize/time/clause-tense.js";
import { clauseTense } from "../../../src/normalize/time/index.js";

const at = (text: string, word: string): number => text.indexOf(word);

describe("clauseTense", () => {
  it.each([
    ["Putin will meet the envoy on Tuesday.", "Tuesday", "future"],
    ["The two men met on Tuesday.", "Tuesday", "past"],
    ["The talks are set to resume on Friday.", "Friday", "future"],
    ["The summit is expected to open on Monday.", "Monday", "future"],
    ["The meeting is planned for tomorrow.", "tomorrow", "future"],
    ["Lula is in Beijing this week.", "this week", "present"],
    ["Putin will hold talks with the envoy on Tuesday afternoon, the Kremlin has said.", "Tuesday", "future"],
    ["Trump said on Tuesday that talks went well.", "Tuesday", "past"],
    ["Officials told reporters on Monday.", "Monday", "past"],
    ["The visit, which ended on Friday, was short. He will return in May.", "Friday", "past"],
    ["The visit, which ended on Friday, was short. He will return in May.", "May", "future"],
    ["The king hoped to receive the delegation in April.", "April", "future"],
    ["The ministers were to sign the accord on Thursday.", "Thursday", "future"],
    ["She wants to visit the capital in June.", "June", "future"],
    ["The president intended to travel on Monday.", "Monday", "future"],
    ["They had been due to meet on Tuesday, his office said on Saturday.", "Tuesday", "future"],
    ["He hoped for a deal and left on Friday.", "Friday", "past"],
    ["He is set to hold talks with Prime Minister K.P. Sharma Oli on Sunday.", "Sunday", "future"],
    [
      "He hosted the president on Tuesday for a state visit that both sides said would open a new stage.",
      "Tuesday",
      "past",
    ],
    ["The summit on Tuesday, which will gather 20 leaders.", "Tuesday", "future"],
    ["Kerry flies to Jerusalem on Sunday to brief the prime minister.", "Sunday", "future"],
    [
      "Xi received Manele at the palace on Friday and told him China would never attach strings.",
      "Friday",
      "past",
    ],
  ] as const)("%s @ %s → %s", (text, word, tense) => {
    expect(clauseTense(text, at(text, word))).toBe(tense);
  });

  it("is null without any cue and for an index outside the text", () => {
    expect(clauseTense("Tuesday, 2 December.", 0)).toBeNull();
    expect(clauseTense("abc", 10)).toBeNull();
  });
});

describe("cueMatches", () => {
  const summary = (matches: Iterable<RegExpMatchArray>): string[] =>
    [...matches].map(
      (m) => `${m.index} ${m[0]} ${m[1] !== undefined ? "F" : m[2] !== undefined ? "P" : "R"}`,
    );

  it.each([
    "Putin will hold talks with the envoy on Tuesday afternoon, the Kremlin has said",
    "They'll go and we’ll see; he won't, she wo n't. I'LL WILL Will plans to, plan to, PLANS TO meet",
    "It was to be held, was to meet, were set to talk and had been due to sign",
    "résumed naïveed 2ed ab_ed abced_x _will x'll ’ll’ll 'll will'll deed Deed fled LED",
    "Hoping to Go and hoping to 9, is to, are due to be, been about to talk, aims to and intends to",
    "may be, may not; may soon may also mayed, the upcoming and forthcoming visits would follow",
    "He said, told, met, held, spoke and previously read what she says, does and continues now",
  ])("finds what matchAll(CUE) finds in %s", (clause) => {
    expect(summary(cueMatches(clause))).toEqual(summary(clause.matchAll(CUE)));
  });
});
