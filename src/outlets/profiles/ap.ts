import type { OutletProfileInput } from "../../schema/outlet.js";
import { wireDatelineMarker } from "./shared/wire-dateline.js";

/** The Associated Press: "KYIV, Ukraine (AP) —" datelines, "Updated 5:12 PM GMT, July 3, 2025" date lines, "Associated Press writer … contributed" credits. */
export const ap = {
  id: "ap",
  name: "AP",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: { domains: ["apnews.com"], markers: [wireDatelineMarker("AP")] },
  timezone: "America/New_York",
  wire: ["AP"],
  // "Updated 5:12 PM GMT, July 3, 2025": the time of day comes before the date.
  dateline: [
    String.raw`^(?:Updated|Published)\s+\d{1,2}:\d{2}\s*[AP]\.?M\.?\s+[A-Z]{2,5},?\s+(?<date>{date})$`,
  ],
  boilerplate: [
    {
      kind: "credit",
      pattern: String.raw`^(?:Associated Press|AP) (?:writers?|reporters?|correspondents?|journalists?) [^.]{2,200} contributed(?: to this (?:report|story))?\.?$`,
    },
    { kind: "credit", pattern: String.raw`^(?:Copyright\s*)?©?\s*\d{4} The Associated Press\.` },
    { kind: "credit", pattern: String.raw`^The Associated Press receives (?:support|financial support)\b` },
    { kind: "share", pattern: String.raw`^Follow AP[’']s coverage of [^\n]{2,80}$` },
  ],
} satisfies OutletProfileInput;
