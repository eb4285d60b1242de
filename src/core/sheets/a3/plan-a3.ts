/**
 * Which A3 sheets the workbook gets (spec §11) and what they show: the kommune's always; per
 * deep-dive K2 always, K3 once it has a measure that is not avbrutt, K4 once it has an adopted
 * one. A sheet once made stays (no use-case deletes a sheet); a deep-dive's A3s follow its data
 * sheet when that is renamed.
 */
import { prioritiseMeasures } from "../../prioritisation";
import type { DeepDive, Measure, Portfolio } from "../../model/portfolio.types";
import type { SheetGrid } from "../../workbook/workbook-port";
import type { DeepDiveRef } from "../deep-dive/deep-dive-ref";
import type { OverviewTexts } from "../overview/render-overview";
import type { LogEntry } from "../log/render-log";
import { cellRef } from "../shared/formulas";
import {
  A3_PREFIX,
  SHEET_A3_KOMMUNE,
  SHEET_BUDGET_LINKS,
  SHEET_LOG,
  SHEET_OVERVIEW,
  SHEET_SETTINGS,
  SHEET_SUMMARY,
  a3SheetName,
} from "../shared/sheet-names";
import { LOG_HEADER_ROW } from "../log/log.layout";
import type { DocumentSheets } from "../annual-cycle/render-annual-cycle";
import type { SheetDraft } from "../shared/sheet-draft";
import { settingsRows } from "../settings/render-settings";
import { findApprovals, type ApprovalPlace } from "./approvals";
import type { BudgetLine, BudgetSource } from "../../budget/budget.types";
import type { SheetDimensions } from "../shared/layout.types";
import { a3UnitSheetName } from "../shared/sheet-names";
import { a3UnitKey, renderA3Unit, unitLines, unitMeasures, type A3Unit } from "./render-a3-unit";
import { A3_KOMMUNE_KEY, renderA3Kommune } from "./render-a3-kommune";
import type { RammerLayout } from "../rammer/render-rammer";
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
  /** «Gevinst Rammer»'s layout when the workbook has it (spec §13): the kommune A3 shows its gaps. */
  rammer?: RammerLayout;
  /**
   * The units typed on the settings sheet and the budget to draw their A3s from (spec §11,
   * optional). Without the budget's lines no unit A3 is drawn, and one drawn before stays as is.
   */
  units?: {
    units: readonly A3Unit[];
    lines: readonly BudgetLine[];
    sources: readonly BudgetSource[];
    budgetLinkRows: number;
    /** The optional key dimensions «Gevinst Budsjettkobling» has columns for. */
    dimensions?: SheetDimensions;
  };
};

export type A3LogInput = {
  logGrid: SheetGrid | undefined;
  logEntries: readonly LogEntry[];
  nextLogRow: number;
};

type Quarter = "K2" | "K3" | "K4";

/** How a unit A3's sheet name begins (a3UnitSheetName): «Gevinst A3 Enhet », «… Tjeneste ». */
const UNIT_SHEET_PREFIXES = [`${A3_PREFIX}Enhet `, `${A3_PREFIX}Tjeneste `] as const;

/** Which A3 sheets there are, under which names; the renames that follow a deep-dive's. */
export type A3Sheets = {
  perSlot: Partial<Record<Quarter, string>>[];
  renamed: { from: string; to: string }[];
  /** One sheet per unit A3 drawn in this plan, in the order of the units. */
  units: { unit: A3Unit; sheet: string }[];
};

/** The document key an approval names: «K1» for the kommune, «K2 DD1» for a deep-dive's K2. */
function a3Key(quarter: Quarter, deepDiveId: string): string {
  return `${quarter} ${deepDiveId}`;
}

/** Approvals in the log, with the lines this plan appends (their rows are known: nextLogRow + i). */
function approvalsWith(log: A3LogInput): Map<string, ApprovalPlace> {
  const approvals = findApprovals(log.logGrid);
  const first = Math.max(log.nextLogRow, LOG_HEADER_ROW + 1);
  log.logEntries.forEach((entry, i) => {
    const key = /\[([^\]]+)\]\s*$/.exec(entry.what)?.[1];
    if (!entry.what.startsWith("Godkjent ") || !key) return;
    const ref = (col: number) => cellRef(first + i, col, { sheet: SHEET_LOG, abs: true });
    approvals.set(key, { at: ref(0), by: ref(1), version: ref(4) });
  });
  return approvals;
}

/**
 * Names the A3 sheets: K2 for every deep-dive, K3 once it has a measure that is not avbrutt,
 * K4 once it has an adopted one, and any that exist already. Existing A3 sheets are Gevinst's
 * to reuse; others' sheets and the new A3s are taken.
 */
