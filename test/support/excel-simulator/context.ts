/**
 * The request context and the proxy base class. As in Office.js, nothing happens when the adapter
 * calls a method or sets a property: the call is queued, and `context.sync()` sends the queue as one
 * request. The simulator measures that request (JSON size of the queued operations and their
 * payloads), refuses it whole when it is over the payload limit, and otherwise runs the operations
 * in order. Like Excel, a failing operation stops the batch but does not undo the ones before it.
 */
import type { SimWorkbookState } from "./state";
import { officeError, propertyNotLoaded } from "./errors";
import type { SimWorkbook } from "./workbook";
import { recordingContext, shadow, type RecordingContext } from "./office-runtime";
import { SimEvents, raiseDifferences, snapshotSheets } from "./events";

export type SimOptions = {
  /** Request and response limit in bytes; Excel on the web allows 5 MB. */
  payloadLimitBytes?: number;
  /** API members that throw ApiNotFound, e.g. "Worksheet.pageLayout" (an old Excel). */
  missingApis?: string[];
  /**
   * Measure each request as the body Microsoft's Office.js runtime builds for it (office-runtime.ts;
   * the default). `false` falls back to the simulator's own JSON of the queued operations, which
   * is smaller than the real body (no object paths) — only for tests of the simulator itself.
   */
  officeRuntime?: boolean;
};

export type SimStats = {
  syncs: number;
  /** Bytes sent by each sync, in order (also for refused ones). */
  requestBytes: number[];
  /** Bytes of loaded data returned by each successful sync. */
  responseBytes: number[];
};

type Operation = { wire: unknown; run: () => void };

/** The simulated Excel host: state, limits, counters and the cell-edit-mode switch. */
export class SimHost {
  readonly stats: SimStats = { syncs: 0, requestBytes: [], responseBytes: [] };
  payloadLimitBytes: number;
  readonly missingApis: Set<string>;
  readonly officeRuntime: boolean;
  /** While true, every non-empty sync fails as when the user is typing in a cell. */
  cellEditMode = false;
  /** Worksheet events (onChanged …) raised by requests and by `userEdits`. */
  readonly events = new SimEvents();
  /** Called before each non-empty sync is run, with its 1-based number (tests flip switches here). */
  beforeSync: ((syncNumber: number) => void) | null = null;

  constructor(
    readonly state: SimWorkbookState,
    options: SimOptions = {},
  ) {
    this.payloadLimitBytes = options.payloadLimitBytes ?? 5_000_000;
    this.missingApis = new Set(options.missingApis ?? []);
    this.officeRuntime = options.officeRuntime ?? true;
  }

  requireApi(member: string): void {
    if (this.missingApis.has(member)) {
      throw officeError(
        "ApiNotFound",
        `The API you are trying to use could not be found (${member}).`,
        member,
      );
    }
  }

  /** Runs one request; called by SimRequestContext.sync. */
  execute(
    operations: Operation[],
    commits: () => (() => void)[],
    loaded: () => unknown[],
    realRequestBytes?: number,
  ): void {
    const requestBytes =
      realRequestBytes ??
      Buffer.byteLength(JSON.stringify(operations.map((op) => op.wire)), "utf8");
    this.stats.syncs += 1;
    this.stats.requestBytes.push(requestBytes);
    if (operations.length === 0) return;
    this.beforeSync?.(this.stats.syncs);
    if (this.cellEditMode) {
      throw officeError(
        "InvalidOperationInCellEditMode",
        "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
      );
    }
    if (requestBytes > this.payloadLimitBytes) {
      throw officeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
      );
    }
    const before = this.events.listening ? snapshotSheets(this.state) : null;
    try {
      for (const op of operations) op.run();
    } finally {
      if (before) raiseDifferences(this.events, before, snapshotSheets(this.state), true);
    }
    const responseBytes = Buffer.byteLength(JSON.stringify(loaded()), "utf8");
    if (responseBytes > this.payloadLimitBytes) {
      throw officeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
      );
    }
    this.stats.responseBytes.push(responseBytes);
    for (const commit of commits()) commit();
  }
}

/** Stands in for `Excel.RequestContext`: `workbook` and `sync()`. */
export class SimRequestContext {
  workbook: SimWorkbook;
  /** The real Office.js context the calls are mirrored on (see `mirrorOnOfficeRuntime`). */
  private real: RecordingContext | null = null;
  private operations: Operation[] = [];
  private commits: (() => void)[] = [];
  private snapshots: unknown[] = [];
  private nextId = 1;

  constructor(
    readonly host: SimHost,
    makeWorkbook: (context: SimRequestContext) => SimWorkbook,
  ) {
    this.workbook = makeWorkbook(this);
  }

  /** From now on, every call on `workbook` is repeated on a real Office.js context, which measures the requests. */
  mirrorOnOfficeRuntime(): void {
    this.real = recordingContext();
    this.workbook = shadow(this.workbook, this.real.context.workbook);
  }

