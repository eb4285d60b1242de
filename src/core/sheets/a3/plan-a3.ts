/**
 * Which A3 sheets the workbook gets (spec §11) and what they show: the kommune's always; per
 * deep-dive K2 always, K3 once it has a measure that is not avbrutt, K4 once it has an adopted
 * one. A sheet once made stays (no use-case deletes a sheet); a deep-dive's A3s follow its data
 * sheet when that is renamed.
 */
import { prioritiseMeasures } from "../../prioritisation";
import type { DeepDive, Measure, Portfolio } from "../../model/portfolio.types";
import type { SheetGrid, WorkbookChange } from "../../workbook/workbook-port";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import type { OverviewTexts } from "../overview/render-overview";
import type { LogEntry } from "../shared/render-fixed";
import { cellRef } from "../shared/formulas";
import { SHEET_LOG, SHEET_SETTINGS, A3_PREFIX, a3SheetName } from "../shared/sheet-names";
import type { SheetDraft } from "../shared/sheet-draft";
import { settingsRows } from "../settings/render-settings";
import { approvalWhat, findApprovals, type ApprovalPlace } from "./approvals";
import { A3_KOMMUNE_KEY, renderA3Kommune } from "./render-a3-kommune";
import {
  hasAdopted,
  hasPrioritised,
  renderA3DeepDiveK2,
  renderA3DeepDiveK3,
  renderA3DeepDiveK4,
} from "./render-a3-deep-dive";

export type A3PlanInput = {
  portfolio: Portfolio;
  years: readonly string[];
  overview: OverviewTexts;
  slots: readonly { ref: DeepDiveRef; deepDive: DeepDive | null; measures: Measure[] }[];
  /** Sheet names in the workbook now. */
  sheets: readonly string[];
  /** Deep-dive sheets renamed by this plan. */
  renames: readonly { from: string; to: string }[];
  logGrid: SheetGrid | undefined;
  logEntries: readonly LogEntry[];
  nextLogRow: number;
};

export type A3Plan = {
  drafts: SheetDraft[];
  renames: WorkbookChange[];
  renamed: { from: string; to: string }[];
};

/** The document key an approval names: «K1» for the kommune, «K2 DD1» for a deep-dive's K2. */
export function a3Key(quarter: "K2" | "K3" | "K4", deepDiveId: string): string {
  return `${quarter} ${deepDiveId}`;
}

/** Approvals in the log, with the lines this plan appends (their rows are known: nextLogRow + i). */
function approvalsWith(input: A3PlanInput): Map<string, ApprovalPlace> {
  const approvals = findApprovals(input.logGrid);
  const first = Math.max(input.nextLogRow, 3);
  input.logEntries.forEach((entry, i) => {
    const key = /\[([^\]]+)\]\s*$/.exec(entry.what)?.[1];
    if (!entry.what.startsWith("Godkjent ") || !key) return;
    const ref = (col: number) => cellRef(first + i, col, { sheet: SHEET_LOG, abs: true });
    approvals.set(key, { at: ref(0), by: ref(1), version: ref(4) });
  });
  return approvals;
}

export function planA3Sheets(input: A3PlanInput): A3Plan {
  const approvals = approvalsWith(input);
  const organisationRef = cellRef(settingsRows().organisation as number, 1, {
    sheet: SHEET_SETTINGS,
    abs: true,
  });
  const header = (key: string) => ({ organisationRef, approval: approvals.get(key) ?? null });
  const drafts: SheetDraft[] = [
    renderA3Kommune({
      years: input.years,
      texts: input.overview,
      deepDives: input.slots.filter((s) => s.deepDive !== null),
      header: header(A3_KOMMUNE_KEY),
    }),
  ];
  // Names: existing A3 sheets are ours to reuse; others' sheets and new A3s are taken.
  const existing = new Set(input.sheets);
  const taken = input.sheets.filter((name) => !name.startsWith(A3_PREFIX));
  const renamed: { from: string; to: string }[] = [];
  const nameFor = (quarter: "K2" | "K3" | "K4", ddSheet: string): string => {
    const name = a3SheetName(quarter, ddSheet, taken);
    taken.push(name);
    const before = input.renames.find((r) => r.to === ddSheet);
    if (before && !existing.has(name)) {
      const old = a3SheetName(quarter, before.from, []);
      if (existing.has(old)) renamed.push({ from: old, to: name });
    }
    return name;
  };
  const ranking = prioritiseMeasures(input.portfolio).ranking.map((r) => r.id);
  for (const slot of input.slots) {
    const deepDive = slot.deepDive;
    if (!deepDive) continue;
    const base = { years: input.years, ref: slot.ref, deepDive, measures: slot.measures };
    const k2 = nameFor("K2", slot.ref.sheet);
    drafts.push(renderA3DeepDiveK2({ ...base, sheet: k2, header: header(a3Key("K2", deepDive.id)) }));
    const k3 = nameFor("K3", slot.ref.sheet);
    if (hasPrioritised(slot.measures) || existing.has(k3))
      drafts.push(
        renderA3DeepDiveK3({ ...base, sheet: k3, ranking, header: header(a3Key("K3", deepDive.id)) }),
      );
    const k4 = nameFor("K4", slot.ref.sheet);
    if (hasAdopted(slot.measures) || existing.has(k4))
      drafts.push(renderA3DeepDiveK4({ ...base, sheet: k4, header: header(a3Key("K4", deepDive.id)) }));
  }
  return {
    drafts,
    renamed,
    renames: renamed.map((r) => ({ kind: "renameSheet", from: r.from, to: r.to })),
  };
}

export { approvalWhat };
