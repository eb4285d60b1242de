/** Issues as the CLI prints them: one per line — severity, code, measure, message, where. */
import { messageText } from "../app/messages";
import type { Issue } from "../core/model/issue.types";
import type { ReportIssue } from "../core/report/report.types";

/** An issue as found, or as the report gives it (with its bokmål text). */
export type ShownIssue = Issue | ReportIssue;

const SEVERITY = { error: "feil", warning: "advarsel" } as const;

/** "feil LINK_NOT_FOUND T3: … (Gevinst Tiltak!D12)". */
export function formatIssue(issue: ShownIssue): string {
  const who = issue.measure ?? issue.deepDive ?? "-";
  const where = issue.sheet
    ? ` (${issue.sheet}${issue.cell ? `!${issue.cell}` : ""})`
    : issue.line !== undefined
      ? ` (linje ${issue.line})`
      : "";
  return `${SEVERITY[issue.severity]} ${issue.code} ${who}: ${oneLine("message" in issue ? issue.message : messageText(issue))}${where}`;
}

/** A heading and every issue, or nothing when there are none. */
export function formatIssues(issues: readonly ShownIssue[]): string[] {
  if (issues.length === 0) return [];
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.length - errors;
  return [`Avvik: ${errors} feil, ${warnings} advarsler`, ...issues.map(formatIssue)];
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").trim();
}
