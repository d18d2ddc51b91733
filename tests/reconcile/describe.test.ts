import { describe, expect, it } from "vitest";
import { shortEntityName } from "../../src/reconcile/describe.js";

const person = (name: string) => ({ id: `person:${name}`, type: "person" as const, name, aliases: [] });

describe("shortEntityName", () => {
  it("names a person by surname, skipping a generational suffix", () => {
    expect(shortEntityName(person("Anna Berg"), "x")).toBe("Berg");
    expect(shortEntityName(person("Rafael Cruz Jr."), "x")).toBe("Cruz");
    expect(shortEntityName(person("Charles III"), "x")).toBe("Charles");
  });

  it("names a person by the one word of the name used alone when the surname never is", () => {
    const withAliases = (name: string, aliases: string[]) => ({ ...person(name), aliases });
    expect(shortEntityName(withAliases("Tomás Rui Vale da Costa", ["Vale", "Vale da Costa"]), "x")).toBe(
      "Vale",
    );
    expect(shortEntityName(withAliases("Anna Berg", ["Anna", "Berg"]), "x")).toBe("Berg");
  });

  it("names a person by a compound surname the text uses whole", () => {
    const withAliases = { ...person("Luis Lacalle Pou"), aliases: ["Lacalle Pou", "Luis Lacalle Pou"] };
    expect(shortEntityName(withAliases, "x")).toBe("Lacalle Pou");
  });

  it("names a person the text never shortens by the whole name ('Li Qiang', not a guessed 'Qiang')", () => {
    expect(shortEntityName({ ...person("Li Qiang"), aliases: ["Li Qiang", "Premier Li Qiang"] }, "x")).toBe(
      "Li Qiang",
    );
  });

  it("keeps a patronymic with the given name it follows", () => {
    expect(shortEntityName(person("Khalid bin Faisal"), "x")).toBe("Khalid bin Faisal");
  });

  it("names anything else by its name, and an unknown id by the id", () => {
    expect(shortEntityName({ id: "place:norvik", type: "place", name: "Norvik", aliases: [] }, "x")).toBe(
      "Norvik",
    );
    expect(shortEntityName(undefined, "person:ghost")).toBe("person:ghost");
  });
});
