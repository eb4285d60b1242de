/**
 * `Excel.Workbook` with its three collections the adapter uses: worksheets, names and tables.
 * Collections load their items as Office.js does: `load("items/name")` (or the short "name").
 */
import { excelSpelling } from "./cell-input";
import type { SimEventArgs, SimEventKind } from "./events";
import { officeError, propertyNotLoaded } from "./errors";
import { SimClientObject, parseLoadArgument, type SimRequestContext } from "./context";
import {
  checkSheetName,
  findSheet,
  newSheet,
  type SimName,
  type SimSheet,
  type SimTable as SimTableState,
} from "./state";
import { SimWorksheet } from "./worksheet";
import { SimRange, type RangeTarget } from "./range";

/** Collection load paths without their "items/" prefix; unknown ones throw InvalidArgument. */
function itemPaths(
  typeName: string,
  arg: Parameters<typeof parseLoadArgument>[0],
  allowed: readonly string[],
): string[] {
  const paths = parseLoadArgument(arg).map((p) => p.replace(/^items\//, ""));
  for (const p of paths) {
    if (!allowed.includes(p))
      throw officeError(
        "InvalidArgument",
        `Cannot load '${p}' on ${typeName}.`,
        `${typeName}.load`,
      );
  }
  return paths.length === 0 ? [...allowed] : paths;
}

abstract class SimCollection<T extends SimClientObject> {
  readonly _id: number;
  private loadedItems: T[] | undefined;

  protected constructor(
    protected readonly context: SimRequestContext,
    private readonly typeName: string,
  ) {
    this._id = context.newId();
  }

  get items(): T[] {
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  /** Queues loading every item with the given paths. */
  protected loadItems(
    paths: string[],
    makeItems: () => T[],
    loadItem: (item: T, paths: string[]) => void,
  ): this {
    this.context.enqueue({ load: this._id, select: paths.map((p) => `items/${p}`) }, () => {
      const items = makeItems();
      for (const item of items) loadItem(item, paths);
      this.context.respond({ count: items.length }, () => {
        this.loadedItems = items;
      });
    });
    return this;
  }
}

export class SimWorksheetCollection extends SimCollection<SimWorksheet> {
  constructor(context: SimRequestContext) {
    super(context, "WorksheetCollection");
  }

  load(arg?: string | string[] | { select?: string | string[] }): this {
    const paths = itemPaths("WorksheetCollection", arg, [
      "name",
      "visibility",
      "position",
      "id",
      "protection/protected",
    ]);
    const own = paths.filter((p) => !p.startsWith("protection/"));
    const protection = paths
      .filter((p) => p.startsWith("protection/"))
      .map((p) => p.slice("protection/".length));
    return this.loadItems(
      paths,
      () =>
        this.context.host.state.sheets.map((sheet) => new SimWorksheet(this.context, null, sheet)),
      (item) => {
        item._loadNow(own);
        if (protection.length > 0) item.protection._loadNow(protection);
      },
    );
  }

  readonly onChanged = this.event("changed");
  readonly onAdded = this.event("added");
  readonly onDeleted = this.event("deleted");
  readonly onNameChanged = this.event("nameChanged");

  /** An event source: `add(handler)` registers with the next sync, `remove()` likewise. */
  private event(kind: SimEventKind) {
    const context = this.context;
    return {
      add(handler: (args: SimEventArgs) => Promise<unknown>) {
        let remove: (() => void) | null = null;
        context.enqueue({ event: kind, member: "add" }, () => {
          remove = context.host.events.add(kind, handler);
        });
        return {
          context,
          remove() {
            context.enqueue({ event: kind, member: "remove" }, () => remove?.());
          },
        };
      },
    };
  }

  /** Adds a sheet at the end; Excel's name rules apply (InvalidArgument, ItemAlreadyExists). */
  add(name?: string): SimWorksheet {
    let created: SimSheet | undefined;
    this.context.enqueue({ id: this._id, member: "add", name }, () => {
      const state = this.context.host.state;
      let sheetName = name;
      for (let n = state.sheets.length + 1; sheetName === undefined; n++) {
        if (!findSheet(state, `Sheet${n}`)) sheetName = `Sheet${n}`;
      }
      checkSheetName(state, sheetName);
      created = newSheet(state, sheetName);
      state.sheets.push(created);
    });
    return new SimWorksheet(this.context, { id: this._id, member: "added" }, () => created);
  }

  getItem(key: string): SimWorksheet {
    return new SimWorksheet(this.context, { id: this._id, member: "getItem", key }, () =>
      findSheet(this.context.host.state, key),
    );
  }

  getItemOrNullObject(key: string): SimWorksheet {
    const wire = { id: this._id, member: "getItemOrNullObject", key };
    return new SimWorksheet(
      this.context,
      wire,
      () => findSheet(this.context.host.state, key),
      true,
    );
  }
}

export class SimNamedItem
  extends SimClientObject
  implements Pick<Excel.NamedItem, "name" | "formula" | "delete">
{
  protected readonly loadable = ["name", "formula", "visible"] as const;

  constructor(
    context: SimRequestContext,
    wire: unknown,
    find: (() => SimName | undefined) | SimName,
    orNull = false,
  ) {
    super(context, "NamedItem");
    if (typeof find === "function") this.resolveWith(wire, find, orNull, "NamedItem");
    else this.bindNow(find);
  }

  protected readState(property: string): unknown {
    const item = this.target<SimName>();
    if (property === "visible") return true;
    return property === "name" ? item.name : item.formula;
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get formula(): string {
    return this.loadedValue("formula");
  }
  delete(): void {
    this.queue("delete", null, () => {
      const state = this.context.host.state;
      state.names = state.names.filter((n) => n !== this.target<SimName>());
    });
  }
}

const NAME_SHAPE = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

function findName(names: SimName[], key: string): SimName | undefined {
  return names.find((n) => n.name.toLowerCase() === key.toLowerCase());
}

export class SimNamedItemCollection extends SimCollection<SimNamedItem> {
  constructor(context: SimRequestContext) {
    super(context, "NamedItemCollection");
  }

  load(arg?: string | string[] | { select?: string | string[] }): this {
    const paths = itemPaths("NamedItemCollection", arg, ["name", "formula", "visible"]);
    return this.loadItems(
      paths,
      () => this.context.host.state.names.map((n) => new SimNamedItem(this.context, null, n)),
      (item) => item._loadNow(paths),
    );
  }

  /** `reference` is a formula ("=Sheet!$A$1"); names follow Excel's rules and are unique ignoring case. */
  add(name: string, reference: string, comment?: string): SimNamedItem {
    let created: SimName | undefined;
    this.context.enqueue({ id: this._id, member: "add", name, reference, comment }, () => {
      const state = this.context.host.state;
      if (!NAME_SHAPE.test(name) || LOOKS_LIKE_CELL.test(name) || name.length > 255) {
        throw officeError(
          "InvalidArgument",
          "The argument is invalid or missing or has an incorrect format.",
          "NamedItemCollection.add",
        );
      }
      if (findName(state.names, name)) {
        throw officeError(
          "ItemAlreadyExists",
          "The resource with the same name or identifier already exists.",
          "NamedItemCollection.add",
        );
      }
      created = {
        name,
        formula: excelSpelling(reference.startsWith("=") ? reference : `=${reference}`),
      };
      state.names.push(created);
    });
    return new SimNamedItem(this.context, { id: this._id, member: "added" }, () => created);
  }

  getItem(name: string): SimNamedItem {
    return new SimNamedItem(this.context, { id: this._id, member: "getItem", name }, () =>
      findName(this.context.host.state.names, name),
    );
  }

  getItemOrNullObject(name: string): SimNamedItem {
    const wire = { id: this._id, member: "getItemOrNullObject", name };
    return new SimNamedItem(
      this.context,
      wire,
      () => findName(this.context.host.state.names, name),
      true,
    );
  }
}

export class SimTable extends SimClientObject implements Pick<Excel.Table, "name" | "showHeaders"> {
  protected readonly loadable = ["name", "showHeaders", "id"] as const;

  constructor(
    context: SimRequestContext,
    wire: unknown,
    find: (() => SimTableState | undefined) | SimTableState,
    orNull = false,
  ) {
    super(context, "Table");
    if (typeof find === "function") this.resolveWith(wire, find, orNull, "Table");
    else this.bindNow(find);
  }

  protected readState(property: string): unknown {
    const table = this.target<SimTableState>();
    if (property === "id") return `{TABLE-${table.name}}`;
    return property === "name" ? table.name : table.showHeaders;
  }
  get name(): string {
    return this.loadedValue("name");
  }
  get showHeaders(): boolean {
    return this.loadedValue("showHeaders");
  }

  /** The whole table, header row included. */
  getRange(): SimRange {
    return new SimRange(this.context, { id: this._id, member: "getRange" }, (): RangeTarget => {
      const table = this.target<SimTableState>();
      const sheet = this.context.host.state.sheets.find((s) => s.id === table.sheetId);
      if (!sheet)
        throw officeError(
          "ItemNotFound",
          "The requested resource doesn't exist.",
          "Table.getRange",
        );
      return { sheet, ref: { ...table.range } };
    });
  }
}

export class SimTableCollection extends SimCollection<SimTable> {
  constructor(context: SimRequestContext) {
    super(context, "TableCollection");
  }

  load(arg?: string | string[] | { select?: string | string[] }): this {
    const paths = itemPaths("TableCollection", arg, ["name", "showHeaders", "id"]);
    return this.loadItems(
      paths,
      () => this.context.host.state.tables.map((t) => new SimTable(this.context, null, t)),
      (item) => item._loadNow(paths),
    );
  }

  getItem(key: string): SimTable {
    const find = (): SimTableState | undefined =>
      this.context.host.state.tables.find((t) => t.name.toLowerCase() === key.toLowerCase());
    return new SimTable(this.context, { id: this._id, member: "getItem", key }, find);
  }
}

export class SimWorkbook {
  readonly worksheets: SimWorksheetCollection;
  readonly names: SimNamedItemCollection;
  readonly tables: SimTableCollection;
  constructor(context: SimRequestContext) {
    this.worksheets = new SimWorksheetCollection(context);
    this.names = new SimNamedItemCollection(context);
    this.tables = new SimTableCollection(context);
  }
}
