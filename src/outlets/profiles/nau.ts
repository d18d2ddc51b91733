import type { OutletProfileInput } from "../../schema/outlet.js";
import { swissAgencyBoilerplate } from "./shared/swiss-agency-copy.js";

/** Nau.ch (Swiss news site running sda/dpa copy): recognised by its domain only; its text names no outlet. */
export const nau = {
  id: "nau",
  name: "Nau.ch",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: { domains: ["nau.ch"], markers: [] },
  timezone: "Europe/Zurich",
  wire: [],
  boilerplate: swissAgencyBoilerplate,
} satisfies OutletProfileInput;
