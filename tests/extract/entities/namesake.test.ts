import { describe, expect, it } from "vitest";
import { isNamesake } from "../../../src/extract/entities/namesake.js";

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isNamesake(text, start, start + name.length);
};

describe("isNamesake", () => {
  it("reads a name after 'a statue of' or before 'International Airport' as a thing's name", () => {
    expect(at("He laid a wreath at a statue of Benito Alvarez.", "Benito Alvarez")).toBe(true);
    expect(at("The plane landed at Jomo Okello International Airport.", "Jomo Okello")).toBe(true);
  });

  it("leaves a person a person", () => {
    expect(at("He met Benito Alvarez at the airport.", "Benito Alvarez")).toBe(false);
    expect(at("Benito Alvarez said the statue would stay.", "Benito Alvarez")).toBe(false);
  });
});