  newId(): number {
    return this.nextId++;
  }

  enqueue(wire: unknown, run: () => void): void {
    this.operations.push({ wire, run });
  }

  /** Registers what a load returns (while a request runs): counted, then applied after sync. */
  respond(snapshot: unknown, commit: () => void): void {
    this.snapshots.push(snapshot);
    this.commits.push(commit);
  }

  hasPending(): boolean {
    return this.operations.length > 0;
  }

  async sync(): Promise<void> {
    const operations = this.operations;
    // The queue is sent whatever happens, as in Office.js: a failed batch is not re-sent.
    this.operations = [];
    this.commits = [];
    this.snapshots = [];
    // The real runtime's body for the same calls; otherwise, the answer never arrives in the same tick.
    const realBytes = this.real ? await this.real.flush() : (await Promise.resolve(), undefined);
    this.host.execute(
      operations,
      () => this.commits,
      () => this.snapshots,
      realBytes,
    );
  }
}

/** Parses the select argument of `load()` as Office.js accepts it. */
export function parseLoadArgument(
  arg?: string | string[] | { select?: string | string[] },
): string[] {
  const raw =
    arg === undefined
      ? []
      : typeof arg === "string" || Array.isArray(arg)
        ? arg
        : (arg.select ?? []);
  const list = typeof raw === "string" ? raw.split(",") : raw;
  return list.map((p) => p.trim()).filter((p) => p !== "");
}

/**
 * The proxy base: properties are readable only after `load()` and `sync()`; `isNullObject` only
 * after the sync that resolved the object.
 */
export abstract class SimClientObject {
  readonly _id: number;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  /** Set while the request runs; null for a null object. */
  private resolvedTarget: unknown = undefined;

  protected constructor(
    protected readonly context: SimRequestContext,
    protected readonly typeName: string,
  ) {
    this._id = context.newId();
  }

  /** Scalar properties `load()` accepts, read from state while the request runs. */
  protected abstract readonly loadable: readonly string[];
  protected abstract readState(property: string): unknown;

  /** Queues the step that finds this object's state (`getItem`, `getRange` …). */
  protected resolveWith(
    wire: unknown,
    find: () => unknown,
    orNull: boolean,
    location: string,
  ): void {
    this.context.enqueue(wire, () => {
      const found = find();
      if (found === undefined || found === null) {
        if (!orNull)
          throw officeError("ItemNotFound", "The requested resource doesn't exist.", location);
        this.resolvedTarget = null;
      } else {
        this.resolvedTarget = found;
      }
      const isNull = this.resolvedTarget === null;
      this.context.respond({ id: this._id, isNull }, () => {
        this.nullKnown = isNull;
      });
    });
  }

  /** Binds to state that already exists (collection items). */
  protected bindNow(target: unknown): void {
    this.resolvedTarget = target;
    this.nullKnown = false;
  }

  /** This object's state, while a request runs. @throws ItemNotFound on a null object. */
  protected target<T>(): T {
    const target = this.currentTarget();
    if (target === null || target === undefined) {
      throw officeError("ItemNotFound", "The requested resource doesn't exist.", this.typeName);
    }
    return target as T;
  }

  /** Sub-objects (worksheet.protection …) override this to follow their parent. */
  protected currentTarget(): unknown {
    return this.resolvedTarget;
  }

  /** Queues a load of properties of an object bound to existing state (collection items). */
  _loadNow(properties: readonly string[]): void {
    if (this.currentTarget() === null) return;
    const snapshot: Record<string, unknown> = {};
    for (const p of properties) snapshot[p] = structuredClone(this.readState(p));
    this.context.respond(snapshot, () => {
      for (const p of properties) this.loaded.set(p, snapshot[p]);
    });
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullKnown;
  }

  load(arg?: string | string[] | { select?: string | string[] }): this {
    const wanted = parseLoadArgument(arg);
    const properties = wanted.length === 0 ? [...this.loadable] : wanted;
    for (const p of properties) {
      if (!this.loadable.includes(p)) {
        throw officeError(
          "InvalidArgument",
          `Cannot load '${p}' on ${this.typeName}.`,
          `${this.typeName}.load`,
        );
      }
    }
    // Loading a null object returns nothing (its properties stay unreadable).
    this.context.enqueue({ load: this._id, select: properties }, () => this._loadNow(properties));
    return this;
  }

  /** A loaded property. @throws PropertyNotLoaded before load + sync. */
  protected loadedValue<T>(property: string): T {
    if (!this.loaded.has(property)) throw propertyNotLoaded(this.typeName, property);
    return this.loaded.get(property) as T;
  }

  /** Queues a property write or a method call. */
  protected queue(member: string, payload: unknown, run: () => void): void {
    this.context.enqueue({ id: this._id, member, payload }, run);
  }
}
