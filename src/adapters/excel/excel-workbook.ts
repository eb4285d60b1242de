/**
 * The Office.js WorkbookPort. Each port call is one `Excel.run` (or the simulator's run in tests):
 * queue all loads, one sync; queue all changes, one sync — split only to stay under the payload
 * limit. Office errors leave as WorkbookError (errors.ts). `watch` hears Gevinst's own writes from
 * `apply` and other people's from Excel's events (change-events.ts).
 */
import {
  WorkbookError,
  assertOnlyGevinstChanges,
  type ReadOptions,
  type SheetGrid,
  type WorkbookChange,
  type WorkbookChangeSource,
  type WorkbookPort,
  type WorkbookWatcher,
} from "../../core/workbook/workbook-port";
import {
  OWN_WRITE_GRACE_MS,
  OwnWrites,
  subscribeToWorkbookChanges,
  type ExcelEventsRun,
} from "./change-events";
import { detectCapabilities, officeIsSetSupported, type IsSetSupported } from "./capabilities";
import {
  isTooBigToRead,
  defaultRetry,
  officeErrorCode,
  retryInCellEditMode,
  toWorkbookError,
  type RetryOptions,
} from "./errors";
import { takeBatch } from "./plan";
import { markTextFormattedCells, type ExcelPlannedChange } from "./text-formatted";
import {
  preflight,
  type PlannedChange,
  type PreflightOutline,
} from "../../core/workbook/preflight";
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
  /**
   * `Excel.run` for the worksheet events, so `watch` hears other people's edits too; without it
   * `watch` hears only Gevinst's own writes.
   */
  events?: ExcelEventsRun;
  /** Settling time for others' events, in ms (change-events.ts). */
  settleMs?: number;
  /** How long after an own write an unmarked event is still taken as ours, in ms. */
  ownWriteGraceMs?: number;
};

/** The smallest budget worth retrying with after a refused request, in bytes. */
const MIN_BUDGET_BYTES = 16 * 1024;

/**
 * Bytes one request may carry by default. Excel on the web refuses requests over 5 MB (5 × 10⁶ or
 * 5 × 2²⁰ — Microsoft does not say, so we take the smaller). The planner's estimate is never below
 * the real body and within a few per cent of it (test/adapters/excel/office-runtime.test.ts), so
 * 4.8 × 10⁶ keeps 4 % for the estimate's error and the message around the body.
 */
export const DEFAULT_PAYLOAD_BUDGET_BYTES = 4_800_000;

/**
 * A request this big that fails with `GeneralException` is taken as refused for its size: Excel on
 * the web may answer an oversize request that way instead of with RequestPayloadSizeLimitExceeded
 * (issue 14). Smaller requests that fail are real failures.
 */
const LARGE_REQUEST_BYTES = 1024 * 1024;

/** Whether a failed write request of about `bytes` was refused for its size. */
const isRefusedForSize = (error: unknown, bytes: number): boolean =>
  officeErrorCode(error) === "RequestPayloadSizeLimitExceeded" ||
  (officeErrorCode(error) === "GeneralException" && bytes >= LARGE_REQUEST_BYTES);

/** A WorkbookPort over Office.js; pass `Excel.run` in the add-in, a simulator's run in tests. */
export function createExcelWorkbook(
  run: ExcelRun,
  options: ExcelWorkbookOptions = {},
): WorkbookPort {
  const capabilities = detectCapabilities(options.isSetSupported ?? officeIsSetSupported);
  const retry: RetryOptions = { ...defaultRetry, ...options.retry };
  const budget = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET_BYTES;
  const own = new OwnWrites(options.ownWriteGraceMs ?? OWN_WRITE_GRACE_MS);
  const watchers = createWatchers(own, options.events, options.settleMs);

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
              if (isTooBigToRead(error))
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
    try {
      await own.track(() => write(changes));
    } finally {
      watchers.tell("own");
    }
  }

  async function write(changes: readonly WorkbookChange[]): Promise<void> {
    await call(() =>
      run(async (context) => {
        const outline = await retryInCellEditMode(() => loadPreflightOutline(context), retry);
        const planned = withoutRepeatedProtect(preflight(changes, outline, capabilities), outline);
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
    watch: watchers.watch,
  };
}

/**
 * The port's watchers. Excel's events are registered once, while anyone watches, and removed when
 * the last watcher leaves (the pane's views come and go).
 */
function createWatchers(
  own: OwnWrites,
  events: ExcelEventsRun | undefined,
  settleMs: number | undefined,
): { tell(source: WorkbookChangeSource): void; watch(listener: WorkbookWatcher): () => void } {
  const listeners = new Set<WorkbookWatcher>();
  let stopEvents: (() => void) | null = null;
  const tell = (source: WorkbookChangeSource): void => {
    for (const listener of [...listeners]) listener(source);
  };
  return {
    tell,
    watch(listener) {
      listeners.add(listener);
      if (events && !stopEvents)
        stopEvents = subscribeToWorkbookChanges(events, () => tell("others"), own, settleMs);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stopEvents) {
          stopEvents();
          stopEvents = null;
        }
      };
    },
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
 * The planned changes without a `protectSheet` for a sheet that is protected at that point: Excel
 * refuses to protect a protected sheet (the simulator does too), and the sheet is already as wanted.
 */
function withoutRepeatedProtect(
  planned: PlannedChange[],
  outline: PreflightOutline,
): PlannedChange[] {
  const protectedNow = new Set(
    outline.sheets.filter((s) => s.isProtected).map((s) => s.name.toLowerCase()),
  );
  return planned.filter(({ change }) => {
    switch (change.kind) {
      case "protectSheet": {
        const sheet = change.sheet.toLowerCase();
        if (protectedNow.has(sheet)) return false;
        protectedNow.add(sheet);
        return true;
      }
      case "unprotectSheet":
        protectedNow.delete(change.sheet.toLowerCase());
        return true;
      case "renameSheet":
        if (protectedNow.delete(change.from.toLowerCase()))
          protectedNow.add(change.to.toLowerCase());
        return true;
      case "deleteSheet":
        protectedNow.delete(change.name.toLowerCase());
        return true;
      default:
        return true;
    }
  });
}

/**
 * Sends the changes in as few requests as fit the budget (usually one). A request refused for its
 * size applied nothing, so it is cut smaller and sent again. When a later request fails after
 * earlier ones were written, the error says so: the user must know the sheets are half updated.
 */
async function sendInBatches(
  context: Excel.RequestContext,
  planned: ExcelPlannedChange[],
  budgetBytes: number,
  retry: RetryOptions,
): Promise<void> {
  let pending = planned;
  let budget = budgetBytes;
  let sent = 0;
  while (pending.length > 0) {
    const { batch, rest, bytes } = takeBatch(pending, budget);
    try {
      await retryInCellEditMode(async () => {
        for (const { change, replaceName, textCells } of batch)
          queueChange(context, change, replaceName, textCells);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budget-sized batch; most applies are one batch
        await context.sync();
      }, retry);
      pending = rest;
      sent++;
    } catch (error) {
      if (isRefusedForSize(error, bytes) && budget / 2 >= MIN_BUDGET_BYTES) {
        budget = Math.floor(Math.min(budget, bytes) / 2);
        continue;
      }
      if (sent === 0) throw error;
      const mapped = toWorkbookError(error);
      throw new WorkbookError(mapped.reason, mapped.detail, { cause: error, partlyWritten: true });
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
    { key: "SHEET_NOT_FOUND_NAMED", params: { sheet: missing } },
    { cause },
  );
}
