import type { Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { InputWarning } from "../schema/report.js";
import { DEFAULT_MAX_BYTES, tooLargeMessage } from "./decode-input.js";
import type { RawInput } from "./types.js";

/** File extensions read as articles. */
export const ARTICLE_EXTENSIONS: readonly string[] = [".txt", ".md", ".markdown", ".html", ".htm"];
const READABLE = new Set(ARTICLE_EXTENSIONS);

export interface ReadInputsOptions {
  /** Reads standard input, for the path `-`. */
  readStdin?: () => Promise<Uint8Array>;
  /** Files larger than this many bytes are not read; a warning says so (default 20 MB). */
  maxBytes?: number;
}

function rawInput(source: string, bytes: Uint8Array): RawInput {
  return { source, name: basename(source, extname(source)), extension: extname(source).toLowerCase(), bytes };
}

function ioProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "cannot be read (permission denied)";
  if (code === "EISDIR") return "is a directory";
  return `cannot be read (${code ?? (error instanceof Error ? error.message : "I/O error")})`;
}

async function* readDirectory(path: string, maxBytes: number): AsyncGenerator<RawInput | InputWarning> {
  let names: string[];
  try {
    names = (await readdir(path)).filter((name) => READABLE.has(extname(name).toLowerCase())).sort();
  } catch (error) {
    yield { source: path, message: ioProblem(error) };
    return;
  }
  if (names.length === 0)
    yield { source: path, message: "the directory holds no .txt, .md or .html articles" };
  for (const name of names) yield* readPath(join(path, name), maxBytes);
}

async function* readPath(path: string, maxBytes: number): AsyncGenerator<RawInput | InputWarning> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    yield { source: path, message: ioProblem(error) };
    return;
  }
  if (info.isDirectory()) {
    yield* readDirectory(path, maxBytes);
    return;
  }
  if (info.isFile() && info.size > maxBytes) {
    yield { source: path, message: tooLargeMessage(info.size, maxBytes) };
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield { source: path, message: ioProblem(error) };
    return;
  }
  yield rawInput(path, bytes);
}

async function* readGlob(pattern: string, maxBytes: number): AsyncGenerator<RawInput | InputWarning> {
  let matches: string[];
  try {
    matches = (await glob(pattern, { onlyFiles: true })).sort();
  } catch (error) {
    yield {
      source: pattern,
      message: `the pattern cannot be read (${error instanceof Error ? error.message : "error"})`,
    };
    return;
  }
  if (matches.length === 0) yield { source: pattern, message: "the pattern matches no file" };
  for (const match of matches) yield* readPath(match, maxBytes);
}

async function* readStdin(options: ReadInputsOptions): AsyncGenerator<RawInput | InputWarning> {
  if (!options.readStdin) {
    yield { source: "-", message: "standard input is not available here" };
    return;
  }
  try {
    yield { ...rawInput("-", await options.readStdin()), name: "stdin", extension: "" };
  } catch (error) {
    yield { source: "-", message: ioProblem(error) };
  }
}

/**
 * Reads files, directories (their .txt, .md and .html files, sorted), globs and `-` (stdin) one at a
 * time, yielding raw inputs and warnings in a stable order. Files over `maxBytes` are not read (their
 * size is checked first); a missing path, an unreadable file or a directory without articles becomes a
 * warning naming it. Never throws; nothing is held beyond the file being yielded.
 *
 * @example
 * for await (const item of readInputs(["fixtures/seeds"])) {
 *   if ("bytes" in item) console.log(item.name);
 *   else console.error(`${item.source}: ${item.message}`);
 * }
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<RawInput | InputWarning> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  for (const path of paths) {
    if (path === "-") yield* readStdin(options);
    else if (isDynamicPattern(path)) yield* readGlob(path, maxBytes);
    else yield* readPath(path, maxBytes);
  }
}
