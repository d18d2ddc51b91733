import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { InputWarning } from "../schema/report.js";
import type { RawInput } from "./types.js";

const READABLE = new Set([".txt", ".md", ".markdown", ".html", ".htm"]);

export interface ReadInputsOptions {
  /** Reads standard input, for the path `-`. */
  readStdin?: () => Promise<Uint8Array>;
}

function rawInput(source: string, bytes: Uint8Array): RawInput {
  return { source, name: basename(source, extname(source)), extension: extname(source).toLowerCase(), bytes };
}

async function* readDirectory(path: string): AsyncGenerator<RawInput | InputWarning> {
  const names = (await readdir(path)).filter((name) => READABLE.has(extname(name).toLowerCase())).sort();
  if (names.length === 0)
    yield { source: path, message: "the directory holds no .txt, .md or .html articles" };
  for (const name of names) yield* readPath(join(path, name));
}

async function* readPath(path: string): AsyncGenerator<RawInput | InputWarning> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    yield { source: path, message: "no such file or directory" };
    return;
  }
  try {
    if (info.isDirectory()) yield* readDirectory(path);
    else yield rawInput(path, await readFile(path));
  } catch (error) {
    yield {
      source: path,
      message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? "I/O error"})`,
    };
  }
}

/**
 * Reads files, directories, globs and `-` (stdin) one at a time, yielding raw inputs and warnings in a
 * stable order. Nothing is held beyond the file being yielded.
 */
export async function* readInputs(
  paths: readonly string[],
  options: ReadInputsOptions = {},
): AsyncGenerator<RawInput | InputWarning> {
  for (const path of paths) {
    if (path === "-") {
      if (options.readStdin)
        yield { ...rawInput("-", await options.readStdin()), name: "stdin", extension: "" };
      else yield { source: "-", message: "standard input is not available here" };
    } else if (isDynamicPattern(path)) {
      const matches = (await glob(path, { onlyFiles: true })).sort();
      if (matches.length === 0) yield { source: path, message: "the pattern matches no file" };
      for (const match of matches) yield* readPath(match);
    } else {
      yield* readPath(path);
    }
  }
}
