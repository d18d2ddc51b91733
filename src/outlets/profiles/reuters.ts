import type { OutletProfileInput } from "../../schema/outlet.js";
import { wireDatelineMarker } from "./shared/wire-dateline.js";

/** Reuters: "NAIROBI, March 4 (Reuters) -" datelines, "Reporting by … Editing by …" credits. */
export const reuters = {
  id: "reuters",
  name: "Reuters",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: { domains: ["reuters.com"], markers: [wireDatelineMarker("Reuters")] },
  timezone: "Europe/London",
  wire: ["Reuters"],
  boilerplate: [
    {
      kind: "credit",
      pattern: String.raw`^\(?(?:Additional reporting|Reporting|Writing|Editing) by\b[^\n]{0,300}$`,
    },
    { kind: "share", pattern: String.raw`^Our Standards: The Thomson Reuters Trust Principles\.?$` },
    {
      kind: "share",
      pattern: String.raw`^(?:Sign up here\.?|Acquire Licensing Rights|Suggested Topics:?|Reporting by)$`,
    },
    {
      kind: "share",
      pattern: String.raw`^(?:Get|Sign up for) (?:the |our )?(?:Reuters )?[\p{L} ]{0,40}newsletter\b`,
    },
  ],
} satisfies OutletProfileInput;
