import type { OutletProfileInput } from "../../schema/outlet.js";
import { wireDatelineMarker } from "./shared/wire-dateline.js";

/** Bloomberg News: "(Bloomberg) --" leads, "To contact the reporter on this story:" credits at the foot. */
export const bloomberg = {
  id: "bloomberg",
  name: "Bloomberg",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: {
    domains: ["bloomberg.com"],
    markers: [wireDatelineMarker("Bloomberg"), String.raw`(?:^|\n|\s)\(Bloomberg\)\s*--\s`],
  },
  timezone: "America/New_York",
  wire: ["Bloomberg"],
  boilerplate: [
    { kind: "credit", pattern: String.raw`^To contact the (?:reporters?|editors?)\b`, extent: "rest" },
    {
      kind: "related",
      pattern: String.raw`^(?:Most Read from Bloomberg(?: Businessweek)?|More stories like this are available on bloomberg\.com)\b`,
    },
    { kind: "related", pattern: "^Read more:" },
    { kind: "credit", pattern: String.raw`^©\s*\d{4} Bloomberg L\.P\.` },
    { kind: "share", pattern: String.raw`^Before it[’']s here, it[’']s on the Bloomberg Terminal\.?` },
    { kind: "credit", pattern: String.raw`^\(?(?:With assistance from|Updates with)\b[^\n]{0,200}\)?\.?$` },
  ],
} satisfies OutletProfileInput;
