import { describe, expect, it } from "vitest";
import gazetteerData from "../../../src/extract/data/gazetteer.json" with { type: "json" };
import { compileGazetteer } from "../../../src/extract/entities/compile-gazetteer.js";
import { gazetteerRolesOn } from "../../../src/extract/entities/gazetteer-roles.js";
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

describe("gazetteerRolesOn", () => {
  const compiled = compileGazetteer(defaultGazetteer());
  const describeRoles = (day: string | null) =>
    gazetteerRolesOn(compiled, "boris-johnson", day).map(
      (role) => `${role.former ? "former " : ""}${role.head}`,
    );

  it("gives an office on the days of its term, the former office after it, and nothing before it", () => {
    expect(describeRoles("2022-06-24")).toContain("prime minister");
    expect(describeRoles("2023-01-10")).toContain("former prime minister");
    expect(describeRoles("2017-01-10")).not.toContain("prime minister");
    expect(describeRoles("2017-01-10")).not.toContain("former prime minister");
  });

  it("gives the roles listed today without a day", () => {
    expect(describeRoles(null)).toContain("former prime minister");
  });
});