export function assignA3Sheets(input: A3PlanInput): A3Sheets {
  const existing = new Set(input.sheets);
  const taken = input.sheets.filter((name) => !name.startsWith(A3_PREFIX));
  const renamed: { from: string; to: string }[] = [];
  const nameFor = (quarter: Quarter, ddSheet: string): string => {
    const name = a3SheetName(quarter, ddSheet, taken);
    taken.push(name);
    const before = input.renames.find((r) => r.to === ddSheet);
    if (before && !existing.has(name)) {
      const old = a3SheetName(quarter, before.from, []);
      if (existing.has(old)) renamed.push({ from: old, to: name });
    }
    return name;
  };
  const perSlot = input.slots.map((slot) => {
    const names: Partial<Record<Quarter, string>> = {};
    if (!slot.deepDive) return names;
    names.K2 = nameFor("K2", slot.ref.sheet);
    const k3 = nameFor("K3", slot.ref.sheet);
    const wasK3 = existing.has(k3) || renamed.some((r) => r.to === k3);
    if (hasPrioritised(slot.measures) || wasK3) names.K3 = k3;
    const k4 = nameFor("K4", slot.ref.sheet);
    const wasK4 = existing.has(k4) || renamed.some((r) => r.to === k4);
    if (hasAdopted(slot.measures) || wasK4) names.K4 = k4;
    return names;
  });
  const units = (input.units?.units ?? []).map((unit) => {
    const sheet = a3UnitSheetName(unit, taken);
    taken.push(sheet);
    return { unit, sheet };
  });
  return { perSlot, renamed, units };
}

/** Where the årshjul links each kind of document: the first sheet of its kind, and how many more. */
export function documentSheets(input: A3PlanInput, a3: A3Sheets): DocumentSheets {
  const first = (names: string[]) =>
    names[0] === undefined ? undefined : { sheet: names[0], more: names.length - 1 };
  const of = (q: Quarter) => a3.perSlot.flatMap((names) => (names[q] ? [names[q]] : []));
  const deepDives = input.slots.filter((s) => s.deepDive).map((s) => s.ref.sheet);
  const documents: DocumentSheets = {
    a3Kommune: { sheet: SHEET_A3_KOMMUNE, more: 0 },
    overview: { sheet: SHEET_OVERVIEW, more: 0 },
    summary: { sheet: SHEET_SUMMARY, more: 0 },
    budgetLinks: { sheet: SHEET_BUDGET_LINKS, more: 0 },
  };
  const places = {
    deepDive: first(deepDives),
    a3K2: first(of("K2")),
    a3K3: first(of("K3")),
    a3K4: first(of("K4")),
  };
  for (const [key, place] of Object.entries(places))
    if (place) documents[key as keyof typeof places] = place;
  // The unit A3s drawn now, then any drawn before (without the budget none is drawn, and a sheet
  // once made stays): the årshjul links each under Q4.
  const units = a3.units.map((u) => u.sheet);
  for (const name of input.sheets)
    if (UNIT_SHEET_PREFIXES.some((p) => name.startsWith(p)) && !units.includes(name))
      units.push(name);
  if (units.length > 0) documents.units = units;
  return documents;
}

/** The A3 drafts, each header showing the latest approval in the log (the new lines included). */
export function renderA3Sheets(input: A3PlanInput, a3: A3Sheets, log: A3LogInput): SheetDraft[] {
  const approvals = approvalsWith(log);
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
      ...(input.rammer ? { rammer: input.rammer } : {}),
    }),
  ];
  const ranking = prioritiseMeasures(input.portfolio).ranking.map((r) => r.id);
  input.slots.forEach((slot, i) => {
    const deepDive = slot.deepDive;
    const names = a3.perSlot[i] ?? {};
    if (!deepDive) return;
    const base = { years: input.years, ref: slot.ref, deepDive, measures: slot.measures };
    const key = (q: Quarter) => header(a3Key(q, deepDive.id));
    if (names.K2) drafts.push(renderA3DeepDiveK2({ ...base, sheet: names.K2, header: key("K2") }));
    if (names.K3)
      drafts.push(renderA3DeepDiveK3({ ...base, sheet: names.K3, ranking, header: key("K3") }));
    if (names.K4) drafts.push(renderA3DeepDiveK4({ ...base, sheet: names.K4, header: key("K4") }));
  });
  const budget = input.units;
  if (budget) {
    // Each measure's deep-dive sheet and its row in «Tiltak» (the order it is written in).
    const placed = input.slots.flatMap((slot) =>
      slot.measures.map((measure, index) => ({ measure, ref: slot.ref, index })),
    );
    for (const { unit, sheet } of a3.units) {
      const lines = unitLines(budget.lines, unit);
      const adopted = new Set(unitMeasures(input.portfolio.measures, unit).map((m) => m.id));
      drafts.push(
        renderA3Unit({
          sheet,
          years: input.years,
          unit,
          name: lines.find((l) => l.names[unit.dimension])?.names[unit.dimension] ?? "",
          lines,
          sources: budget.sources,
          budgetLinkRows: budget.budgetLinkRows,
          ...(budget.dimensions ? { dimensions: budget.dimensions } : {}),
          measures: placed.filter((p) => adopted.has(p.measure.id)),
          header: header(a3UnitKey(unit)),
        }),
      );
    }
  }
  return drafts;
}
