import type { OutletProfileInput } from "../../schema/outlet.js";

/** Deutsche Welle (English): editors' sign-offs "mf/wd (AFP, Reuters)", "Edited by:" credits. */
export const dw = {
  id: "dw",
  name: "DW",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: { domains: ["dw.com"], markers: [] },
  timezone: "Europe/Berlin",
  wire: [],
  boilerplate: [
    { kind: "credit", pattern: /^[a-z]{2,4}(?:\/[a-z]{2,4}){1,3}(?:\s*\([^()]{2,60}\))?$/u },
    { kind: "credit", pattern: String.raw`^Edited by:\s*[\p{L} .-]{2,60}$` },
    {
      kind: "related",
      pattern: "^(?:Skip next section|Related topics|Explore more|Show more)$",
      extent: "rest",
    },
    { kind: "share", pattern: "^(?:Send us your feedback|Advertisement)$" },
  ],
} satisfies OutletProfileInput;
