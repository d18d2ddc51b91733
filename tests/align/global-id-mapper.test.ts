import { describe, expect, it } from "vitest";
import { globalIdMapper } from "../../src/align/resolve-entities.js";
import type { LocalEntity } from "../../src/schema/document.js";

function entities(count: number): LocalEntity[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `e${i}`,
    type: "person" as const,
    name: `Person ${i}`,
    aliases: [],
    gazetteerId: null,
    roles: [],
    mentions: [],
  }));
}

describe("globalIdMapper", () => {
  it.each([3, 200])("maps local ids to global ids by position in an article of %i entities", (count) => {
    const local = entities(count);
    const toGlobal = globalIdMapper(
      local,
      local.map((_, i) => `person:p${i}`),
    );
    expect(toGlobal("e0")).toBe("person:p0");
    expect(toGlobal(`e${count - 1}`)).toBe(`person:p${count - 1}`);
    expect(toGlobal("unknown")).toBe("unknown");
  });
});
