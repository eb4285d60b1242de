/**
 * The pane's services inside Excel: the Office.js port, which also hears Excel's worksheet change
 * events (src/adapters/excel/change-events.ts), so the pane re-reads after people edit the sheets
 * and once after each of Gevinst's own writes. No fallback for missing APIs: the manifest asks for
 * ExcelApi 1.9, which holds every API the port uses, so Office never runs the pane in an Excel
 * without them.
 */
import {
  createExcelWorkbook,
  type ExcelEventsRun,
  type ExcelRun,
  type IsSetSupported,
} from "../adapters/excel";
import { guardedStorage } from "./guarded-storage";
import type { PaneServices } from "./services";

/** Where the services reach Excel; tests give a simulator's. */
export type ExcelHost = {
  /** `Excel.run` for the port's batches. */
  run: ExcelRun;
  /** `Excel.run` with its overloads, for the change events. */
  runForEvents: ExcelEventsRun;
  /** Requirement-set check; the adapter's default is Office's own. */
  isSetSupported?: IsSetSupported;
};

function officeExcel(): ExcelHost {
  return { run: (batch) => Excel.run(batch), runForEvents: Excel.run.bind(Excel) };
}

/** Services over the real Excel (called only once Office.onReady said Excel is there). */
export function createExcelServices(host: ExcelHost = officeExcel()): PaneServices {
  return {
    port: createExcelWorkbook(host.run, {
      events: host.runForEvents,
      ...(host.isSetSupported ? { isSetSupported: host.isSetSupported } : {}),
    }),
    now: () => new Date(),
    user: "Excel",
    storage: guardedStorage(),
  };
}
