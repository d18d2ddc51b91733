import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * Runs the example plugin against the BUILT package (`dist/`, reached through the package's own name),
 * proving the public API is enough to add an outlet and an extractor. Skips when dist/ is not built.
 */
const DIST = new URL("../../dist/index.js", import.meta.url);
const built = existsSync(DIST);

const ARTICLE = [
  "date 2025-09-15",
  "THE LAKESIDE COURIER | Politics",
  "Envoy calls on president ahead of trade fair",
  "By Courier Reporter",
  "Ambassador Amina Farah paid a courtesy call on President Daniel Mwangi at State House on Monday.",
  "The two discussed the regional trade fair and road links to the port, a statement said.",
  "More from the Courier",
  "Governor Otieno paid a courtesy call on Speaker Wanjiru in Kisumu on Friday.",
].join("\n");

if (!built) {
  it.skip("example plugin: dist/ does not exist yet — run `npm run build` (npm test builds it first)", () => {});
}

describe.skipIf(!built)("example outlet plugin against dist/", () => {
  it("imports only the public API and configures a corroborator", async () => {
    const plugin = await import("./index.js");
    const corroborator = plugin.withLakesideCourier();
    expect(corroborator.outlet("lakeside-courier")?.name).toBe("The Lakeside Courier");
    expect(corroborator.extractor("courtesy-call")?.meta.claimTypes).toEqual(["meeting"]);
    expect(corroborator.outlet("reuters")).toBeDefined();
  });

  it("detects the outlet and finds the claim the plugin's extractor adds", async () => {
    const plugin = await import("./index.js");
    const report = plugin.withLakesideCourier().report([{ id: "courier", text: ARTICLE }]);
    expect(report.articles[0]).toMatchObject({ outlet: "The Lakeside Courier", publishedAt: "2025-09-15" });
    const quote =
      "Ambassador Amina Farah paid a courtesy call on President Daniel Mwangi at State House on Monday";
    const claim = report.claims.find((candidate) =>
      candidate.evidence.some((span) => span.quote.includes(quote)),
    );
    expect(claim, "the courtesy-call extractor's claim is in the report").toBeDefined();
    expect(claim).toMatchObject({ type: "meeting", modality: "occurred", date: { earliest: "2025-09-15" } });
    // The link list after "More from the Courier" is boilerplate: its courtesy call is not a claim.
    expect(
      report.claims.some((candidate) => candidate.evidence.some((span) => span.quote.includes("Otieno"))),
    ).toBe(false);
  });

  it("a bad profile fails at definition time, naming it", async () => {
    const { defineOutlet } = await import("corroborate");
    expect(() => defineOutlet({ id: "broken", name: "Broken", match: { markers: ["(unclosed"] } })).toThrow(
      /"broken"/,
    );
  });
});
