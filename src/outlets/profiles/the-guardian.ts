import type { OutletProfileInput } from "../../schema/outlet.js";

/** The Guardian: "First published on Wed 6 Aug 2025 14.05 BST", "Photograph: X/Agency" captions, a reader appeal and topic links at the foot. */
export const theGuardian = {
  id: "the-guardian",
  name: "The Guardian",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: {
    domains: ["theguardian.com", "guardian.co.uk"],
    markers: [
      /(?:^|\n)(?:First published on|Last modified on) \p{Lu}\p{Ll}{2} \d{1,2} \p{Lu}\p{Ll}{2} \d{4} \d{2}\.\d{2} (?:BST|GMT|CET|CEST|EDT|EST|AEST|AEDT)$/mu,
      /(?:^|\n)View image in fullscreen/u,
    ],
  },
  timezone: "Europe/London",
  wire: [],
  dateline: [
    String.raw`^(?:First published on|Last modified on)\s+(?:{weekday}\s+)?(?<date>\d{1,2} {month} \d{4})\s+\d{2}\.\d{2}\s*[A-Z]{2,5}$`,
  ],
  boilerplate: [
    { kind: "caption", pattern: "^View image in fullscreen" },
    { kind: "caption", pattern: /\bPhotograph: [^.!?]{2,80}$/u },
    { kind: "related", pattern: "^Explore more on these topics$", extent: "rest" },
    { kind: "related", pattern: "^(?:Most viewed|More on this story)$", extent: "rest" },
    {
      kind: "share",
      pattern: String.raw`^(?:Share|Reuse this content|Comments \(\d+\)|Support the Guardian|Sign up to [\p{L} ]+)$`,
    },
    {
      kind: "share",
      pattern: String.raw`^(?:I hope you appreciated this article|Before you move on)\b`,
      extent: "rest",
    },
    {
      kind: "share",
      pattern: "^(?:Newsletter promotion|after newsletter promotion|skip past newsletter promotion)$",
    },
  ],
} satisfies OutletProfileInput;
