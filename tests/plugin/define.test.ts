import { describe, expect, it } from "vitest";
import { defineExtractor, defineOutlet } from "../../src/plugin.js";

describe("defineOutlet", () => {
  it("fills defaults and keeps the data", () => {
    const profile = defineOutlet({
      id: "example-daily",
      name: "Example Daily",
      match: { domains: ["daily.example"] },
    });
    expect(profile).toMatchObject({
      id: "example-daily",
      validFrom: null,
      validUntil: null,
      wire: [],
      boilerplate: [],
      sectionDates: [],
      extractors: [],
      match: { domains: ["daily.example"], markers: [] },
    });
  });

  it("names the profile and the field that is wrong", () => {
    expect(() => defineOutlet({ id: "Bad Id", name: "X", match: {} })).toThrow(/"Bad Id".*id:/);
    expect(() => defineOutlet({ id: "x", name: "X", match: {}, validFrom: "2025/01/01" })).toThrow(
      /outlet profile "x".*validFrom/,
    );
    expect(() =>
      defineOutlet({
        id: "x",
        name: "X",
        match: {},
        boilerplate: [{ kind: "footer" as never, pattern: "^a$" }],
      }),
    ).toThrow(/"x".*boilerplate\.0\.kind/);
  });

  it("rejects patterns that do not compile and section dates without a date group", () => {
    expect(() => defineOutlet({ id: "x", name: "X", match: { markers: ["(unclosed"] } })).toThrow(
      /"x".*match\.markers\.0 is not a valid regular expression/,
    );
    expect(() => defineOutlet({ id: "x", name: "X", match: {}, sectionDates: ["^Day \\d+$"] })).toThrow(
      /sectionDates\.0 needs a named group/,
    );
  });

  it("rejects a validity window that ends before it starts", () => {
    expect(() =>
      defineOutlet({ id: "x", name: "X", match: {}, validFrom: "2025-01-01", validUntil: "2024-01-01" }),
    ).toThrow(/validFrom 2025-01-01 is after validUntil 2024-01-01/);
  });
});

describe("defineExtractor", () => {
  const valid = {
    meta: { id: "toy", description: "toy", claimTypes: ["call"] },
    pattern: /phoned/u,
    extract: () => null,
  };

  it("returns a frozen extractor", () => {
    const extractor = defineExtractor(valid);
    expect(Object.isFrozen(extractor)).toBe(true);
    expect(Object.isFrozen(extractor.meta.claimTypes)).toBe(true);
  });

  it("names the extractor and what is wrong", () => {
    expect(() => defineExtractor({ ...valid, meta: { ...valid.meta, id: "Toy!" } })).toThrow(
      /"Toy!".*meta\.id/,
    );
    expect(() => defineExtractor({ ...valid, meta: { ...valid.meta, claimTypes: [] } })).toThrow(
      /"toy".*claimTypes/,
    );
    expect(() => defineExtractor({ ...valid, pattern: "phoned" as never })).toThrow(/"toy".*pattern/);
    expect(() => defineExtractor({ ...valid, extract: undefined as never })).toThrow(/"toy".*extract/);
  });
});
