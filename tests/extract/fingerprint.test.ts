import { describe, expect, it } from "vitest";
import { FINGERPRINT_SIZE, fingerprint, fingerprintSimilarity } from "../../src/extract/fingerprint.js";

const story =
  "President Amara Diallo met Prime Minister Kenji Sato in Dakar on Tuesday for talks on fishing rights and port investment, officials said, adding that the two leaders agreed to meet again next year.";

describe("fingerprint", () => {
  it("is a fixed-length signature, the same for the same text", () => {
    expect(fingerprint(story)).toHaveLength(FINGERPRINT_SIZE);
    expect(fingerprint(story)).toEqual(fingerprint(story));
  });

  it("finds a lightly edited copy similar and an unrelated text dissimilar", () => {
    const copy = `${story} The meeting lasted two hours.`;
    const other =
      "Heavy rain flooded the northern highway on Sunday, closing three bridges and stranding hundreds of lorries near the border crossing for most of the day.";
    expect(fingerprintSimilarity(fingerprint(story), fingerprint(copy))).toBeGreaterThan(0.6);
    expect(fingerprintSimilarity(fingerprint(story), fingerprint(other))).toBeLessThan(0.2);
  });

  it("handles empty text", () => {
    expect(fingerprint("")).toHaveLength(FINGERPRINT_SIZE);
  });
});
