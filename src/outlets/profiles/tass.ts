import type { OutletProfileInput } from "../../schema/outlet.js";

/** TASS (Russian state news agency): "TASS-FACTBOX." leads, "MOSCOW, December 2. /TASS/." datelines, dated visit lists. */
export const tass = {
  id: "tass",
  name: "TASS",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: {
    domains: ["tass.com", "tass.ru"],
    markers: [String.raw`(?:^|\n)TASS-(?:FACTBOX|DOSSIER)\b`, String.raw`(?:^|\n)[^\n]{2,60}?\.\s*/TASS/\.?`],
  },
  timezone: "Europe/Moscow",
  wire: ["TASS"],
  boilerplate: [
    { kind: "share", pattern: "^(?:Tags|Show more|Read more)$" },
    { kind: "related", pattern: String.raw`^(?:Also read|Read also|More news)\s*:?$`, extent: "rest" },
    {
      kind: "credit",
      pattern: String.raw`^(?:©|\(c\))?\s*(?:\d{4}\s*)?(?:TASS|ITAR-TASS)\b.{0,80}(?:rights reserved|tass\.com)`,
    },
  ],
  sectionDates: [String.raw`^(?<label>[^.\n]{2,60}?)\s+[–—-]\s+(?<date>{date})$`],
} satisfies OutletProfileInput;
