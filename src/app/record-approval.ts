/**
 * «Godkjent»: the finance director or the kommunedirektør approves. Name and time go to the log
 * sheet as one line, always; formulas already up to date are not rewritten. The only use-cases
 * that write a log line on their own, without changing the portfolio.
 * - `recordApproval`: the budget proposal as a whole.
 * - `approveA3`: one A3 document (spec §11), in the version the approver chooses; its approval
 *   line (who, when, version) then refers to this log line. A unit's A3 is drawn from the budget,
 *   so approving one reads the budget too (without it the unit's sheet would stay as it was).
 */
import { dateToSerial } from "../core/sheets/shared/cell-values";
import { planGevinstWorkbook } from "../core/sheets/plan-workbook";
import { approvalWhat } from "../core/sheets/a3/approvals";
import { a3Documents, type A3Document } from "../core/sheets/a3/a3-documents";
import { parseA3Units } from "../core/sheets/a3/render-a3-unit";
import { a3UnitsCell } from "../core/sheets/settings/parse-settings";
import { SHEET_SETTINGS } from "../core/sheets/shared/sheet-names";
import type { LogEntry } from "../core/sheets/log/render-log";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { EditError, required } from "./edit-portfolio";
import { readGevinstWorkbook, type GevinstWorkbook } from "./gevinst-sheets-io";
import { readWorkbookWithBudget } from "./read-with-budget";
import { resultOf, type ActionContext, type SheetsResult } from "./set-up-sheets";

/** The log's «Hva» for an approval, followed by the budget year (the review finds it by this). */
export const APPROVAL_WHAT = "Godkjent budsjettforslag";

export type ApprovalInput = ActionContext & {
  /** Who approves (the log's user); required. */
  approver: string;
  budgetYear: number;
  /** What was approved, in a line (the log's «after»). */
  summary: string;
};

/** Who may approve an A3 (spec §11). */
export const APPROVER_ROLES = {
  okonomisjef: "økonomisjef",
  kommunedirektor: "kommunedirektør",
} as const;
export type ApproverRole = keyof typeof APPROVER_ROLES;

export type A3ApprovalInput = ActionContext & {
  approver: string;
  role: ApproverRole;
  /** The document's key (`A3Document.key`). */
  document: string;
  /** One of the document's versions; required, never guessed. */
  version: string;
};

/** @param withBudget read the budget too, so the unit A3s are drawn (their approval line). */
async function appendLog(
  port: WorkbookPort,
  entry: LogEntry,
  withBudget = false,
): Promise<SheetsResult> {
  const { workbook, budget } = withBudget
    ? await readWorkbookWithBudget(port)
    : { workbook: await readGevinstWorkbook(port), budget: undefined };
  if (workbook.state.grids.length === 0) throw new EditError("EDIT_NO_SHEETS");
  const plan = planGevinstWorkbook({
    portfolio: workbook.read.portfolio,
    overview: workbook.read.overview,
    mapping: workbook.storedMapping,
    state: workbook.state,
    scope: new Set(),
    log: [entry],
    ...(budget ? { budget } : {}),
  });
  await port.apply(plan.changes);
  return resultOf(plan);
}

/**
 * Records the approval of the budget proposal in `Gevinst Logg`.
 * @throws EditError without a name or without Gevinst sheets; WorkbookError from the host.
 */
export async function recordApproval(
  port: WorkbookPort,
  options: ApprovalInput,
): Promise<SheetsResult> {
  const approver = required(options.approver, "approver");
  return appendLog(port, {
    at: dateToSerial(options.now),
    user: approver,
    what: `${APPROVAL_WHAT} ${options.budgetYear}`,
    before: "",
    after: options.summary,
  });
}

function documentsOf(workbook: GevinstWorkbook): A3Document[] {
  if (workbook.state.grids.length === 0) return [];
  const settings = workbook.state.grids.find((g) => g.name === SHEET_SETTINGS);
  return a3Documents(workbook.read.portfolio, parseA3Units(a3UnitsCell(settings)));
}

/** The A3 documents of the workbook's portfolio and its units, for the pane's list. */
export async function listA3Documents(port: WorkbookPort): Promise<A3Document[]> {
  return documentsOf(await readGevinstWorkbook(port));
}

/**
 * Approves one A3: a log line «Godkjent <title> [<key>]» by «<name> (<role>)» with the version;
 * the A3's header then shows it.
 * @throws EditError without a name, for an unknown document or a version it does not have.
 */
export async function approveA3(
  port: WorkbookPort,
  options: A3ApprovalInput,
): Promise<SheetsResult> {
  const approver = required(options.approver, "approver");
  const role = APPROVER_ROLES[options.role];
  if (!role) throw new EditError("EDIT_APPROVER_ROLE");
  const documents = await listA3Documents(port);
  const document = documents.find((d) => d.key === options.document);
  if (!document) throw new EditError("EDIT_DOCUMENT_NOT_FOUND", { document: options.document });
  if (!document.versions.includes(options.version))
    throw new EditError("EDIT_DOCUMENT_VERSION", {
      title: document.title,
      versions: document.versions.join(", "),
    });
  return appendLog(
    port,
    {
      at: dateToSerial(options.now),
      user: `${approver} (${role})`,
      what: approvalWhat(document.title, document.key),
      before: "",
      after: options.version,
    },
    document.unit !== undefined,
  );
}
