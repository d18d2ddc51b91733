import { describe, expect, it } from "vitest";
import { nameKey, sameName } from "../../../src/normalize/entities/index.js";

describe("nameKey", () => {
  const variants: [string, string][] = [
    ["Yuri Ushakov", "Yury Ushakov"],
    ["Yuriy Ushakov", "Yuri Ushakov"],
    ["Steve Witkoff", "Steve Witcoff"],
    ["Zelensky", "Zelenskyy"],
    ["Zelenskiy", "Zelensky"],
    ["Dmitry Peskov", "Dmitri Peskov"],
    ["Sergey Lavrov", "Sergei Lavrov"],
    ["Aleksandr Lukashenko", "Alexander Lukashenko"],
    ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"],
    ["Yevgeny Prigozhin", "Evgeny Prigozhin"],
    ["Mikhail Mishustin", "Mihail Mishustin"],
    ["Jean-Noël Barrot", "Jean-Noel Barrot"],
    ["Radosław Sikorski", "Radoslaw Sikorski"],
  ];
  for (const [a, b] of variants) {
    it(`folds ${a} and ${b} to one key`, () => expect(nameKey(a)).toBe(nameKey(b)));
  }

  it("is lower case without diacritics or punctuation", () => {
    expect(nameKey("Erdoğan")).toBe("erdogan");
    expect(nameKey("O'Brien")).toBe("obrien");
  });

  it("keeps different names apart", () => {
    expect(nameKey("Peskov")).not.toBe(nameKey("Petrov"));
    expect(nameKey("Kushner")).not.toBe(nameKey("Kellogg"));
  });
});

describe("sameName", () => {
  it("matches spelling variants and a bare surname", () => {
    expect(sameName("Steve Witkoff", "Steve Witcoff")).toBe(true);
    expect(sameName("Witkoff", "Steve Witkoff")).toBe(true);
    expect(sameName("J. Smith", "John Smith")).toBe(true);
    expect(sameName("Zelenskyi", "Volodymyr Zelensky")).toBe(true);
  });

  it("matches a two-word name in either order (family name first or last)", () => {
    expect(sameName("Sato Kenji", "Kenji Sato")).toBe(true);
    expect(sameName("Sato Kenji", "Kenji Tanaka")).toBe(false);
  });

  it("keeps different people apart", () => {
    expect(sameName("Joe Biden", "Hunter Biden")).toBe(false);
    expect(sameName("Dmitry Peskov", "Dmitry Petrov")).toBe(false);
    expect(sameName("Kim", "Lee")).toBe(false);
    expect(sameName("", "Putin")).toBe(false);
  });
});
