/**
 * Other names outlets go by (page titles, `og:site_name`, bylines, mastheads) and the name reports use.
 * The names are data (`src/ingest/data/outlet-aliases.json`); names of the domain table and of the agency
 * table are known already and need no entry there.
 */
import aliases from "../data/outlet-aliases.json" with { type: "json" };

export interface OutletAlias {
  readonly alias: string;
  readonly name: string;
}

export const OUTLET_ALIASES: readonly OutletAlias[] = aliases;
