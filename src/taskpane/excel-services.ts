/**
 * The pane's services inside Excel: the Office.js port, and Excel's worksheet change events so
 * the pane re-reads after people edit the sheets (ExcelApi 1.9, Gevinst's floor).
 */
import { createExcelWorkbook } from "../adapters/excel";
import type { PaneServices } from "./services";

type ExcelRunLike = typeof Excel.run;

/** Subscribes to `worksheets.onChanged` for the whole workbook. Returns unsubscribe. */
function subscribeToExcel(run: ExcelRunLike, listener: () => void): () => void {
  let registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> | null =
    null;
  let cancelled = false;
  void run(async (context) => {
    registration = context.workbook.worksheets.onChanged.add(() => {
      listener();
      return Promise.resolve();
    });
    await context.sync();
    if (cancelled) await removeSafe(run, registration);
  }).catch(() => {
    // Why swallowed: without change events the pane still re-reads after its own actions and
    // on «Oppdater»; a missing event source must not stop the pane from starting.
  });
  return () => {
    cancelled = true;
    if (registration) void removeSafe(run, registration);
  };
}

async function removeSafe(
  run: ExcelRunLike,
  registration: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>,
): Promise<void> {
  try {
    await run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  } catch {
    // Why swallowed: the pane is closing; a handler Excel already dropped needs no removal.
  }
}

/** Services over the real Excel (called only once Office.onReady said Excel is there). */
export function createExcelServices(): PaneServices {
  const run: ExcelRunLike = Excel.run.bind(Excel);
  return {
    port: createExcelWorkbook((batch) => Excel.run(batch)),
    subscribe: (listener) => subscribeToExcel(run, listener),
    now: () => new Date(),
    user: "Excel",
    storage: window.localStorage,
  };
}
