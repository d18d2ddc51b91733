import { readFile, writeFile } from "node:fs/promises";
import { readInputs } from "../ingest/read-inputs.js";
import { corroborateInputs } from "../pipeline.js";
import { formatters } from "../report/formatters.js";
import type { Finding, Severity } from "../schema/finding.js";
import { reportJsonSchema } from "../schema/report.js";
import { version } from "../version.js";
import { type Command, parseCommandLine } from "./args.js";
import { parseBaseline } from "./baseline.js";
import { HELP } from "./help.js";
import type { CliIo } from "./io.js";

export type ExitCode = 0 | 1 | 2;

const RANK: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3 };

/** Findings that reach the `--fail-on` level and are not accepted by the baseline. */
export function failingFindings(
  findings: readonly Finding[],
  failOn: Severity | "none",
  accepted: Set<string>,
) {
  if (failOn === "none") return [];
  return findings.filter((finding) => RANK[finding.severity] >= RANK[failOn] && !accepted.has(finding.id));
}

async function runReport(command: Extract<Command, { name: "report" }>, io: CliIo): Promise<ExitCode> {
  const format = formatters()[command.format];
  if (!format) {
    io.stderr(
      `corroborate: unknown format '${command.format}' (use ${Object.keys(formatters()).join(" or ")})\n`,
    );
    return 2;
  }
  let accepted = new Set<string>();
  if (command.baseline) {
    let text: string;
    try {
      text = await io.readFile(command.baseline);
    } catch {
      io.stderr(`corroborate: ${command.baseline}: the baseline file cannot be read\n`);
      return 2;
    }
    const baseline = parseBaseline(text);
    if (!baseline.ok) {
      io.stderr(`corroborate: ${command.baseline}: ${baseline.error}\n`);
      return 2;
    }
    accepted = baseline.ids;
  }
  const report = await corroborateInputs(readInputs(command.inputs, { readStdin: io.readStdin }), {
    onWarning: (warning) => io.stderr(`corroborate: ${warning.source}: ${warning.message}\n`),
  });
  for (const article of report.articles) {
    for (const warning of article.warnings) io.stderr(`corroborate: ${article.source}: ${warning}\n`);
  }
  const output = format(report);
  if (command.output) {
    try {
      await io.writeFile(command.output, output);
    } catch {
      io.stderr(`corroborate: ${command.output}: cannot write the report there\n`);
      return 2;
    }
  } else {
    io.stdout(output);
  }
  if (report.articles.length === 0) {
    io.stderr("corroborate: no input could be read\n");
    return 2;
  }
  return failingFindings(report.findings, command.failOn, accepted).length > 0 ? 1 : 0;
}

/** Runs the CLI and returns its exit code. Nothing here exits the process or lets an error escape. */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<ExitCode> {
  const parsed = parseCommandLine(argv);
  if (!parsed.ok) {
    io.stderr(`corroborate: ${parsed.error}\nRun 'corroborate --help' for usage.\n`);
    return 2;
  }
  const { command } = parsed;
  try {
    switch (command.name) {
      case "help":
        io.stdout(HELP);
        return 0;
      case "version":
        io.stdout(`${version}\n`);
        return 0;
      case "schema":
        io.stdout(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
        return 0;
      case "report":
        return await runReport(command, io);
    }
  } catch (error) {
    io.stderr(`corroborate: internal error: ${(error as Error).message}\n`);
    return 2;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return new Uint8Array(Buffer.concat(chunks));
}

/** The real process's streams and file system. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: () => readAll(process.stdin),
    writeFile: (path, text) => writeFile(path, text, "utf8"),
    readFile: (path) => readFile(path, "utf8"),
  };
}
