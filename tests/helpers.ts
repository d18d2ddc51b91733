import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ReportSchema } from "../src/schema/report.js";
import type { Report } from "../src/schema/report.js";

export const SEEDS_DIR = join(import.meta.dirname, "..", "fixtures", "seeds");

/** The seed article files, sorted. */
export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => join(SEEDS_DIR, name));
}

export function readText(path: string): string {
  return readFileSync(path, "utf8");
}

/** Validates a report against the zod schema and returns it typed; throws with the issues otherwise. */
export function validReport(data: unknown): Report {
  return ReportSchema.parse(data);
}
