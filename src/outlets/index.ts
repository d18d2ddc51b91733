import type { OutletProfile } from "../schema/outlet.js";

/** The built-in outlet profiles. A fresh array on every call. */
export function defaultOutlets(): OutletProfile[] {
  return [];
}
