/**
 * The demo's workbook session: the MemoryWorkbook the sheet viewer shows and the task pane works on,
 * the active sheet and selection (the port's `activate` changes move them, as in Excel), and
 * replacing the whole workbook when the user opens an .xlsx file.
 */
import type { Evaluator, MemoryWorkbook } from "../adapters/memory";
import type { RangeRef } from "../core/workbook/address";
import type {
  ReadOptions,
  WorkbookChange,
  WorkbookChangeSource,
  WorkbookPort,
  WorkbookWatcher,
} from "../core/workbook/workbook-port";

export type Selection = { sheet: string; row: number; col: number };

export class DemoSession {
  private current: MemoryWorkbook;
  private readonly listeners = new Set<() => void>();
  private readonly watchers = new Set<WorkbookWatcher>();
  private unsubscribe: () => void = () => undefined;
  /** Bumped on every change, for React's useSyncExternalStore. */
  version = 0;
  /**
   * True once the workbook has been edited since it was loaded: replacing it then loses work, so
   * the workbench asks first («Eksempel med tiltak», «Eksempelbudsjettet», «Åpne .xlsx»).
   */
  edited = false;
  selection: Selection;
  /** The port the task pane gets: always the current workbook. */
  readonly port: WorkbookPort;

  constructor(
    workbook: MemoryWorkbook,
    private readonly evaluator: Evaluator | null,
  ) {
    this.current = workbook;
    this.selection = { sheet: workbook.sheets[0]?.name ?? "", row: 0, col: 0 };
    this.attach();
    this.port = new SessionPort(this);
  }

  get workbook(): MemoryWorkbook {
    return this.current;
  }

  /** Replaces the workbook (an opened .xlsx); the pane hears it as someone else's change. */
  replace(workbook: MemoryWorkbook): void {
    this.unsubscribe();
    this.current = workbook;
    this.selection = { sheet: workbook.sheets[0]?.name ?? "", row: 0, col: 0 };
    this.attach();
    this.notifyCells("others");
    this.edited = false;
  }

  /** After the demo itself has built the workbook (the sample): nothing of the user's to lose. */
  markUnedited(): void {
    this.edited = false;
    this.bump();
  }

  /**
   * The Gevinst sheets a replacement would lose, as the user sees them in the sheet tabs (the
   * budget sheets come back from the sample). The hidden ones (`Gevinst_Config`, very hidden)
   * are named by no tab, so the dialog does not name them either.
   */
  gevinstSheets(): string[] {
    return this.current.sheets
      .filter((s) => s.visibility === "visible" && /^gevinst/i.test(s.name))
      .map((s) => s.name);
  }

  select(selection: Selection): void {
    this.selection = selection;
    this.bump();
  }

  activate(sheet: string, select?: RangeRef): void {
    const name = this.current.sheet(sheet)?.name ?? sheet;
    this.selection = { sheet: name, row: select?.row ?? 0, col: select?.col ?? 0 };
    this.bump();
  }

  /** Everything the viewer shows (cells, sheets, selection). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Cell and sheet changes only, whoever made them, across workbook replacements: the port's
   * `watch` (selection is not an edit).
   */
  watch = (listener: WorkbookWatcher): (() => void) => {
    this.watchers.add(listener);
    return () => this.watchers.delete(listener);
  };

  getVersion = (): number => this.version;

  private attach(): void {
    this.current.setEvaluator(this.evaluator);
    this.unsubscribe = this.current.watch((source) => {
      this.edited = true;
      this.notifyCells(source);
    });
  }

  private notifyCells(source: WorkbookChangeSource): void {
    if (!this.current.sheet(this.selection.sheet))
      this.selection = { sheet: this.current.sheets[0]?.name ?? "", row: 0, col: 0 };
    for (const listener of [...this.watchers]) listener(source);
    this.bump();
  }

  private bump(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/** The port over whatever workbook the session holds now; `activate` moves the viewer. */
class SessionPort implements WorkbookPort {
  constructor(private readonly session: DemoSession) {}

  get capabilities() {
    return this.session.workbook.capabilities;
  }

  describe() {
    return this.session.workbook.describe();
  }

  readSheets(names: readonly string[], options?: ReadOptions) {
    return this.session.workbook.readSheets(names, options);
  }

  watch(listener: WorkbookWatcher): () => void {
    return this.session.watch(listener);
  }

  async apply(changes: readonly WorkbookChange[]): Promise<void> {
    await this.session.workbook.apply(changes);
    for (const change of changes)
      if (change.kind === "activate") this.session.activate(change.sheet, change.select);
  }
}
