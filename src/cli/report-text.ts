/**
 * The readable Norwegian summary of `gevinst report`: one column per plan year, kroner formatted
 * by the shared formatter (core/money), then the issues.
 */
import { formatKroner } from "../core/money";
import { formatIssues, type ShownIssue } from "./issue-lines";

/** The parts of the report JSON (spec §8) the summary shows. */
export type ReportSummaryInput = {
  budgetYear: number;
  years: readonly string[];
  totals: { years: Record<string, Partial<Record<FigureKey, number>>> };
  balance: Record<string, { target: number; budgetNet: number; gap: number; balanced: boolean }>;
  measures: readonly { counted: boolean }[];
  issues: readonly ShownIssue[];
};

type FigureKey = "gross" | "expected" | "withdrawable" | "cost" | "budgetNet";

const ROWS: { label: string; value: (report: ReportSummaryInput, year: string) => number }[] = [
  { label: "Brutto", value: (r, y) => r.totals.years[y]?.gross ?? 0 },
  { label: "Forventet", value: (r, y) => r.totals.years[y]?.expected ?? 0 },
  { label: "Uttak", value: (r, y) => r.totals.years[y]?.withdrawable ?? 0 },
  { label: "Kostnad", value: (r, y) => r.totals.years[y]?.cost ?? 0 },
  { label: "Netto", value: (r, y) => r.totals.years[y]?.budgetNet ?? 0 },
  { label: "Innsparingskrav", value: (r, y) => r.balance[y]?.target ?? 0 },
  { label: "Gap", value: (r, y) => r.balance[y]?.gap ?? 0 },
];

/** The summary as lines of text. */
export function formatReportSummary(report: ReportSummaryInput): string[] {
  const counted = report.measures.filter((m) => m.counted).length;
  const lines = [
    `Gevinstrapport, budsjettår ${report.budgetYear}`,
    `${report.measures.length} tiltak, ${counted} telles med (prioritert, vedtatt, under realisering, realisert).`,
    "",
  ];
  const cells = ROWS.map((row) => [
    row.label,
    ...report.years.map((y) => formatKroner(row.value(report, y))),
  ]);
  const balanceRow = [
    "I balanse",
    ...report.years.map((y) => (report.balance[y]?.balanced ? "ja" : "nei")),
  ];
  const header = ["", ...report.years];
  const table = [header, ...cells, balanceRow];
  const widths = header.map((_, c) => Math.max(...table.map((row) => (row[c] ?? "").length)));
  for (const row of table)
    lines.push(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join("  ")
        .trimEnd(),
    );
  const issueLines = formatIssues(report.issues);
  lines.push("", ...(issueLines.length > 0 ? issueLines : ["Ingen avvik."]));
  return lines;
}
