/**
 * The pane's services inside Excel: the Office.js port, and Excel's worksheet change events so
 * the pane re-reads after people edit the sheets (ExcelApi 1.9, Gevinst's floor). The port leaves
 * out what this Excel cannot do (drop-down lists, conditional formats, page layout, protection)
 * and the pane explains each missing feature once.
 */
import { createExcelWorkbook, type ExcelRun, type IsSetSupported } from "../adapters/excel";
import { capabilityAwarePort } from "../app/capability-port";
import { createHostNotices } from "./host-notices";
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

/** Where the services reach Excel; tests give a simulator's. */
export type ExcelHost = {
  /** `Excel.run` for the port's batches. */
  run: ExcelRun;
  /** `Excel.run` with its overloads, for the change events. */
  runForEvents: ExcelRunLike;
  /** Requirement-set check; the adapter's default is Office's own. */
  isSetSupported?: IsSetSupported;
};

function officeExcel(): ExcelHost {
  return { run: (batch) => Excel.run(batch), runForEvents: Excel.run.bind(Excel) };
}

/** Services over the real Excel (called only once Office.onReady said Excel is there). */
export function createExcelServices(host: ExcelHost = officeExcel()): PaneServices {
  const notices = createHostNotices();
  const excel = createExcelWorkbook(
    host.run,
    host.isSetSupported ? { isSetSupported: host.isSetSupported } : {},
  );
  return {
    port: capabilityAwarePort(excel, notices.publish),
    subscribe: (listener) => subscribeToExcel(host.runForEvents, listener),
    now: () => new Date(),
    user: "Excel",
    storage: window.localStorage,
    notices,
  };
}
