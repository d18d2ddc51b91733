/** The default largest input ingest reads: 20 MB. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** File signatures of common binary formats that are not articles. */
const BINARY_SIGNATURES: readonly { readonly bytes: readonly number[]; readonly name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: "PDF" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: "PNG" },
  { bytes: [0xff, 0xd8, 0xff], name: "JPEG" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "GIF" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "ZIP" },
  { bytes: [0x1f, 0x8b], name: "gzip" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: "ELF" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: "Office" },
];

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; message: string };

/**
 * Sizes as messages give them: megabytes (one decimal below 10 MB), kilobytes below 1 MB, bytes below 1 KB.
 *
 * @example
 * formatSize(52_428_800); // "50 MB"
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  const rounded = megabytes < 10 ? Math.round(megabytes * 10) / 10 : Math.round(megabytes);
  return `${rounded} MB`;
}

/** The message for an input over the size limit. */
export function tooLargeMessage(size: number, maxBytes: number): string {
  return `too large (${formatSize(size)}; limit ${formatSize(maxBytes)})`;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * True when the bytes look like a binary file rather than text: a known binary signature, a NUL byte,
 * or many control characters in the first 8 KB.
 *
 * @example
 * looksBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d])); // true
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature.bytes))) return true;
  const sample = Math.min(bytes.length, 8192);
  let control = 0;
  for (let index = 0; index < sample; index++) {
    const byte = bytes[index]!;
    if (byte === 0) return true;
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) ||
      byte === 0x7f
    ) {
      control++;
    }
  }
  return sample > 0 && control / sample > 0.05;
}

function utf16(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le", { ignoreBOM: true }).decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be", { ignoreBOM: true }).decode(bytes);
  return null;
}

/** True when invalid UTF-8 reads as plausible Windows-1252 text: high bytes but no C1 control range gaps. */
function looksWindows1252(bytes: Uint8Array): boolean {
  const undefinedInWindows1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
  const sample = Math.min(bytes.length, 65536);
  for (let index = 0; index < sample; index++) if (undefinedInWindows1252.has(bytes[index]!)) return false;
  return true;
}

/** Decoding without `stream` keeps no state between calls, so one decoder serves every input. */
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes an input's bytes as text. UTF-8 (a byte-order mark is kept as U+FEFF, so offsets count every
 * character of the file), UTF-16 with a byte-order mark, and — only when `legacyEncoding` is set —
 * Windows-1252 for text that is not valid UTF-8. Never throws.
 *
 * @example
 * decodeInput(new TextEncoder().encode("Hello"), {}); // { ok: true, text: "Hello", warnings: [] }
 */
export function decodeInput(bytes: Uint8Array, options: { legacyEncoding?: boolean }): Decoded {
  const wide = utf16(bytes);
  if (wide !== null) return { ok: true, text: wide, warnings: [] };
  if (looksBinary(bytes)) return { ok: false, message: "looks like a binary file" };
  try {
    return {
      ok: true,
      text: STRICT_UTF8.decode(bytes),
      warnings: [],
    };
  } catch {
    if (!looksWindows1252(bytes)) return { ok: false, message: "not valid UTF-8 text" };
    if (!options.legacyEncoding) {
      return { ok: false, message: "not valid UTF-8 text (it looks like Windows-1252; convert it to UTF-8)" };
    }
    const text = new TextDecoder("windows-1252").decode(bytes);
    return { ok: true, text, warnings: ["not valid UTF-8; read as Windows-1252"] };
  }
}
