import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { type Report, ReportSchema, reportJsonSchema } from "../src/schema/report.js";

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

const validateWithJsonSchema = new Ajv2020({ allErrors: true, strict: false }).compile(reportJsonSchema());

/**
 * Validates a report against the JSON Schema that `corroborate schema` prints (and the zod schema it is
 * generated from) and returns it typed; throws with the problems otherwise.
 */
export function validReport(data: unknown): Report {
  if (!validateWithJsonSchema(data)) {
    throw new Error(
      `report violates the JSON Schema: ${JSON.stringify(validateWithJsonSchema.errors, null, 1)}`,
    );
  }
  return ReportSchema.parse(data);
}
