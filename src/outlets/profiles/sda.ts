import type { OutletProfileInput } from "../../schema/outlet.js";
import { wireDatelineMarker } from "./shared/wire-dateline.js";

/** Keystone-SDA (Swiss news agency): "Bern (Keystone-SDA) -" datelines, "(sda/xy)" credits, Keystone photos. */
export const sda = {
  id: "sda",
  name: "Keystone-SDA",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: {
    domains: ["keystone-sda.ch"],
    markers: [wireDatelineMarker("(?:sda|ats|Keystone-SDA|Keystone-ATS)")],
  },
  timezone: "Europe/Zurich",
  wire: ["sda"],
  boilerplate: [
    {
      kind: "credit",
      pattern: String.raw`^\((?:sda|ats|Keystone-SDA|Keystone-ATS)(?:/[\p{L}]{1,8}){0,4}\)$`,
    },
    { kind: "caption", pattern: String.raw`(?:^|[.\s])(?:Image|Bild|Foto|Photo):\s*keystone\b[^.!?]{0,60}$` },
  ],
} satisfies OutletProfileInput;
