/**
 * The pane's services inside Excel: the Office.js port, and Excel's worksheet change events so
 * the pane re-reads after people edit the sheets, not after Gevinst's own writes
 * (excel-change-events.ts). No fallback for missing APIs: the manifest asks for ExcelApi 1.9,
 * which holds every API the port uses, so Office never runs the pane in an Excel without them.
 */
import { createExcelWorkbook, type ExcelRun, type IsSetSupported } from "../adapters/excel";
import { OwnWrites, subscribeToWorkbookChanges } from "./excel-change-events";
import { guardedStorage } from "./guarded-storage";
import type { PaneServices } from "./services";

type ExcelRunLike = typeof Excel.run;

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
  const own = new OwnWrites();
  const excel = createExcelWorkbook(
    host.run,
    host.isSetSupported ? { isSetSupported: host.isSetSupported } : {},
  );
  return {
    port: own.track(excel),
    subscribe: (listener) => subscribeToWorkbookChanges(host.runForEvents, listener, own),
    now: () => new Date(),
    user: "Excel",
    storage: guardedStorage(),
  };
}
