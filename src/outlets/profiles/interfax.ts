import type { OutletProfileInput } from "../../schema/outlet.js";
import { wireDatelineMarker } from "./shared/wire-dateline.js";

/** Interfax (Russian news agency): "MOSCOW. Dec 2 (Interfax) -" datelines. */
export const interfax = {
  id: "interfax",
  name: "Interfax",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: {
    domains: ["interfax.com", "interfax.ru", "interfax.com.ua"],
    markers: [wireDatelineMarker("Interfax(?:-Ukraine)?")],
  },
  timezone: "Europe/Moscow",
  wire: ["Interfax"],
  boilerplate: [
    { kind: "credit", pattern: String.raw`^©?\s*(?:\d{4}\s*)?Interfax\b.{0,60}(?:rights reserved|Ltd\.?)$` },
  ],
} satisfies OutletProfileInput;
