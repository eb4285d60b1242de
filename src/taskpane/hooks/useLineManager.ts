import { useState } from "react";
import { readGevinstWorkbook } from "../../app/gevinst-sheets-io";
import { combineIssues } from "../../app/read-portfolio";
import { createBudgetIndex, mappingHasProsjekt } from "../../core/budget/budget-index";
import { readBudgetLines } from "../../core/budget/budget-lines";
import type { Issue } from "../../core/model/issue.types";
import type { Portfolio } from "../../core/model/portfolio.types";
import { validatePortfolio } from "../../core/validation";
import { rangeFromA1 } from "../../core/workbook/address";
import type { WorkbookPort } from "../../core/workbook/workbook-port";
import { useServices } from "../services";
import { useAction } from "./useAction";
import { useWorkbookQuery } from "./useWorkbookQuery";

export const WHO_STORAGE_KEY = "gevinst.lineManager";

export type MySheet = { sheet: string; deepDiveId: string | null; name: string; issues: Issue[] };

export type LineManagerData = {
  portfolio: Portfolio;
  sheets: { sheet: string; deepDiveId: string | null; name: string }[];
  issues: Issue[];
};

/** The sheets and every issue, in one read (budget sheets included, to check links). */
export async function loadLineManagerData(port: WorkbookPort): Promise<LineManagerData> {
  const workbook = await readGevinstWorkbook(port, { withBudget: true });
  const mapping = workbook.storedMapping;
  const budget = mapping
    ? createBudgetIndex(readBudgetLines(mapping, workbook.grids).lines, {
        hasProsjekt: mappingHasProsjekt(mapping),
      })
    : undefined;
  const { portfolio } = workbook.read;
  const issues = combineIssues(workbook.read.issues, validatePortfolio(portfolio, budget));
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

/** «Mine ark»: who I am (remembered), my sheets with what is missing, and jumps to sheets and cells. */
export function useLineManager() {
  const { port, storage } = useServices();
  const query = useWorkbookQuery(loadLineManagerData);
  const action = useAction();
  const [me, setMeState] = useState<string | null>(() => storage?.getItem(WHO_STORAGE_KEY) ?? null);
  const setMe = (name: string | null) => {
    setMeState(name);
    storage?.setItem(WHO_STORAGE_KEY, name ?? "");
  };
  const goTo = (sheet: string, cell?: string) =>
    void action.run(`go:${sheet}!${cell ?? ""}`, async () => {
      await port.apply([
        { kind: "activate", sheet, ...(cell ? { select: rangeFromA1(cell) } : {}) },
      ]);
      // Selecting needs no message; the workbook itself shows where the user is.
      return null;
    });
  const who = me && me.trim() !== "" ? me : null;
  return {
    ...query,
    owners: query.data ? ownersOf(query.data.portfolio) : [],
    me: who,
    setMe,
    sheets: query.data && who ? mySheets(query.data, who) : [],
    action,
    goTo,
  };
}
