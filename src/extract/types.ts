import type { Gazetteer } from "../schema/gazetteer.js";
import type { OutletProfile } from "../schema/outlet.js";

export interface ExtractOptions {
  gazetteer: Gazetteer;
  /** The outlet profile ingest chose for this article, if any. */
  outlet: OutletProfile | null;
}
