import { describe, expect, it } from "vitest";
import { segmentSentences } from "../../src/ingest/segment-sentences.js";
import { ingestText } from "./helpers.js";

function sentencesOf(text: string): string[] {
  return segmentSentences(text, [{ start: 0, end: text.length, kind: "paragraph", boilerplate: false }]).map(
    (sentence) => text.slice(sentence.start, sentence.end),
  );
}

describe("segmentSentences", () => {
  it.each([
    [
      "Witkoff visited St. Petersburg, where he met Mr. Dmitriev. It lasted 3.5 hours.",
      ["Witkoff visited St. Petersburg, where he met Mr. Dmitriev.", "It lasted 3.5 hours."],
    ],
    [
      "Dr. Smith met J. D. Vance in the U.S. capital. He left.",
      ["Dr. Smith met J. D. Vance in the U.S. capital.", "He left."],
    ],
    [
      "The talks were held in the U.S. The Kremlin said so.",
      ["The talks were held in the U.S.", "The Kremlin said so."],
    ],
    ["He arrived at 10 a.m. Putin was waiting.", ["He arrived at 10 a.m. Putin was waiting."]],
    ["He arrived at 10 a.m. The talks began.", ["He arrived at 10 a.m.", "The talks began."]],
    [
      'He described it as "positive." Putin passed along a gift.',
      ['He described it as "positive."', "Putin passed along a gift."],
    ],
    [
      "“We're awaiting him,” Yuri Ushakov said. “Really?” he asked. Then he left.",
      ["“We're awaiting him,” Yuri Ushakov said.", "“Really?” he asked.", "Then he left."],
    ],
    [
      "Gen. Smith of Acme Inc. said no. Sen. Jones agreed! Lt. Col. Brown did not.",
      ["Gen. Smith of Acme Inc. said no.", "Sen. Jones agreed!", "Lt. Col. Brown did not."],
    ],
    ["Article No. 5 was cited. It passed.", ["Article No. 5 was cited.", "It passed."]],
    ["Growth was 2.5 per cent in Q3. Inflation fell.", ["Growth was 2.5 per cent in Q3.", "Inflation fell."]],
    ["It was agreed... Nothing yet for now.", ["It was agreed...", "Nothing yet for now."]],
    ["«We are ready.» The minister left.", ["«We are ready.»", "The minister left."]],
    ["He said (in Moscow.) Then he left.", ["He said (in Moscow.)", "Then he left."]],
  ])("%s", (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("ends a sentence at every block boundary, even without a full stop", () => {
    const document = ingestText(
      "Leaders meet in Vienna\nThe talks lasted two hours. They ended well.\nMore talks ahead",
    );
    const sentences = document.sentences.map((sentence) => [
      sentence.block,
      document.text.slice(sentence.start, sentence.end),
    ]);
    expect(sentences).toEqual([
      [0, "Leaders meet in Vienna"],
      [1, "The talks lasted two hours."],
      [1, "They ended well."],
      [2, "More talks ahead"],
    ]);
  });

  it("keeps exact offsets with CRLF line endings and stray spaces", () => {
    const text = "  Headline without stop  \r\n\r\nFirst sentence here.   Second one.\r\n";
    const document = ingestText(text);
    for (const sentence of document.sentences) {
      const quote = text.slice(sentence.start, sentence.end);
      expect(quote).toBe(quote.trim());
      expect(quote).not.toContain("\r");
    }
    expect(document.sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
      "Headline without stop",
      "First sentence here.",
      "Second one.",
    ]);
  });

  it("joins the lines of hard-wrapped paragraphs", () => {
    const text = [
      "The foreign ministers of the two countries met on Tuesday in the capital",
      "for talks that lasted almost two hours, officials said after the meeting",
      "ended. A spokesman described the atmosphere as constructive and said both",
      "sides had agreed to meet again before the end of the year.",
      "",
      "The next round is expected in the autumn, according to diplomats who",
      "spoke on condition of anonymity because they were not authorised to talk.",
    ].join("\n");
    const document = ingestText(text);
    expect(document.blocks).toHaveLength(2);
    const sentences = document.sentences.map((sentence) => text.slice(sentence.start, sentence.end));
    expect(sentences[0]).toMatch(/^The foreign ministers .* meeting\nended\.$/s);
    expect(sentences).toHaveLength(3);
  });

  it("is linear on many lines without a full stop", () => {
    const text = "Putin / AP / TASS / Reuters /\n".repeat(30_000);
    const started = performance.now();
    const document = ingestText(text);
    expect(document.sentences).toHaveLength(30_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("is linear on a very long line", () => {
    const text = "Talks went on. ".repeat(100_000);
    const started = performance.now();
    const document = ingestText(text);
    expect(document.sentences).toHaveLength(100_000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
