import { defineOutlet } from "../plugin.js";
import type { OutletProfile, OutletProfileInput } from "../schema/outlet.js";
import { afp } from "./profiles/afp.js";
import { alJazeera } from "./profiles/al-jazeera.js";
import { ap } from "./profiles/ap.js";
import { bbc } from "./profiles/bbc.js";
import { blick } from "./profiles/blick.js";
import { bloomberg } from "./profiles/bloomberg.js";
import { dpa } from "./profiles/dpa.js";
import { dw } from "./profiles/dw.js";
import { france24 } from "./profiles/france-24.js";
import { interfax } from "./profiles/interfax.js";
import { nau } from "./profiles/nau.js";
import { reuters } from "./profiles/reuters.js";
import { sda } from "./profiles/sda.js";
import { tass } from "./profiles/tass.js";
import { theGuardian } from "./profiles/the-guardian.js";
import { theMoscowTimes } from "./profiles/the-moscow-times.js";
import { trtWorld } from "./profiles/trt-world.js";
import { watson } from "./profiles/watson.js";
import { xinhua } from "./profiles/xinhua.js";

/** The built-in profiles as data, in a fixed order (markers found at the same place: the earlier profile wins). */
export const BUILT_IN_OUTLETS: readonly OutletProfileInput[] = [
  tass,
  trtWorld,
  theMoscowTimes,
  theGuardian,
  watson,
  blick,
  nau,
  reuters,
  ap,
  afp,
  dpa,
  sda,
  xinhua,
  interfax,
  bloomberg,
  alJazeera,
  bbc,
  dw,
  france24,
];

/**
 * The built-in outlet profiles (seed outlets, major wires and broadcasters), checked and with defaults
 * filled. A fresh array on every call.
 *
 * @example
 * defaultOutlets().find((profile) => profile.id === "reuters")?.wire; // ["Reuters"]
 */
export function defaultOutlets(): OutletProfile[] {
  return BUILT_IN_OUTLETS.map(defineOutlet);
}
