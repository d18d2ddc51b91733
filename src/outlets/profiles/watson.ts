import type { OutletProfileInput } from "../../schema/outlet.js";
import { swissAgencyBoilerplate } from "./shared/swiss-agency-copy.js";

/** watson (Swiss news site running sda/dpa copy): recognised by its domain only; its text names no outlet. */
export const watson = {
  id: "watson",
  name: "watson",
  // This layout has no known end; a redesign gets a new profile (new id) with validFrom set.
  validFrom: null,
  validUntil: null,
  match: { domains: ["watson.ch", "watson.de"], markers: [] },
  timezone: "Europe/Zurich",
  wire: [],
  boilerplate: swissAgencyBoilerplate,
} satisfies OutletProfileInput;
