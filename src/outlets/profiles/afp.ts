import type { OutletProfileInput } from "../../schema/outlet.js";
import { wireDatelineMarker } from "./shared/wire-dateline.js";

/** Agence France-Presse: "NAIROBI (AFP) -" datelines, editors' sign-offs such as "bur-jm/dc" at the foot. */
export const afp = {
  id: "afp",
  name: "AFP",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: { domains: ["afp.com"], markers: [wireDatelineMarker("AFP")] },
  timezone: "Europe/Paris",
  wire: ["AFP"],
  boilerplate: [
    // Lower-case initials only (a RegExp, so the match is case-sensitive).
    { kind: "credit", pattern: /^[a-z]{2,5}(?:[-/][a-z]{2,5}){1,5}$/u },
    { kind: "credit", pattern: String.raw`^©\s*(?:\d{4}\s*)?(?:AFP|Agence France-Presse)\b` },
  ],
} satisfies OutletProfileInput;
