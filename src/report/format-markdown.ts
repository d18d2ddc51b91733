import type { Claim } from "../schema/claim.js";
import type { Event } from "../schema/event.js";
import type { Finding, Severity } from "../schema/finding.js";
import type { TimeSpan } from "../schema/primitives.js";
import type { Report } from "../schema/report.js";

const SEVERITY_ORDER: readonly Severity[] = ["high", "medium", "low", "info"];

function describeDate(date: TimeSpan | null): string {
  if (!date) return "undated";
  const days = date.earliest === date.latest ? date.earliest : `${date.earliest} … ${date.latest}`;
  return date.inferred ? `${days} (inferred)` : days;
}

function entityNames(report: Report): Map<string, string> {
  return new Map(report.entities.map((entity) => [entity.id, entity.name]));
}

function articleLabels(report: Report): Map<string, string> {
  return new Map(
    report.articles.map((article) => [
      article.id,
      article.outlet ? `${article.outlet} (${article.id})` : article.id,
    ]),
  );
}

function eventTitle(event: Event, names: Map<string, string>): string {
  const who = event.participants.map((id) => names.get(id) ?? id).join(", ");
  const where = event.location ? ` at ${names.get(event.location) ?? event.location}` : "";
  return `${event.type}: ${who}${where}, ${describeDate(event.date)} — ${event.status}`;
}

function findingLine(finding: Finding): string {
  const quotes = (finding.evidence ?? []).map((item) => `  - ${item.articleId}: “${item.quote}”`).join("\n");
  return `- **${finding.severity}** ${finding.kind} (${finding.attribute}): ${finding.message}${quotes ? `\n${quotes}` : ""}`;
}

function claimLine(claim: Claim, labels: Map<string, string>, names: Map<string, string>): string {
  const who = claim.participants.map((id) => names.get(id) ?? id).join(", ");
  const quote = claim.evidence[0]?.quote ?? "";
  return `- ${labels.get(claim.articleId) ?? claim.articleId}: ${claim.type} of ${who}, ${claim.modality}, ${describeDate(claim.date)} — “${quote}”`;
}

/** A human-readable summary: findings by severity first, then each event with its claims and quotes. */
export function formatMarkdown(report: Report): string {
  const names = entityNames(report);
  const lines: string[] = ["# corroborate report", ""];
  lines.push(
    `${report.articles.length} articles, ${report.claims.length} claims, ${report.events.length} events, ${report.findings.length} findings.`,
    "",
  );
  lines.push("## Findings", "");
  if (report.findings.length === 0) lines.push("No findings.", "");
  for (const severity of SEVERITY_ORDER) {
    for (const finding of report.findings.filter((candidate) => candidate.severity === severity)) {
      lines.push(findingLine(finding));
    }
  }
  lines.push("", "## Events", "");
  const claimsById = new Map(report.claims.map((claim) => [claim.id, claim]));
  const labels = articleLabels(report);
  for (const event of report.events) {
    lines.push(`### ${eventTitle(event, names)}`, "");
    for (const claimId of event.claimIds) {
      const claim = claimsById.get(claimId);
      if (claim) lines.push(claimLine(claim, labels, names));
    }
    lines.push("");
  }
  const warnings = [
    ...(report.warnings ?? []).map((warning) => `- ${warning.source}: ${warning.message}`),
    ...report.articles.flatMap((article) =>
      article.warnings.map((warning) => `- ${article.source}: ${warning}`),
    ),
  ];
  if (warnings.length > 0) lines.push("## Warnings", "", ...warnings, "");
  return `${lines.join("\n").trimEnd()}\n`;
}
