/** «Mine ark»: the deep-dive sheets and every issue, and which of them one person answers for. */
import type { Issue } from "../core/model/issue.types";
import type { Portfolio } from "../core/model/portfolio.types";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { readWorkbookWithBudget } from "./read-with-budget";

export type MySheet = { sheet: string; deepDiveId: string | null; name: string; issues: Issue[] };

export type LineManagerData = {
  portfolio: Portfolio;
  sheets: { sheet: string; deepDiveId: string | null; name: string }[];
  issues: Issue[];
};

/** The sheets and every issue, in one read (budget sheets included, to check links). */
export async function loadLineManagerData(port: WorkbookPort): Promise<LineManagerData> {
  const { workbook, portfolio, issues } = await readWorkbookWithBudget(port);
  const sheets = workbook.read.deepDiveSheets.map((s) => ({
    sheet: s.sheet,
    deepDiveId: s.deepDive?.id ?? null,
    name: s.deepDive?.name ?? s.sheet,
  }));
  return { portfolio, sheets, issues };
}

/** Everyone who owns a deep-dive or a measure, sorted. */
export function ownersOf(portfolio: Portfolio): string[] {
  const names = [
    ...portfolio.deepDives.map((d) => d.owner),
    ...portfolio.measures.map((m) => m.owner),
  ];
  return [
    ...new Set(names.filter((n): n is string => !!n && n.trim() !== "").map((n) => n.trim())),
  ].sort((a, b) => a.localeCompare(b, "nb"));
}

/** The deep-dive sheets `me` answers for (as its line manager or a measure's owner), each with its issues. */
export function mySheets(data: LineManagerData, me: string): MySheet[] {
  const { portfolio, issues } = data;
  const mine = (owner: string | undefined) => (owner ?? "").trim() === me;
  return data.sheets
    .filter((s) => {
      const deepDive = portfolio.deepDives.find((d) => d.id === s.deepDiveId);
      const measures = portfolio.measures.filter((m) => (m.deepDive ?? null) === s.deepDiveId);
      return mine(deepDive?.owner) || measures.some((m) => mine(m.owner));
    })
    .map((s) => {
      const measureIds = new Set(
        portfolio.measures.filter((m) => (m.deepDive ?? null) === s.deepDiveId).map((m) => m.id),
      );
      const own = issues.filter(
        (i) =>
          i.sheet === s.sheet ||
          (i.sheet === undefined &&
            ((i.measure && measureIds.has(i.measure)) ||
              (s.deepDiveId && i.deepDive === s.deepDiveId))),
      );
      return { ...s, issues: own };
    });
}
