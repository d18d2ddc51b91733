import { describe, expect, it } from "vitest";
import { globalIdMapper, idSignature, localIdMapper } from "../../src/align/resolve-entities.js";
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

describe("localIdMapper", () => {
  /** Resolved entities for one article of `local` entities, mapped to global entities in reverse order. */
  const resolved = (count: number, local: readonly LocalEntity[] = entities(count)) => ({
    entities: Array.from({ length: count }, (_, i) => ({
      id: `person:p${i}`,
      type: "person" as const,
      name: `Person ${i}`,
      aliases: [],
    })),
    entityFrom: Int32Array.of(0, count),
    entityIndex: Int32Array.from({ length: count }, (_, i) => count - 1 - i),
    idSignatures: Int32Array.from(local, (entity) => idSignature(entity.id)),
    placeParents: {},
  });

  it.each([3, 200])("numbers local ids by their global entity in an article of %i entities", (count) => {
    const mapper = localIdMapper(resolved(count));
    mapper.article(0, entities(count));
    expect(mapper.numberOf("e0")).toBe(count - 1);
    expect(mapper.entityIds[mapper.numberOf(`e${count - 1}`)]).toBe("person:p0");
  });

  it("gives the first entity with an id, tells apart ids of one signature, and numbers unknown ids after", () => {
    const local = entities(3);
    // "e12" and "x12" share length and last code units: the ids themselves decide.
    local[0]!.id = "e12";
    local[1]!.id = "x12";
    local[2]!.id = "e12";
    const mapper = localIdMapper(resolved(3, local));
    mapper.article(0, local);
    expect(mapper.numberOf("e12")).toBe(2);
    expect(mapper.numberOf("x12")).toBe(1);
    const unknown = mapper.numberOf("nobody");
    expect(unknown).toBe(3);
    expect(mapper.numberOf("person:p1")).toBe(1);
    expect(mapper.entityIds[unknown]).toBe("nobody");
  });
});
