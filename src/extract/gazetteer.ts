import { type Gazetteer, type GazetteerEntryInput, GazetteerSchema } from "../schema/gazetteer.js";
import defaultEntries from "./data/gazetteer.json" with { type: "json" };

/** The bundled gazetteer: known names, aliases, roles and places. A fresh object on every call. */
export function defaultGazetteer(): Gazetteer {
  return GazetteerSchema.parse(defaultEntries);
}

/** A gazetteer with `extra` entries added to (and, by id, replacing) those of `base`. */
export function extendGazetteer(base: Gazetteer, extra: readonly GazetteerEntryInput[]): Gazetteer {
  const added = GazetteerSchema.parse({ entries: extra }).entries;
  const ids = new Set(added.map((entry) => entry.id));
  return { entries: [...base.entries.filter((entry) => !ids.has(entry.id)), ...added] };
}
