import type { OutletProfileInput } from "../../schema/outlet.js";

/** BBC News: "Image source, …" and "Image caption, …" lines, "BBC News, Nairobi" bylines. */
export const bbc = {
  id: "bbc",
  name: "BBC",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: {
    domains: ["bbc.co.uk", "bbc.com"],
    markers: [/(?:^|\n)BBC (?:News|World Service|Russian|Monitoring|Verify)(?:, [\p{L} ]{2,30})?$/mu],
  },
  timezone: "Europe/London",
  wire: [],
  boilerplate: [
    { kind: "caption", pattern: "^(?:Image source|Image caption|Media caption|Video caption)," },
    {
      kind: "byline",
      pattern: /^BBC (?:News|World Service|Russian|Monitoring|Verify)(?:, [\p{L} ]{2,30})?$/u,
    },
    {
      kind: "related",
      pattern: "^(?:Related topics|More on this story|Related internet links|Top stories|Features)$",
      extent: "rest",
    },
    { kind: "share", pattern: String.raw`^(?:Share|Save|Follow BBC [\p{L} ]+ on [\p{L} ]+)$` },
  ],
} satisfies OutletProfileInput;
