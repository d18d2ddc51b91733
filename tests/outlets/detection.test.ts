import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultOutlets } from "../../src/outlets/index.js";
import { OutletProfileSchema } from "../../src/schema/outlet.js";
import { ingestFile, ingestText, SEEDS } from "../ingest/helpers.js";

const outlets = defaultOutlets();
const BODY =
  "The two leaders met for three hours on Tuesday and agreed to meet again in the autumn, officials said.";

function seed(prefix: string) {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return ingestFile(join(SEEDS, name), { outlets });
}

describe("defaultOutlets", () => {
  it("returns valid profiles with unique ids, a fresh array each call", () => {
    const ids = outlets.map((profile) => profile.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const profile of outlets) expect(() => OutletProfileSchema.parse(profile)).not.toThrow();
    expect(defaultOutlets()).not.toBe(outlets);
    expect(defaultOutlets()).toEqual(outlets);
  });

  it("covers the seed outlets and the major wires", () => {
    const names = outlets.map((profile) => profile.name);
    for (const name of [
      "TASS",
      "TRT World",
      "The Moscow Times",
      "The Guardian",
      "Reuters",
      "AP",
      "AFP",
      "dpa",
    ])
      expect(names).toContain(name);
    for (const name of ["Keystone-SDA", "Xinhua", "Interfax", "Bloomberg"]) expect(names).toContain(name);
  });
});

describe("detection with the built-in profiles", () => {
  it("a TRT World page header gives the outlet", () => {
    const document = ingestText(
      `WORLD\n2 min read\nLeaders meet in Ankara\nMarch 18, 2025\n${BODY}\nSOURCE:AFP`,
      {
        outlets,
      },
    );
    expect(document.outletProfile).toBe("trt-world");
    expect(document.article).toMatchObject({ outlet: "TRT World", wire: ["AFP"], publishedAt: "2025-03-18" });
  });

  it("a Reuters dateline gives outlet and wire", () => {
    const document = ingestText(`Leaders meet in Nairobi\nNAIROBI, March 4 (Reuters) - ${BODY}`, { outlets });
    expect(document.outletProfile).toBe("reuters");
    expect(document.article.wire).toEqual(["Reuters"]);
    expect(document.article.outlet).toBe("Reuters");
  });

  it("a Xinhua dateline with a double dash and a Bloomberg lead are recognised", () => {
    expect(
      ingestText(`Talks in Beijing\nBEIJING, May 13 (Xinhua) -- ${BODY}`, { outlets }).outletProfile,
    ).toBe("xinhua");
    expect(ingestText(`Summit in Tokyo\n(Bloomberg) -- ${BODY}`, { outlets }).outletProfile).toBe(
      "bloomberg",
    );
  });

  it("a TASS dateline gives the outlet and its wire", () => {
    const document = ingestText(`Lavrov, Wang hold talks\nMOSCOW, July 14. /TASS/. ${BODY}`, { outlets });
    expect(document.outletProfile).toBe("tass");
    expect(document.article.wire).toEqual(["TASS"]);
  });

  it("does not take an agency for the outlet when the text merely mentions it", () => {
    const mentions = [
      `Leaders meet\nThe president told Reuters on Monday that ${BODY}`,
      `Leaders meet\n${BODY} The Kremlin confirmed the talks to TASS and Interfax.`,
      `Leaders meet\nAccording to AFP and the Associated Press (AP), ${BODY}`,
      `Leaders meet\nIn an interview with TRT World, the minister said ${BODY}`,
      `Leaders meet\nThe envoy arrives. Photo: Alexander Zemlianichenko / AP / TASS\n${BODY}`,
    ];
    for (const text of mentions) expect(ingestText(text, { outlets }).outletProfile, text).toBeNull();
  });

  it("prefers the outlet a URL names over a wire dateline in the text", () => {
    const text = `---\nurl: https://www.theguardian.com/world/2025/mar/04/ruto-hassan\n---\nLeaders meet\nNAIROBI, March 4 (Reuters) - ${BODY}`;
    const document = ingestText(text, { outlets, extension: ".md" });
    expect(document.outletProfile).toBe("the-guardian");
    expect(document.article.wire).toEqual(["Reuters"]);
  });

  it("finds the seed outlets, and none where the seed text names none", () => {
    expect(seed("000").article).toMatchObject({ outlet: "TASS", wire: ["TASS"] });
    expect(seed("001").article).toMatchObject({ outlet: "TRT World", wire: ["AFP"] });
    expect(seed("002").article).toMatchObject({ outlet: "The Moscow Times", wire: [] });
    expect(seed("003").article).toMatchObject({ outlet: null, wire: ["sda", "dpa"] });
    expect(seed("004").article).toMatchObject({ outlet: null, wire: [] });
  });

  it("keeps TASS section headings dating the paragraphs below them", () => {
    const document = seed("000");
    const heading = document.blocks.find(
      (block) => document.text.slice(block.start, block.end) === "Third visit – April 11, 2025",
    );
    expect(heading).toMatchObject({ kind: "heading", sectionDate: "2025-04-11" });
  });

  it("the profiles mark the same seed blocks boilerplate as the generic rules, or more", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) {
      const generic = ingestFile(join(SEEDS, readdirSync(SEEDS).find((file) => file.startsWith(prefix))!));
      const profiled = seed(prefix);
      generic.blocks.forEach((block, index) => {
        if (block.boilerplate)
          expect(profiled.blocks[index]?.boilerplate, `${prefix} block ${index}`).toBe(true);
      });
    }
  });
});
