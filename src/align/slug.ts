/**
 * A readable, stable id fragment: diacritics folded, lower case, words joined by dashes.
 *
 * @example
 * slug("Recep Tayyip Erdoğan"); // "recep-tayyip-erdogan"
 */
export function slug(text: string): string {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return folded === "" ? "unnamed" : folded;
}
