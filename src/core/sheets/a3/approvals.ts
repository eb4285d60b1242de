/**
 * Approvals of the A3 documents live in «Gevinst Logg» (append-only, so an approval cannot be
 * changed without a trace): one line per approval, «Hva» = «Godkjent <document> [<key>]», «Hvem»
 * the approver, «Etter» the version. The A3's approval line refers to the latest such line.
 */
import type { Approval } from "../../model/portfolio.types";
import type { SheetGrid } from "../../workbook/workbook-port";
import { serialToIso } from "../shared/cell-values";
import { cellRef } from "../shared/formulas";
import { valueAt } from "../shared/parse-grid";
import { SHEET_LOG } from "../shared/sheet-names";
import { LOG_HEADER_ROW } from "../log/log.layout";

/** Where an approval is in the log: absolute references to its cells. */
export type ApprovalPlace = { at: string; by: string; version: string };

/** The versions a kommune A3 is approved as (spec §11: Q1, adjusted Q3 and Q4). */
export const A3_VERSIONS = ["K1", "K3", "K4"] as const;

/** The log's «Hva» for an approval of the document `key` («K1», «K2 DD1»). */
export function approvalWhat(title: string, key: string): string {
  return `Godkjent ${title} [${key}]`;
}

const KEY = /\[([^\]]+)\]\s*$/;

/** The latest approval line per document key in the log. */
export function findApprovals(log: SheetGrid | undefined): Map<string, ApprovalPlace> {
  const found = new Map<string, ApprovalPlace>();
  if (!log) return found;
  const last = log.origin.row + log.values.length;
  for (let row = LOG_HEADER_ROW + 1; row < last; row++) {
    const what = valueAt(log, row, 2);
    if (typeof what !== "string" || !what.startsWith("Godkjent ")) continue;
    const key = KEY.exec(what)?.[1];
    if (!key) continue;
    const ref = (col: number) => cellRef(row, col, { sheet: SHEET_LOG, abs: true });
    found.set(key, { at: ref(0), by: ref(1), version: ref(4) });
  }
  return found;
}

/** The approvals in the log as the model has them (spec §11 `approvals`), oldest first. */
export function readApprovals(log: SheetGrid | undefined): Approval[] {
  const approvals: Approval[] = [];
  if (!log) return approvals;
  const last = log.origin.row + log.values.length;
  for (let row = LOG_HEADER_ROW + 1; row < last; row++) {
    const what = valueAt(log, row, 2);
    if (typeof what !== "string" || !what.startsWith("Godkjent ")) continue;
    const key = KEY.exec(what)?.[1];
    const at = valueAt(log, row, 0);
    if (!key) continue;
    approvals.push({
      document: key,
      version: String(valueAt(log, row, 4) ?? ""),
      by: String(valueAt(log, row, 1) ?? ""),
      date: typeof at === "number" ? serialToIso(at) : String(at ?? ""),
    });
  }
  return approvals;
}
