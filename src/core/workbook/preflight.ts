/**
 * Checks a list of changes against the workbook before anything is written, because Excel does
 * not roll back: when one operation in a request fails, the ones before it stay applied. So a
 * missing or protected sheet, a clashing or invalid sheet name is refused here, with nothing done.
 */
import { WorkbookError, type WorkbookCapabilities, type WorkbookChange } from "./workbook-port";
import { sheetNameProblem } from "./sheet-name";
import type { MessageRef } from "../model/issue.types";

/** A change that passed the preflight; `replaceName` when it redefines an existing name. */
export type PlannedChange = { change: WorkbookChange; replaceName: boolean };

export type PreflightOutline = {
  sheets: { name: string; isProtected: boolean }[];
  names: string[];
};

/** Why Excel would refuse this new sheet name, or null (core's rules plus Excel's reserved name). */
function newSheetNameProblem(name: string): MessageRef | null {
  if (name.toLowerCase() === "history") return { key: "SHEET_NAME_RESERVED", params: { name } };
  return sheetNameProblem(name);
}

function needsApi(change: WorkbookChange, capabilities: WorkbookCapabilities): boolean {
  switch (change.kind) {
    case "setListValidation":
      return !capabilities.dataValidation;
    case "addConditionalFill":
      return !capabilities.conditionalFormats;
    case "setPageLayout":
      return !capabilities.pageLayout;
    case "protectSheet":
    case "unprotectSheet":
      return !capabilities.protection;
    case "setVisibility":
      return change.visibility === "veryHidden" && !capabilities.veryHidden;
    default:
      return false;
  }
}

/** @throws WorkbookError (sheet-missing, sheet-protected, invalid-argument, api-unsupported). */
export function preflight(
  changes: readonly WorkbookChange[],
  outline: PreflightOutline,
  capabilities: WorkbookCapabilities,
): PlannedChange[] {
  const sheets = new Map(outline.sheets.map((s) => [s.name.toLowerCase(), { ...s }]));
  const names = new Set(outline.names.map((n) => n.toLowerCase()));
  const fail = (
    reason: "sheet-missing" | "sheet-protected" | "invalid-argument" | "api-unsupported",
    key: string,
    params: MessageRef["params"],
  ): never => {
    throw new WorkbookError(reason, { key, params });
  };
  const need = (name: string): { name: string; isProtected: boolean } =>
    sheets.get(name.toLowerCase()) ??
    fail("sheet-missing", "SHEET_NOT_FOUND_NAMED", { sheet: name });
  const claim = (name: string): void => {
    const problem = newSheetNameProblem(name);
    if (problem) fail("invalid-argument", problem.key, problem.params);
    if (sheets.has(name.toLowerCase())) fail("invalid-argument", "SHEET_NAME_TAKEN", { name });
  };

  return changes.map((change) => {
    if (needsApi(change, capabilities))
      fail("api-unsupported", "API_MISSING_FOR", { change: change.kind });
    let replaceName = false;
    switch (change.kind) {
      case "addSheet":
        claim(change.name);
        sheets.set(change.name.toLowerCase(), { name: change.name, isProtected: false });
        break;
      case "renameSheet": {
        const sheet = need(change.from);
        sheets.delete(change.from.toLowerCase());
        claim(change.to);
        sheets.set(change.to.toLowerCase(), { ...sheet, name: change.to });
        break;
      }
      case "deleteSheet":
        need(change.name);
        sheets.delete(change.name.toLowerCase());
        break;
      case "defineName":
        replaceName = names.has(change.name.toLowerCase());
        names.add(change.name.toLowerCase());
        break;
      case "protectSheet":
        need(change.sheet).isProtected = true;
        break;
      case "unprotectSheet":
        need(change.sheet).isProtected = false;
        break;
      case "setVisibility":
      case "activate":
        need(change.sheet);
        break;
      default:
        if (need(change.sheet).isProtected) {
          fail("sheet-protected", "SHEET_PROTECTED_NAMED", { sheet: change.sheet });
        }
    }
    return { change, replaceName };
  });
}
