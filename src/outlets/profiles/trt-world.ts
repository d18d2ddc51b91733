import type { OutletProfileInput } from "../../schema/outlet.js";

/** TRT World (Turkish public broadcaster, English): section label + "N min read" header, "Explore" link list at the foot. */
export const trtWorld = {
  id: "trt-world",
  name: "TRT World",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: {
    domains: ["trtworld.com"],
    markers: [
      // The page header: an upper-case section label, then the reading time on its own line.
      /(?:^|\n)(?:WORLD|TÜRKİYE|TURKIYE|BUSINESS|SPORT|LIFE|OPINION|ANALYSIS|MIDDLE EAST|EUROPE|AFRICA|AMERICAS|ASIA|ASIA PACIFIC|SCI-TECH|CLIMATE|DISCOVER|EXPLAINERS?)\n\d{1,2} min read(?:\n|$)/u,
      String.raw`(?:^|\n)(?:source:\s*)?TRT World(?: and agencies)?$`,
    ],
  },
  timezone: "Europe/Istanbul",
  wire: [],
  boilerplate: [
    { kind: "related", pattern: "^Explore$", extent: "rest" },
    { kind: "related", pattern: "^RECOMMENDED$" },
    { kind: "related", pattern: String.raw`^Related\s*(?:TRT World|TRT)\b` },
    { kind: "metadata", pattern: String.raw`^\d{1,2} min read$` },
    { kind: "share", pattern: String.raw`^(?:Share|Copy link|Follow TRT World on [\p{L} ]+)$` },
  ],
} satisfies OutletProfileInput;
