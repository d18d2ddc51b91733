import { describe, expect, it } from "vitest";
import { shortEntityName } from "../../src/reconcile/describe.js";

const person = (name: string) => ({ id: `person:${name}`, type: "person" as const, name, aliases: [] });

describe("shortEntityName", () => {
  it("names a person by surname, skipping a generational suffix", () => {
    expect(shortEntityName(person("Anna Berg"), "x")).toBe("Berg");
    expect(shortEntityName(person("Rafael Cruz Jr."), "x")).toBe("Cruz");
    expect(shortEntityName(person("Charles III"), "x")).toBe("Charles");
  });

  it("names anything else by its name, and an unknown id by the id", () => {
    expect(shortEntityName({ id: "place:norvik", type: "place", name: "Norvik", aliases: [] }, "x")).toBe(
      "Norvik",
    );
    expect(shortEntityName(undefined, "person:ghost")).toBe("person:ghost");
  });
});
