import type { OutletProfileInput } from "../../schema/outlet.js";

/** The Moscow Times (independent, English): "Related article:" links, "Name / AP / TASS" photo credits, a reader appeal at the foot. */
export const theMoscowTimes = {
  id: "the-moscow-times",
  name: "The Moscow Times",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: {
    domains: ["themoscowtimes.com", "themoscowtimes.ru"],
    markers: [String.raw`(?:^|\n)A Message from The Moscow Times\b`],
  },
  timezone: "Europe/Moscow",
  wire: [],
  boilerplate: [
    { kind: "related", pattern: String.raw`^Related (?:article|articles)\s*:` },
    { kind: "metadata", pattern: "^Original url:" },
    {
      // "U.S. Special Envoy Steve Witkoff. Ludovic Marin / AP / TASS": a caption ending in photographer and agency credits.
      kind: "caption",
      pattern:
        /^[^\n]{0,300}?(?:^|[.\s])\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}\s*\/\s*[\p{L}.]{2,20}(?:\s*\/\s*[\p{L}.]{2,20})*$/u,
    },
    {
      kind: "caption",
      pattern: String.raw`^(?:kremlin\.ru|mos\.ru|government\.ru|Sergei Bobylev|Mikhail Metzel)\s*/?\s*[\p{L}. /]{0,40}$`,
    },
    { kind: "share", pattern: String.raw`^A Message from The Moscow Times\b`, extent: "rest" },
    {
      kind: "share",
      pattern: String.raw`^(?:Support The Moscow Times|Subscribe to our newsletter|Continue|Remind me later)\.?$`,
    },
  ],
} satisfies OutletProfileInput;
