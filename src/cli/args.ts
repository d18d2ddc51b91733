import { parseArgs } from "node:util";
import { type Severity, SeveritySchema } from "../schema/finding.js";

export type Command =
  | { name: "help" }
  | { name: "version" }
  | { name: "schema" }
  | {
      name: "report";
      inputs: string[];
      format: string;
      output: string | null;
      failOn: Severity | "none";
      baseline: string | null;
    };

export type ParsedArgs = { ok: true; command: Command } | { ok: false; error: string };

const FAIL_ON = [...SeveritySchema.options, "none"] as const;

/** Turns argv into a command, or a usage error message. Never throws. */
export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        format: { type: "string", short: "f", default: "json" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string", default: "high" },
        baseline: { type: "string" },
      },
    });
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, command: { name: "help" } };
  if (values.version) return { ok: true, command: { name: "version" } };
  const [name, ...rest] = positionals;
  if (name === undefined || name === "help") return { ok: true, command: { name: "help" } };
  if (name === "schema") return { ok: true, command: { name: "schema" } };
  if (name !== "report") return { ok: false, error: `unknown command '${name}'` };
  if (rest.length === 0)
    return { ok: false, error: "report needs at least one input (a file, a directory or -)" };
  const failOn = String(values["fail-on"]);
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    return { ok: false, error: `--fail-on takes one of ${FAIL_ON.join(", ")}, not '${failOn}'` };
  }
  return {
    ok: true,
    command: {
      name: "report",
      inputs: rest,
      format: String(values.format),
      output: typeof values.output === "string" ? values.output : null,
      failOn: failOn as Severity | "none",
      baseline: typeof values.baseline === "string" ? values.baseline : null,
    },
  };
}
