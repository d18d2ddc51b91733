import type { OutletProfileInput } from "../../schema/outlet.js";
import { wireDatelineMarker } from "./shared/wire-dateline.js";

/** Deutsche Presse-Agentur: "Berlin (dpa) -" datelines, "(dpa/xy)" credits. */
export const dpa = {
  id: "dpa",
  name: "dpa",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: { domains: ["dpa.com", "dpa-international.com"], markers: [wireDatelineMarker("dpa")] },
  timezone: "Europe/Berlin",
  wire: ["dpa"],
  boilerplate: [
    { kind: "credit", pattern: String.raw`^\(dpa(?:[-/][\p{L}]{1,8}){0,4}\)$` },
    { kind: "credit", pattern: String.raw`^©\s*(?:\d{4}\s*)?(?:dpa|Deutsche Presse-Agentur)\b` },
  ],
} satisfies OutletProfileInput;
