/**
 * Excel's change events behind the port's `watch` (excel-workbook.ts): people's edits reach the
 * app, Gevinst's own writes do not come back as events — the port tells its watchers about those
 * itself, once per `apply`. Excel raises `onChanged` for the add-in's own writes too; re-reading
 * after each of those events as well would double every action's reads, may write again, and
 * collides with cell-edit mode while someone types down a column. So: an event Excel marks as ours
 * (`triggerSource` "ThisLocalAddin", ExcelApi 1.14) is ignored; on an older Excel, so is every
 * event while Gevinst is writing and shortly after; the rest are gathered for a moment (typing
 * raises one per cell) and become one call. Sheets added, deleted or renamed count as changes too.
 */
/** `Excel.run` with its overloads: removing handlers needs the context they were added in. */
export type ExcelEventsRun = typeof Excel.run;
type Registration = OfficeExtension.EventHandlerResult<unknown>;

/** How long after Gevinst's own write an event without `triggerSource` is still taken as ours, in ms. */
export const OWN_WRITE_GRACE_MS = 1500;
/** Events within this many ms become one re-read. */
export const SETTLE_MS = 400;

/** Knows when Gevinst is writing: the port runs each `apply` through `track`. */
export class OwnWrites {
  private running = 0;
  private lastEnd = Number.NEGATIVE_INFINITY;
  constructor(
    private readonly graceMs = OWN_WRITE_GRACE_MS,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Runs `write`, recorded as Gevinst's own write while it runs and for the grace after. */
  async track<T>(write: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await write();
    } finally {
      this.running--;
      this.lastEnd = this.now();
    }
  }

  /** Whether an event arriving now may come from Gevinst's own write. */
  get recent(): boolean {
    return this.running > 0 || this.now() - this.lastEnd < this.graceMs;
  }
}

type ChangeArgs = { triggerSource?: string };

/** Subscribes to the workbook's change and sheet events, others' only. Returns unsubscribe. */
export function subscribeToWorkbookChanges(
  run: ExcelEventsRun,
  listener: () => void,
  own: OwnWrites,
  settleMs = SETTLE_MS,
): () => void {
  let registrations: Registration[] = [];
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const onEvent = (args: object): Promise<void> => {
    const { triggerSource } = args as ChangeArgs;
    if (triggerSource === "ThisLocalAddin") return Promise.resolve();
    if (triggerSource === undefined && own.recent) return Promise.resolve();
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (!cancelled) listener();
    }, settleMs);
    return Promise.resolve();
  };
  void run(async (context) => {
    const sheets = context.workbook.worksheets;
    registrations = [
      sheets.onChanged.add(onEvent),
      sheets.onAdded.add(onEvent),
      sheets.onDeleted.add(onEvent),
    ] as Registration[];
    // Renaming a sheet raises onNameChanged (ExcelApi 1.17); an older Excel lacks it.
    if (sheets.onNameChanged) registrations.push(sheets.onNameChanged.add(onEvent) as Registration);
    await context.sync();
    if (cancelled) await removeAll(run, registrations);
  }).catch(() => {
    // Why swallowed: without Excel's events the port still tells its watchers after each of
    // Gevinst's own writes (excel-workbook.ts), and the pane re-reads on «Oppdater»; only other
    // people's edits go unheard. A missing event source must not stop the pane from starting.
  });
  return () => {
    cancelled = true;
    if (timer) clearTimeout(timer);
    if (registrations.length > 0) void removeAll(run, registrations);
  };
}

async function removeAll(run: ExcelEventsRun, registrations: Registration[]): Promise<void> {
  const first = registrations[0];
  if (!first) return;
  try {
    await run(first.context, async (context) => {
      for (const registration of registrations) registration.remove();
      await context.sync();
    });
  } catch {
    // Why swallowed: the pane is closing; a handler Excel already dropped needs no removal.
  }
}
