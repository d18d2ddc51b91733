import { describe, expect, it } from "vitest";
import { inOfficeOn, officeYears } from "../../src/extract/office-years.js";
import type { LocalEntity } from "../../src/schema/document.js";
import type { Gazetteer } from "../../src/schema/gazetteer.js";

const person = (id: string, roles: string[]): LocalEntity => ({
  id: `a#${id}`,
  type: "person",
  name: id,
  aliases: [],
  gazetteerId: id,
  roles,
  mentions: [],
});

const gazetteer: Gazetteer = {
  entries: [
    {
      id: "ana-costa",
      type: "person",
      name: "Ana Costa",
      aliases: [],
      roles: ["Valdorian President"],
      within: null,
      kind: null,
      demonyms: [],
      terms: [
        { role: "Valdorian Prime Minister", from: "2012-05-01", to: "2016-05-01" },
        { role: "Valdorian President", from: "2020-01-10", to: null },
      ],
    },
    {
      id: "luis-ortega",
      type: "person",
      name: "Luis Ortega",
      aliases: [],
      roles: ["Asteran President"],
      within: null,
      kind: null,
      demonyms: [],
      terms: [{ role: "Asteran President", from: "2018-03-01", to: "2022-03-01" }],
    },
  ],
};

describe("officeYears", () => {
  it("keeps the years in which every person the article gives an office held it", () => {
    const entities = [person("ana-costa", ["President"]), person("luis-ortega", ["Asteran President"])];
    expect(officeYears(entities, gazetteer)).toEqual([2020, 2021, 2022]);
  });

  it("reads the office the article names, not another term of the same person", () => {
    expect(officeYears([person("ana-costa", ["Valdorian Prime Minister"])], gazetteer)).toEqual([
      2012, 2013, 2014, 2015, 2016,
    ]);
  });

  it("ignores former offices, people named without an office, and terms that never overlap", () => {
    expect(officeYears([person("ana-costa", ["former Valdorian President"])], gazetteer)).toBeNull();
    expect(officeYears([person("ana-costa", [])], gazetteer)).toBeNull();
    const apart = [person("ana-costa", ["Prime Minister"]), person("luis-ortega", ["President"])];
    expect(officeYears(apart, gazetteer)).toBeNull();
  });
});

describe("inOfficeOn", () => {
  it("tells, day by day, whether every person the article gives an office held it", () => {
    const entities = [person("ana-costa", ["President"]), person("luis-ortega", ["Asteran President"])];
    const inOffice = inOfficeOn(entities, gazetteer);
    expect(inOffice?.("2021-06-01")).toBe(true);
    // Within 2022, the year both held office, but after Ortega's term ended.
    expect(inOffice?.("2022-06-01")).toBe(false);
    expect(inOffice?.("2019-06-01")).toBe(false);
    expect(inOfficeOn([person("ana-costa", [])], gazetteer)).toBeNull();
  });
});
