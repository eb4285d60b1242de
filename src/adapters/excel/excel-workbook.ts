/**
 * The Office.js WorkbookPort. Each port call is one `Excel.run` (or the simulator's run in tests):
 * queue all loads, one sync; queue all changes, one sync — split only to stay under the payload
 * limit. Office errors leave as WorkbookError (errors.ts).
 */
import {
  WorkbookError,
  assertOnlyGevinstChanges,
  type ReadOptions,
  type SheetGrid,
  type WorkbookChange,
  type WorkbookPort,
} from "../../core/workbook/workbook-port";
import { detectCapabilities, officeIsSetSupported, type IsSetSupported } from "./capabilities";
import { WORKBOOK_ERROR_MESSAGES as MESSAGES } from "../../core/workbook/workbook-messages";
import {
  defaultRetry,
  officeErrorCode,
  retryInCellEditMode,
  toWorkbookError,
  type RetryOptions,
} from "./errors";
import { takeBatch } from "./plan";
import { markTextFormattedCells, type ExcelPlannedChange } from "./text-formatted";
import { preflight, type PreflightOutline } from "../../core/workbook/preflight";
import { queueUsedRanges, readOutline, toSheetGrid } from "./read";
import { readSheetsInBands } from "./read-chunked";
import { queueChange } from "./write";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type ExcelWorkbookOptions = {
  /** Requirement-set check; defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: IsSetSupported;
  retry?: Partial<RetryOptions>;
  /** Bytes one request may carry; below Excel on the web's 5 MB to leave room for overhead. */
  payloadBudgetBytes?: number;
};

/** The smallest budget worth retrying with after a refused request, in bytes. */
const MIN_BUDGET_BYTES = 16 * 1024;

const isPayloadError = (error: unknown): boolean =>
  officeErrorCode(error) === "RequestPayloadSizeLimitExceeded" ||
  officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded";

/** A WorkbookPort over Office.js; pass `Excel.run` in the add-in, a simulator's run in tests. */
export function createExcelWorkbook(
  run: ExcelRun,
  options: ExcelWorkbookOptions = {},
): WorkbookPort {
  const capabilities = detectCapabilities(options.isSetSupported ?? officeIsSetSupported);
  const retry: RetryOptions = { ...defaultRetry, ...options.retry };
  const budget = options.payloadBudgetBytes ?? 4 * 1024 * 1024;

  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toWorkbookError(error);
    }
  };

  async function readSheets(
    names: readonly string[],
    readOptions: ReadOptions = {},
  ): Promise<SheetGrid[]> {
    return call(() =>
      retryInCellEditMode(
        () =>
          run(async (context) => {
            const ranges = queueUsedRanges(context, names, readOptions);
            try {
              await context.sync();
            } catch (error) {
              if (officeErrorCode(error) === "ItemNotFound")
                await throwMissingSheet(context, names, error);
              if (isPayloadError(error))
                return readSheetsInBands(context, names, readOptions, budget);
              throw error;
            }
            return names.map((name, i) => toSheetGrid(name, ranges[i] as Excel.Range, readOptions));
          }),
        retry,
      ),
    );
  }

  async function apply(changes: readonly WorkbookChange[]): Promise<void> {
    // A change outside the Gevinst sheets is a bug: it throws as it is, before Excel is touched.
    assertOnlyGevinstChanges(changes);
    if (changes.length === 0) return;
    await call(() =>
      run(async (context) => {
        const outline = await retryInCellEditMode(() => loadPreflightOutline(context), retry);
        const planned = preflight(changes, outline, capabilities);
        const existing = new Set(outline.sheets.map((s) => s.name.toLowerCase()));
        const marked = await retryInCellEditMode(
          () => markTextFormattedCells(context, planned, existing),
          retry,
        );
        await sendInBatches(context, marked, budget, retry);
      }),
    );
  }

  return {
    capabilities,
    describe: () =>
      call(() =>
        retryInCellEditMode(
          () => run((context) => readOutline(context, () => context.sync())),
          retry,
        ),
      ),
    readSheets,
    apply,
  };
}

async function loadPreflightOutline(context: Excel.RequestContext): Promise<PreflightOutline> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name");
  await context.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, isProtected: s.protection.protected })),
    names: names.items.map((n) => n.name),
  };
}

/**
 * Sends the changes in as few requests as fit the budget (usually one). A refused request applied
 * nothing, so it is cut smaller and sent again.
 */
async function sendInBatches(
  context: Excel.RequestContext,
  planned: ExcelPlannedChange[],
  budgetBytes: number,
  retry: RetryOptions,
): Promise<void> {
  let pending = planned;
  let budget = budgetBytes;
  while (pending.length > 0) {
    const { batch, rest } = takeBatch(pending, budget);
    try {
      await retryInCellEditMode(async () => {
        for (const { change, replaceName, textCells } of batch)
          queueChange(context, change, replaceName, textCells);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budget-sized batch; most applies are one batch
        await context.sync();
      }, retry);
      pending = rest;
    } catch (error) {
      if (
        officeErrorCode(error) !== "RequestPayloadSizeLimitExceeded" ||
        budget / 2 < MIN_BUDGET_BYTES
      )
        throw error;
      budget = Math.floor(budget / 2);
    }
  }
}

/** After ItemNotFound on a read: name the sheet that is missing. */
async function throwMissingSheet(
  context: Excel.RequestContext,
  names: readonly string[],
  cause: unknown,
): Promise<never> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  const missing = names.find((n) => !present.has(n.toLowerCase())) ?? names.join(", ");
  throw new WorkbookError(
    "sheet-missing",
    `${MESSAGES["sheet-missing"]} (Fant ikke arket «${missing}».)`,
    { cause },
  );
}
