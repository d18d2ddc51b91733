import type { IngestedDocument } from "../schema/document.js";
import type { OutletProfile } from "../schema/outlet.js";
import type { InputWarning } from "../schema/report.js";

/** Bytes of one input as read, before decoding. `source` is the path, URL or `-` it came from. */
export interface RawInput {
  source: string;
  /** File name without directory and extension, used as the article id unless metadata gives one. */
  name: string;
  /** `.txt`, `.md`, `.html` … (lower case, with the dot); decides how the bytes are read. */
  extension: string;
  bytes: Uint8Array;
}

export interface IngestOptions {
  /** Outlet profiles to detect and apply; their boilerplate, dateline and wire rules refine ingest. */
  outlets: readonly OutletProfile[];
  /** Inputs larger than this many bytes are refused with a warning (default 20 MB). */
  maxBytes?: number;
  /** Read text that is not valid UTF-8 as Windows-1252 (with an article warning) instead of refusing it. */
  legacyEncoding?: boolean;
}

export type IngestResult = { ok: true; document: IngestedDocument } | { ok: false; warning: InputWarning };
