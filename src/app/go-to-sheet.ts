/**
 * «Gå til»: brings a sheet (and a cell on it) into view — the jumps from «Mine ark» and the
 * årshjul. It selects and changes no content; the port still reports it as Gevinst's own write.
 */
import { rangeFromA1 } from "../core/workbook/address";
import type { WorkbookPort } from "../core/workbook/workbook-port";

/** Shows `sheet`, with `cell` (A1, e.g. "D12") selected when given. */
export async function goToSheet(port: WorkbookPort, sheet: string, cell?: string): Promise<void> {
  await port.apply([{ kind: "activate", sheet, ...(cell ? { select: rangeFromA1(cell) } : {}) }]);
}
