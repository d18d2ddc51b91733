import { describe, expect, it } from "vitest";
import { defaultOutlets } from "../../src/outlets/index.js";
import { defineExtractor, defineOutlet } from "../../src/plugin.js";
import { defaultRules } from "../../src/reconcile/index.js";
import { createCorroborator } from "../../src/registry.js";

const daily = defineOutlet({
  id: "example-daily",
  name: "Example Daily",
  match: { domains: ["daily.example"], markers: ["(?:^|\\n)EXAMPLE DAILY —"] },
});

const phoned = defineExtractor({
  meta: { id: "phoned", description: "X phoned Y", claimTypes: ["call"] },
  pattern: /(?<a>\p{Lu}\p{Ll}+) phoned (?<b>\p{Lu}\p{Ll}+)/u,
  extract: (match) => ({ type: "call", participants: [match.groups!.a!, match.groups!.b!] }),
});

describe("createCorroborator", () => {
  it("defaults to the built-in outlets, the bundled gazetteer and no extractors", () => {
    const corroborator = createCorroborator();
    expect(corroborator.outlets.map((profile) => profile.id)).toEqual(
      defaultOutlets().map((profile) => profile.id),
    );
    expect(corroborator.extractors).toEqual([]);
    expect(corroborator.gazetteer.entries.length).toBeGreaterThan(0);
    expect(corroborator.rules.map((rule) => rule.meta.id)).toEqual(
      defaultRules().map((rule) => rule.meta.id),
    );
    expect(corroborator.outlet("tass")?.name).toBe("TASS");
    expect(corroborator.outlet("nope")).toBeUndefined();
  });

  it("is immutable: withOutlets and withExtractors return new corroborators", () => {
    const base = createCorroborator({ outlets: [] });
    const extended = base.withOutlets(daily).withExtractors(phoned);
    expect(base.outlets).toEqual([]);
    expect(base.extractors).toEqual([]);
    expect(extended.outlet("example-daily")).toBe(daily);
    expect(extended.extractor("phoned")).toBe(phoned);
    expect(Object.isFrozen(base)).toBe(true);
    expect(Object.isFrozen(base.outlets)).toBe(true);
    expect(() => (base.outlets as unknown as unknown[]).push(daily)).toThrow();
  });

  it("replaces a profile or extractor with the same id, and can drop profiles", () => {
    const renamed = defineOutlet({ ...daily, name: "Example Daily (2026 layout)", validFrom: "2026-01-01" });
    const corroborator = createCorroborator({ outlets: [daily] }).withOutlets(renamed);
    expect(corroborator.outlets).toEqual([renamed]);
    expect(createCorroborator().withoutOutlets().outlets).toEqual([]);
    expect(
      createCorroborator()
        .withoutOutlets((profile) => profile.id === "reuters")
        .outlets.map((profile) => profile.id),
    ).toEqual(["reuters"]);
  });

  it("shares no state between two corroborators", () => {
    const first = createCorroborator({ outlets: [] }).withOutlets(daily);
    const second = createCorroborator({ outlets: [] });
    expect(first.outlet("example-daily")).toBeDefined();
    expect(second.outlet("example-daily")).toBeUndefined();
    expect(first.gazetteer).not.toBe(second.gazetteer);
  });

  it("refuses repeated ids and profiles that name unregistered extractors", () => {
    expect(() => createCorroborator({ outlets: [daily, daily] })).toThrow(
      /outlet profile ids are not unique: example-daily/,
    );
    expect(() => createCorroborator({ extractors: [phoned, phoned] })).toThrow(
      /extractor ids are not unique: phoned/,
    );
    const needy = defineOutlet({ id: "needy", name: "Needy", match: {}, extractors: ["missing"] });
    expect(() => createCorroborator({ outlets: [needy] })).toThrow(
      /"needy" lists extractors that are not registered: missing/,
    );
  });

  it("passes its rules to reconcile", () => {
    const articles = [
      {
        id: "a",
        text: "date 2025-03-04\nPresident Ruto met President Hassan in Nairobi on Monday. The meeting lasted three hours.",
      },
      {
        id: "b",
        text: "date 2025-03-05\nPresident Ruto met President Hassan in Nairobi on Monday. The meeting lasted one hour.",
      },
    ];
    expect(createCorroborator().report(articles).findings.length).toBeGreaterThan(0);
    expect(createCorroborator({ rules: [] }).report(articles).findings).toEqual([]);
  });

  it("reports through the pipeline with its own outlets", () => {
    const text =
      "EXAMPLE DAILY — Leaders meet\ndate 2025-03-04\nPresident Ruto met President Hassan in Nairobi on Tuesday.";
    const withDaily = createCorroborator({ outlets: [daily] }).report([{ id: "a", text }]);
    const without = createCorroborator({ outlets: [] }).report([{ id: "a", text }]);
    expect(withDaily.articles[0]?.outlet).toBe("Example Daily");
    expect(without.articles[0]?.outlet).toBeNull();
    expect(withDaily.claims.length).toBeGreaterThan(0);
  });
});
