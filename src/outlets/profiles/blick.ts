import type { OutletProfileInput } from "../../schema/outlet.js";
import { swissAgencyBoilerplate } from "./shared/swiss-agency-copy.js";

/** Blick (Swiss news site running sda/dpa copy): recognised by its domain only; its text names no outlet. */
export const blick = {
  id: "blick",
  name: "Blick",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: { domains: ["blick.ch"], markers: [] },
  timezone: "Europe/Zurich",
  wire: [],
  boilerplate: swissAgencyBoilerplate,
} satisfies OutletProfileInput;
