import { describe, expect, it } from "vitest";
import { outletForUrl } from "../../src/ingest/outlet-for-url.js";
import { knownOutlet, outletInText } from "../../src/ingest/outlet-names.js";
import { ingestText } from "./helpers.js";

const HEADLINE = "Ministers agree to reopen border crossings after overnight talks";
const BODY =
  "The two foreign ministers met for nearly three hours on Thursday and agreed to reopen two border crossings, officials said.";

describe("publication date from page furniture", () => {
  it.each([
    ["Source: Yonhap | 2022-03-08 17:45:02 | Editor: Kim Min-ji", "2022-03-08"],
    ["YONHAP NEWS - March 8, 2022 - 17:45", "2022-03-08"],
    ["Posted: 8 March 2022", "2022-03-08"],
    ["Last updated March 8, 2022", "2022-03-08"],
    ["Published On 8 Mar 2022", "2022-03-08"],
    ["Updated 17:45 GMT, 8 March 2022", "2022-03-08"],
  ])("reads %s", (line, day) => {
    const document = ingestText(`${HEADLINE}\n\n${line}\n\n${BODY}`);
    expect(document.article.publishedAt).toBe(day);
    expect(document.article.publishedAtSource).toBe("text");
  });

  it("gives a year-less wire dateline the year of another page date", () => {
    const text = `${HEADLINE}\n\nSEOUL, March 8 (Yonhap) - ${BODY}\n\nMore paragraphs follow here with detail about the crossings.\n\nLast updated 9 March 2022`;
    expect(ingestText(text).article.publishedAt).toBe("2022-03-09");
  });

  it("never lets a year-less dateline override a full date", () => {
    const text = `${HEADLINE}\n\nSource: Yonhap | 2022-03-09 01:10:00\n\nSEOUL, March 8 (Yonhap) -- ${BODY}`;
    expect(ingestText(text).article.publishedAt).toBe("2022-03-09");
  });

  it("takes the year from the URL when the text gives none", () => {
    const text = `${HEADLINE}\n\nSEOUL, March 8 (Yonhap) - ${BODY}\n\nOriginal url: https://example.org/2022/03/08/crossings`;
    expect(ingestText(text).article.publishedAt).toBe("2022-03-08");
  });

  it("leaves the day unknown when no year is anywhere", () => {
    expect(ingestText(`${HEADLINE}\n\nSEOUL, March 8 (Yonhap) - ${BODY}`).article.publishedAt).toBeNull();
  });
});

describe("outlet from page furniture", () => {
  it("reads a known outlet from a page title suffix", () => {
    expect(outletInText(["Ministers agree to reopen crossings - Politics - Ahram Online"])).toBe(
      "Ahram Online",
    );
    expect(outletInText(["Ministers agree to reopen crossings | DW"])).toBe("DW");
    expect(outletInText(["Ministers agree to reopen crossings - Acme Weekly"])).toBeNull();
  });

  it("reads the outlet of a byline and of a masthead", () => {
    expect(outletInText(["By Maria Lopes, BBC News"])).toBe("BBC");
    expect(outletInText(["KYODO NEWS - March 8, 2022 - 17:45"])).toBe("Kyodo");
    expect(outletInText(["SOURCE: AL JAZEERA AND NEWS AGENCIES"])).toBe("Al Jazeera");
    // an agency in a source line is the wire the story used, not its publisher
    expect(outletInText(["SOURCE: AFP"])).toBeNull();
  });

  it("names outlets the way reports do", () => {
    expect(knownOutlet("BBC News")).toBe("BBC");
    expect(knownOutlet("the associated press")).toBe("AP");
    expect(knownOutlet("Something Else")).toBeNull();
  });

  it("knows the domains of major English-language outlets", () => {
    expect(outletForUrl("https://www.batimes.com.ar/news/argentina/a.phtml")).toBe("Buenos Aires Times");
    expect(outletForUrl("https://english.ahram.org.eg/NewsContent/1/2.aspx")).toBe("Ahram Online");
    expect(outletForUrl("https://english.kyodonews.net/news/2022/03/a.html")).toBe("Kyodo");
    expect(outletForUrl("https://english.news.cn/20220308/a/c.html")).toBe("Xinhua");
    expect(outletForUrl("https://www.thehindu.com/news/national/a.ece")).toBe("The Hindu");
  });

  it("sets outlet and wire from a masthead line", () => {
    const document = ingestText(`${HEADLINE}\n\nKYODO NEWS - March 8, 2022 - 17:45\n\n${BODY}`);
    expect(document.article.outlet).toBe("Kyodo");
    expect(document.article.wire).toContain("Kyodo");
  });

  it("takes a byline's outlet for the article", () => {
    const document = ingestText(`${HEADLINE}\n\n8 March 2022\n\nBy Maria Lopes, BBC News\n\n${BODY}`);
    expect(document.article.outlet).toBe("BBC");
  });

  it("treats a story whose only credit is one agency as that agency's copy", () => {
    expect(ingestText(`${HEADLINE}\n\nSEOUL, March 8 (Reuters) - ${BODY}`).article.outlet).toBe("Reuters");
  });
});
