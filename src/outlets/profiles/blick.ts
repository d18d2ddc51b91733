import type { OutletProfileInput } from "../../schema/outlet.js";
import { swissAgencyBoilerplate } from "./shared/swiss-agency-copy.js";

/** Blick (Swiss news site running sda/dpa copy): recognised by its domain only; its text names no outlet. */
export const blick = {
  id: "blick",
  name: "Blick",
  match: { domains: ["blick.ch"], markers: [] },
  timezone: "Europe/Zurich",
  wire: [],
  boilerplate: swissAgencyBoilerplate,
} satisfies OutletProfileInput;
