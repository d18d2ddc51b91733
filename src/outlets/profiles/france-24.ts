import type { OutletProfileInput } from "../../schema/outlet.js";

/** France 24 (English): "(FRANCE 24 with AFP)" credits. */
export const france24 = {
  id: "france-24",
  name: "France 24",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: { domains: ["france24.com"], markers: [/(?:^|\n)\(FRANCE 24 with [^()\n]{2,40}\)$/mu] },
  timezone: "Europe/Paris",
  wire: [],
  boilerplate: [
    { kind: "credit", pattern: String.raw`^\(FRANCE 24 with [^()]{2,40}\)$` },
    { kind: "share", pattern: String.raw`^(?:\d+ min|Share|Read more|Advertising)$` },
    { kind: "related", pattern: String.raw`^(?:Read more on the same subject|Read next)\b`, extent: "rest" },
  ],
} satisfies OutletProfileInput;
