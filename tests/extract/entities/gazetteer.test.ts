import { describe, expect, it } from "vitest";
import gazetteerData from "../../../src/extract/data/gazetteer.json" with { type: "json" };
import { defaultGazetteer } from "../../../src/extract/gazetteer.js";
import { GazetteerSchema } from "../../../src/schema/gazetteer.js";

describe("bundled gazetteer", () => {
  const gazetteer = GazetteerSchema.parse(gazetteerData);
  const ids = new Set(gazetteer.entries.map((entry) => entry.id));

  it("validates against GazetteerSchema", () => {
    expect(() => GazetteerSchema.parse(gazetteerData)).not.toThrow();
    expect(defaultGazetteer().entries.length).toBe(gazetteer.entries.length);
  });

  it("has unique ids and a few hundred entries", () => {
    expect(ids.size).toBe(gazetteer.entries.length);
    expect(gazetteer.entries.length).toBeGreaterThan(300);
  });

  it("points every `within` at an existing entry", () => {
    for (const entry of gazetteer.entries) if (entry.within !== null) expect(ids).toContain(entry.within);
  });

  it("gives at least 80 countries with demonyms", () => {
    const countries = gazetteer.entries.filter((entry) => entry.kind === "country");
    expect(countries.length).toBeGreaterThanOrEqual(80);
    for (const country of countries) expect(country.demonyms.length).toBeGreaterThan(0);
  });

  it("chains the Kremlin to Moscow to Russia, and has the Kremlin as an institution too", () => {
    const byId = new Map(gazetteer.entries.map((entry) => [entry.id, entry]));
    expect(byId.get("kremlin")?.within).toBe("moscow");
    expect(byId.get("moscow")?.within).toBe("russia");
    expect(byId.get("kremlin-org")?.type).toBe("organization");
  });

  it("gives every person at least one role", () => {
    for (const entry of gazetteer.entries.filter((e) => e.type === "person"))
      expect(entry.roles.length).toBeGreaterThan(0);
  });
});
