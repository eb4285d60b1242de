/**
 * The .xlsx WorkbookPort over the package itself (command line and demo download). It reads only
 * what is asked for — the workbook index, the sheets a use-case reads, shared strings — streamed,
 * and writes a new package where every part that is not Gevinst's is copied as its raw compressed
 * bytes. Gevinst's parts are its own sheets (inline strings), their names, appended cell formats
 * in styles.xml, and in-place edits of the workbook index, its relationships and content types.
 */
import type { MessageRef } from "../../core/model/issue.types";
import { assertNever } from "../../core/assert-never";
import type { RangeRef } from "../../core/workbook/address";
import { quoteSheetName, rangeToA1, toA1 } from "../../core/workbook/address";
import { sheetNameProblem } from "../../core/workbook/sheet-name";
import type {
  CellValue,
  DefinedName,
  ReadOptions,
  SheetGrid,
  SheetVisibility,
  TableInfo,
  WorkbookCapabilities,
  WorkbookChange,
  WorkbookOutline,
  WorkbookPort,
} from "../../core/workbook/workbook-port";
import {
  WorkbookError,
  assertOnlyGevinstChanges,
  isGevinstName,
  isGevinstSheet,
} from "../../core/workbook/workbook-port";
import type { ByteSink, ByteSource, Codec } from "./bytes";
import { utf8 } from "./bytes";
import { FormulaReader, cellValue, parseRef } from "./cell-value";
import { readSheetModel } from "./read-model";
import type { ModelCell } from "./sheet-model";
import type { MemorySheet } from "../memory/memory-sheet";
import { SheetModel } from "./sheet-model";
import { readAll, scanSharedStrings, scanSheet } from "./sheet-scan";
import { sheetXml } from "./sheet-xml";
import { BLANK_STYLES, Styles } from "./styles";
import {
  attributes,
  childElements,
  escapeXml,
  findElement,
  setAttribute,
  unescapeXml,
} from "./xml";
import type { ZipEntry } from "./zip-reader";
import { ZipReader } from "./zip-reader";
import { ZipWriter } from "./zip-writer";

const WORKSHEET_TYPE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT =
  "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
/** Excel's own limit for the text in one cell. */
export const MAX_CELL_TEXT = 32_767;
/** Above this many cells in one sheet, reading is refused rather than running out of memory. */
export const DEFAULT_MAX_CELLS = 4_000_000;

type SheetEntry = {
  name: string;
  state: SheetVisibility;
  sheetId: number;
  rId: string;
  /** Zip path of the worksheet part. */
  part: string;
  /** The <sheet/> element as the file had it (null for a new sheet). */
  tag: string | null;
  origIndex: number | null;
  /** Gevinst's model of the sheet, once loaded or made. */
  model: SheetModel | null;
  /** The part must be written from the model. */
  dirty: boolean;
  isProtected?: boolean;
};

type NameEntry = { tag: string; name: string; localSheetId: number | null };

/** A text longer than Excel allows, cut at the limit; the command line reports it at its cell. */
export type LongText = { sheet: string; cell: string; length: number };

export type OpenOptions = { maxCells?: number };

export class OoxmlWorkbook implements WorkbookPort {
  readonly capabilities: WorkbookCapabilities = {
    host: "xlsx",
    dataValidation: true,
    conditionalFormats: true,
    protection: true,
    pageLayout: true,
    veryHidden: true,
    changeEvents: false,
  };
  /** Why a sheet was too large to read (the use-cases turn the error into their own words). */
  tooLarge: MessageRef | null = null;
  /** Texts cut to Excel's 32 767 characters, in the order they were written. */
  readonly longTexts: LongText[] = [];
  private readonly sheets: SheetEntry[];
  private readonly gevinstNames = new Map<string, DefinedName>();
  private sharedStrings: Promise<readonly string[]> | null = null;
  private readonly replaced = new Map<string, Uint8Array>();
  private readonly maxCells: number;
  private readonly grids = new Map<string, SheetGrid>();

  private constructor(
    private readonly zip: ZipReader | null,
    private readonly codec: Codec,
    private readonly workbookPath: string,
    private workbookXml: string,
    private relsXml: string,
    private typesXml: string,
    readonly styles: Styles,
    private readonly stylesPath: string,
    private readonly names: NameEntry[],
    options: OpenOptions,
  ) {
    this.maxCells = options.maxCells ?? DEFAULT_MAX_CELLS;
    this.sheets = [];
    const rels = relationships(relsXml, this.workbookPath);
    const sheetsSpan = findElement(workbookXml, "sheets");
    const tags = sheetsSpan
      ? childElements(workbookXml.slice(sheetsSpan.contentStart, sheetsSpan.contentEnd), "sheet")
      : [];
    tags.forEach((tag, index) => {
      const a = attributes(tag);
      const rId = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      this.sheets.push({
        name: a.name ?? "",
        state: a.state === "hidden" || a.state === "veryHidden" ? a.state : "visible",
        sheetId: Number(a.sheetId),
        rId,
        part: rels.get(rId)?.target ?? "",
        tag,
        origIndex: index,
        model: null,
        dirty: false,
      });
    });
    for (const entry of names) {
      if (entry.localSheetId === null && isGevinstName(entry.name))
        this.gevinstNames.set(entry.name.toLowerCase(), {
          name: entry.name,
          refersTo: nameText(entry.tag),
        });
    }
  }

  /** Opens a package. @throws NotAZipError, or Error when it is not a spreadsheet package. */
  static async open(
    source: ByteSource,
    codec: Codec,
    options: OpenOptions = {},
  ): Promise<OoxmlWorkbook> {
    const zip = await ZipReader.open(source, codec);
    const text = async (path: string) => zip.text(path);
    const rootRels = (await text("_rels/.rels")) ?? "";
    const office = [...relationships(rootRels, "").values()].find((r) =>
      r.type.endsWith("/officeDocument"),
    );
    const workbookPath = office?.target ?? "xl/workbook.xml";
    const workbookXml = await text(workbookPath);
    if (workbookXml === undefined || !/<(?:[\w.-]+:)?workbook\b/.test(workbookXml))
      throw new Error("package has no workbook part (xl/workbook.xml)");
    if (
      /<(?:[\w.-]+:)?workbook\b[^>]*"http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main"/.test(
        workbookXml,
      )
    )
      throw new Error("Strict Open XML workbooks are not supported");
    const relsPath = relsPathOf(workbookPath);
    const relsXml = (await text(relsPath)) ?? emptyRels();
    const typesXml = (await text("[Content_Types].xml")) ?? "";
    const rels = relationships(relsXml, workbookPath);
    const stylesRel = [...rels.values()].find((r) => r.type.endsWith("/styles"));
    const stylesPath = stylesRel?.target ?? `${dirOf(workbookPath)}styles.xml`;
    const stylesXml = (await text(stylesPath)) ?? BLANK_STYLES;
    const book = new OoxmlWorkbook(
      zip,
      codec,
      workbookPath,
      workbookXml,
      relsXml,
      typesXml,
      new Styles(stylesXml),
      stylesPath,
      parseNames(workbookXml),
      options,
    );
    if (!stylesRel)
      book.addPart(
        stylesPath,
        BLANK_STYLES,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
      );
    return book;
  }

  /** A new, empty package (a budget built from scratch, the demo's download). */
  static create(codec: Codec): OoxmlWorkbook {
    const workbookXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`;
    const relsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
    const typesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
    const book = new OoxmlWorkbook(
      null,
      codec,
      "xl/workbook.xml",
      workbookXml,
      relsXml,
      typesXml,
      new Styles(BLANK_STYLES),
      "xl/styles.xml",
      [],
      {},
    );
    book.replaced.set(
      "_rels/.rels",
      utf8(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    );
    return book;
  }

  /** The package holds macros (an .xlsm workbook): it must keep that extension. */
  get macroEnabled(): boolean {
    return /macroEnabled\.main\+xml/i.test(this.typesXml);
  }

  /** The workbook counts dates from 1904 (Mac Excel's old date system). */
  get date1904(): boolean {
    const pr = findElement(this.workbookXml, "workbookPr");
    return pr ? /^(1|true)$/.test(attributes(pr.startTag).date1904 ?? "") : false;
  }

  /** Sheets cannot be added, deleted or renamed (Review → Protect Workbook). */
  get structureLocked(): boolean {
    const p = findElement(this.workbookXml, "workbookProtection");
    return p ? /^(1|true)$/.test(attributes(p.startTag).lockStructure ?? "") : false;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  private find(name: string): SheetEntry | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  private require(name: string): SheetEntry {
    const entry = this.find(name);
    if (!entry)
      throw new WorkbookError("sheet-missing", {
        key: "SHEET_NOT_FOUND_NAMED",
        params: { sheet: name },
      });
    return entry;
  }

  private entry(path: string): ZipEntry | undefined {
    return this.zip?.find(path);
  }

  private strings(): Promise<readonly string[]> {
    if (!this.sharedStrings) {
      const rel = [...relationships(this.relsXml, this.workbookPath).values()].find((r) =>
        r.type.endsWith("/sharedStrings"),
      );
      const entry = rel ? this.entry(rel.target) : undefined;
      this.sharedStrings =
        entry && this.zip ? scanSharedStrings(this.zip.content(entry)) : Promise.resolve([]);
    }
    return this.sharedStrings;
  }

  /** Gevinst's model of a sheet: read from its part the first time, or new. */
  private async model(entry: SheetEntry): Promise<SheetModel> {
    if (entry.model) return entry.model;
    const zipEntry = this.entry(entry.part);
    entry.model =
      zipEntry && this.zip
        ? await readSheetModel(
            entry.name,
            await this.zip.bytes(zipEntry),
            this.styles,
            () => this.strings(),
            this.date1904,
          )
        : new SheetModel(entry.name);
    this.loadPrintNames(entry);
    return entry.model;
  }

  /** Print area and titles of a Gevinst sheet live in workbook names; they become its layout. */
  private loadPrintNames(entry: SheetEntry): void {
    const layout = entry.model?.pageLayout;
    if (!layout || entry.origIndex === null) return;
    for (const name of this.names) {
      if (name.localSheetId !== entry.origIndex) continue;
      const text = nameText(name.tag);
      const local = text.slice(text.lastIndexOf("!") + 1).replace(/\$/g, "");
      if (name.name.toLowerCase() === "_xlnm.print_area" && !text.includes(","))
        layout.printArea = parseRef(local);
      if (name.name.toLowerCase() === "_xlnm.print_titles") {
        const m = /^(\d+):(\d+)$/.exec(local);
        if (m) layout.printTitleRows = { first: Number(m[1]) - 1, last: Number(m[2]) - 1 };
      }
    }
  }

  async describe(): Promise<WorkbookOutline> {
    const sheets = [];
    for (const [position, entry] of this.sheets.entries()) {
      let isProtected = entry.isProtected ?? false;
      if (isGevinstSheet(entry.name) || entry.model)
        isProtected = (await this.model(entry)).isProtected;
      else if (entry.isProtected === undefined) {
        const zipEntry = this.entry(entry.part);
        if (zipEntry && this.zip) {
          const scan = await scanSheet(this.zip.content(zipEntry), () => undefined, {
            skipCells: true,
          });
          entry.isProtected = isProtected = scan.isProtected;
        }
      }
      sheets.push({ name: entry.name, visibility: entry.state, position, isProtected });
    }
    const tables = await this.tables();
    const names: DefinedName[] = [];
    for (const entry of this.names) {
      if (
        entry.localSheetId !== null ||
        isGevinstName(entry.name) ||
        entry.name.startsWith("_xlnm.")
      )
        continue;
      names.push({ name: entry.name, refersTo: nameText(entry.tag) });
    }
    names.push(...this.gevinstNames.values());
    return { sheets, tables, names };
  }

  private async tables(): Promise<TableInfo[]> {
    const tables: TableInfo[] = [];
    if (!this.zip) return tables;
    for (const entry of this.sheets) {
      if (entry.dirty) continue;
      const rels = await this.zip.text(relsPathOf(entry.part));
      if (!rels) continue;
      for (const rel of relationships(rels, entry.part).values()) {
        if (!rel.type.endsWith("/table")) continue;
        const xml = await this.zip.text(rel.target);
        const table = xml ? findElement(xml, "table") : undefined;
        if (!table) continue;
        const a = attributes(table.startTag);
        if (!a.ref) continue;
        tables.push({
          name: a.displayName ?? a.name ?? "",
          sheet: entry.name,
          range: parseRef(a.ref),
          hasHeaders: a.headerRowCount !== "0",
        });
      }
    }
    return tables;
  }

  async readSheets(names: readonly string[], options: ReadOptions = {}): Promise<SheetGrid[]> {
    const entries = names.map((name) => this.require(name));
    const grids: SheetGrid[] = [];
    for (const entry of entries) {
      if (entry.model || isGevinstSheet(entry.name))
        grids.push(modelGrid(await this.model(entry), options));
      else {
        // The user's sheets never change here: a grid read once answers later reads too.
        const cached = this.grids.get(entry.name);
        const covers =
          cached &&
          (!options.formulas || cached.formulas) &&
          (!options.numberFormats || cached.numberFormats);
        const grid = covers ? cached : await this.scanGrid(entry, options);
        this.grids.set(entry.name, grid);
        grids.push(grid);
      }
    }
    return grids;
  }

  /** A sheet that is not Gevinst's, streamed from its part into a grid. */
  private async scanGrid(entry: SheetEntry, options: ReadOptions): Promise<SheetGrid> {
    const zipEntry = this.entry(entry.part);
    const grid: SheetGrid = { name: entry.name, origin: { row: 0, col: 0 }, values: [] };
    if (options.formulas) grid.formulas = [];
    if (options.numberFormats) grid.numberFormats = [];
    if (!zipEntry || !this.zip) return grid;
    const strings = await this.strings();
    const date1904 = this.date1904;
    const formulas = new FormulaReader();
    const rows: {
      values: CellValue[];
      formulas?: (string | null)[];
      formats?: (string | null)[];
    }[] = [];
    let minRow = Infinity;
    let maxRow = -1;
    let minCol = Infinity;
    let count = 0;
    const limit = this.maxCells;
    const scan = await scanSheet(this.zip.content(zipEntry), (c) => {
      const formula = options.formulas || c.formula?.t === "shared" ? formulas.formula(c) : null;
      const value = cellValue(c, strings, date1904);
      if (formula === null && (value === null || value === "")) return;
      if (++count > limit) {
        this.tooLarge = { key: "SHEET_TOO_MANY_CELLS", params: { sheet: entry.name, limit } };
        throw new WorkbookError("payload-too-large", this.tooLarge);
      }
      let row = rows[c.row];
      if (!row) {
        row = { values: [] };
        if (options.formulas) row.formulas = [];
        if (options.numberFormats) row.formats = [];
        rows[c.row] = row;
      }
      row.values[c.col] = value;
      if (row.formulas) row.formulas[c.col] = formula;
      if (row.formats) row.formats[c.col] = this.styles.numberFormat(c.xf);
      if (c.row < minRow) minRow = c.row;
      if (c.row > maxRow) maxRow = c.row;
      if (c.col < minCol) minCol = c.col;
    });
    entry.isProtected = scan.isProtected;
    if (maxRow < 0) return grid;
    grid.origin = { row: minRow, col: minCol };
    const dense = <T>(list: T[] | undefined, fill: T): T[] => {
      const out: T[] = [];
      if (!list) return out;
      for (let c = minCol; c < list.length; c++)
        out.push(list[c] === undefined ? fill : (list[c] as T));
      return out;
    };
    for (let r = minRow; r <= maxRow; r++) {
      const row = rows[r];
      grid.values.push(dense(row?.values, null));
      grid.formulas?.push(dense(row?.formulas, null));
      grid.numberFormats?.push(dense(row?.formats, null));
      rows[r] = undefined as never;
    }
    return grid;
  }

  async apply(changes: readonly WorkbookChange[]): Promise<void> {
    assertOnlyGevinstChanges(changes);
    for (const change of changes) await this.applyOne(change);
  }

  private structureChange(): void {
    if (this.structureLocked)
      throw new WorkbookError("sheet-protected", { key: "WORKBOOK_STRUCTURE_LOCKED", params: {} });
  }

  private async writable(name: string): Promise<SheetModel> {
    const entry = this.require(name);
    const model = await this.model(entry);
    if (model.isProtected)
      throw new WorkbookError("sheet-protected", {
        key: "SHEET_PROTECTED_NAMED",
        params: { sheet: name },
      });
    entry.dirty = true;
    return model;
  }

  private async sheetOf(name: string): Promise<SheetModel> {
    const entry = this.require(name);
    const model = await this.model(entry);
    entry.dirty = true;
    return model;
  }

  private async applyOne(change: WorkbookChange): Promise<void> {
    switch (change.kind) {
      case "addSheet": {
        this.structureChange();
        const problem = sheetNameProblem(change.name, this.sheetNames());
        if (problem) throw new WorkbookError("invalid-argument", problem);
        this.addModelSheet(new SheetModel(change.name), change.position);
        return;
      }
      case "renameSheet": {
        this.structureChange();
        const entry = this.require(change.from);
        const problem = sheetNameProblem(
          change.to,
          this.sheetNames().filter((n) => n !== entry.name),
        );
        if (problem) throw new WorkbookError("invalid-argument", problem);
        const model = await this.model(entry);
        entry.name = change.to;
        model.name = change.to;
        entry.dirty = true;
        return;
      }
      case "deleteSheet": {
        this.structureChange();
        const entry = this.require(change.name);
        this.sheets.splice(this.sheets.indexOf(entry), 1);
        if (entry.tag !== null) this.deletedSheets.push(entry);
        return;
      }
      case "setVisibility": {
        const entry = this.require(change.sheet);
        await this.sheetOf(change.sheet);
        entry.state = change.visibility;
        return;
      }
      case "writeCells": {
        const sheet = await this.writable(change.sheet);
        change.cells.forEach((row, r) =>
          row.forEach((write, c) => {
            if (write.kind === "skip") return;
            const at = { row: change.at.row + r, col: change.at.col + c };
            const cell = ensure(sheet, at.row, at.col);
            cell.error = false;
            if (write.kind === "formula") {
              cell.formula = write.formula;
              cell.value = null;
            } else {
              cell.formula = null;
              let value = write.value;
              if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
                this.longTexts.push({ sheet: change.sheet, cell: toA1(at), length: value.length });
                value = value.slice(0, MAX_CELL_TEXT);
              }
              cell.value = value;
            }
          }),
        );
        return;
      }
      case "clearRange": {
        const sheet = await this.writable(change.sheet);
        forEachCell(change.range, (r, c) => {
          const cell = sheet.get(r, c) as ModelCell | undefined;
          if (cell) {
            cell.value = null;
            cell.formula = null;
            cell.error = false;
          }
        });
        return;
      }
      case "formatRange": {
        const sheet = await this.writable(change.sheet);
        const { numberFormat, ...style } = change.style;
        forEachCell(change.range, (r, c) => {
          const cell = ensure(sheet, r, c);
          cell.style = { ...cell.style, ...style };
          if (numberFormat !== undefined) cell.numberFormat = numberFormat;
        });
        return;
      }
      case "mergeRange": {
        const sheet = await this.writable(change.sheet);
        // Like Excel: a new merge replaces the merged areas it overlaps.
        const kept = sheet.merges.filter((m) => apart(m, change.range));
        sheet.merges.splice(0, sheet.merges.length, ...kept, { ...change.range });
        return;
      }
      case "setColumnWidths": {
        const sheet = await this.sheetOf(change.sheet);
        for (const { col, width } of change.widths) sheet.columnWidths.set(col, width);
        return;
      }
      case "setRowHeights": {
        const sheet = await this.sheetOf(change.sheet);
        for (const { row, height } of change.heights) sheet.rowHeights.set(row, height);
        return;
      }
      case "freezePanes":
        (await this.sheetOf(change.sheet)).freeze = { rows: change.rows, cols: change.cols };
        return;
      case "protectSheet":
        (await this.sheetOf(change.sheet)).isProtected = true;
        return;
      case "unprotectSheet":
        (await this.sheetOf(change.sheet)).isProtected = false;
        return;
      case "setPageLayout":
        (await this.sheetOf(change.sheet)).pageLayout = { ...change.layout };
        return;
      case "defineName":
        this.gevinstNames.set(change.name.toLowerCase(), {
          name: change.name,
          refersTo: change.refersTo.replace(/^=/, ""),
        });
        this.namesChanged = true;
        return;
      case "setListValidation": {
        const sheet = await this.writable(change.sheet);
        const key = rangeToA1(change.range);
        const others = sheet.validations.filter((v) => rangeToA1(v.range) !== key);
        sheet.validations.splice(0, sheet.validations.length, ...others, {
          range: { ...change.range },
          list: [...change.list],
        });
        return;
      }
      case "addConditionalFill": {
        const sheet = await this.writable(change.sheet);
        const same = sheet.conditionalFills.some(
          (f) =>
            rangeToA1(f.range) === rangeToA1(change.range) &&
            f.formula === change.formula &&
            f.fill === change.fill,
        );
        if (!same)
          sheet.conditionalFills.push({
            range: { ...change.range },
            formula: change.formula,
            fill: change.fill,
          });
        return;
      }
      case "activate":
        // The file opens where the user left it: selecting a Gevinst tab would also need the
        // user's own sheets' tabSelected flags changed, and those parts are not Gevinst's.
        this.require(change.sheet);
        return;
      default:
        assertNever(change);
    }
  }

  private readonly deletedSheets: SheetEntry[] = [];
  private namesChanged = false;
  private readonly newParts = new Map<string, { contentType: string; relType: string }>();

  /** Adds a sheet from a model, any name (for packages built from scratch: the demo, a CSV budget). */
  addModelSheet(model: MemorySheet, position?: number): void {
    const sheetId =
      Math.max(
        0,
        ...this.sheets.map((s) => s.sheetId),
        ...this.deletedSheets.map((s) => s.sheetId),
      ) + 1;
    const entry: SheetEntry = {
      name: model.name,
      state: model.visibility,
      sheetId,
      rId: this.newRelId(),
      part: this.newPartPath("xl/worksheets/sheet", ".xml"),
      tag: null,
      origIndex: null,
      model: model as SheetModel,
      dirty: true,
    };
    const at =
      position === undefined
        ? this.sheets.length
        : Math.max(0, Math.min(position, this.sheets.length));
    this.sheets.splice(at, 0, entry);
  }

  /** Defines a name of any kind (packages built from scratch). */
  defineAnyName(name: string, refersTo: string): void {
    this.gevinstNames.set(name.toLowerCase(), { name, refersTo: refersTo.replace(/^=/, "") });
    this.namesChanged = true;
  }

  private usedRelIds = new Set<string>();
  private newRelId(): string {
    if (this.usedRelIds.size === 0)
      for (const m of this.relsXml.matchAll(/\bId="([^"]+)"/g)) this.usedRelIds.add(m[1] as string);
    for (let n = this.usedRelIds.size + 1; ; n++) {
      const id = `rId${n}`;
      if (!this.usedRelIds.has(id)) {
        this.usedRelIds.add(id);
        return id;
      }
    }
  }

  private newPartPath(prefix: string, suffix: string): string {
    const taken = new Set([
      ...(this.zip?.entries.map((e) => e.name) ?? []),
      ...this.sheets.map((s) => s.part),
      ...this.newParts.keys(),
      ...this.replaced.keys(),
    ]);
    for (let n = 1; ; n++)
      if (!taken.has(`${prefix}${n}${suffix}`)) return `${prefix}${n}${suffix}`;
  }

  private addPart(path: string, xml: string, contentType: string, relType: string): void {
    this.replaced.set(path, utf8(xml));
    this.newParts.set(path, { contentType, relType });
  }

  /** Writes the package: every part Gevinst does not own copied byte for byte. */
  async save(sink: ByteSink): Promise<void> {
    const written = new Map<string, Uint8Array>(this.replaced);
    const selectedIndex = this.activeIndexAfter();
    const rewritten = this.sheets.filter((s) => s.dirty && s.model);
    let anyFormulas = false;
    for (const entry of rewritten) {
      const model = entry.model as SheetModel;
      model.name = entry.name;
      for (const cell of model.cells.values()) if (cell.formula !== null) anyFormulas = true;
      written.set(
        entry.part,
        utf8(
          sheetXml(
            model,
            this.styles,
            this.sheets.indexOf(entry) === selectedIndex && entry.tag === null && this.zip === null,
          ),
        ),
      );
    }
    const removed = new Set<string>();
    for (const entry of [...rewritten, ...this.deletedSheets]) {
      if (entry.tag === null) continue;
      // A rewritten sheet has no relationships of its own: Gevinst sheets hold only cells.
      if (this.entry(relsPathOf(entry.part))) removed.add(relsPathOf(entry.part));
    }
    for (const entry of this.deletedSheets) removed.add(entry.part);
    const structural =
      rewritten.length > 0 ||
      this.deletedSheets.length > 0 ||
      this.namesChanged ||
      this.newParts.size > 0;
    if (structural) {
      written.set(this.workbookPath, utf8(this.newWorkbookXml(anyFormulas)));
      written.set(relsPathOf(this.workbookPath), utf8(this.newRelsXml()));
      written.set("[Content_Types].xml", utf8(this.newTypesXml()));
    }
    if (this.styles.changed) written.set(this.stylesPath, utf8(this.styles.toXml()));
    const chain = await this.filteredCalcChain([...rewritten, ...this.deletedSheets]);
    if (chain) written.set(chain.path, chain.bytes);

    const writer = new ZipWriter(sink, this.codec);
    for (const entry of this.zip?.entries ?? []) {
      if (removed.has(entry.name)) continue;
      const bytes = written.get(entry.name);
      if (bytes) {
        await writer.add(entry.name, bytes);
        written.delete(entry.name);
      } else await writer.copy(this.zip as ZipReader, entry);
    }
    for (const [path, bytes] of written) await writer.add(path, bytes);
    await writer.finish();
  }

  private activeIndexAfter(): number {
    const view = findElement(this.workbookXml, "workbookView");
    const active = Number(view ? (attributes(view.startTag).activeTab ?? 0) : 0);
    const index = this.sheets.findIndex((s) => s.origIndex === active);
    return index < 0 ? 0 : index;
  }

  private newWorkbookXml(anyFormulas: boolean): string {
    let xml = this.workbookXml;
    const rootTag = findElement(xml, "workbook")?.startTag ?? "";
    const relPrefix =
      /xmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(
        rootTag,
      )?.[1] ?? "r";
    const indexOf = new Map<number, number>();
    this.sheets.forEach((s, i) => {
      if (s.origIndex !== null) indexOf.set(s.origIndex, i);
    });
    // Sheets: the user's as written; Gevinst's with their name and visibility set.
    const sheetsSpan = findElement(xml, "sheets");
    const prefix = sheetsSpan?.prefix ?? "";
    const tags = this.sheets.map((s) => {
      if (s.tag !== null && !s.dirty) return s.tag;
      if (s.tag !== null) {
        let tag = setAttribute(s.tag, "name", s.name);
        tag =
          s.state === "visible"
            ? tag.replace(/\sstate="[^"]*"/, "")
            : setAttribute(tag, "state", s.state);
        return tag;
      }
      const state = s.state === "visible" ? "" : ` state="${s.state}"`;
      return `<${prefix}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${state} ${relPrefix}:id="${s.rId}"/>`;
    });
    if (sheetsSpan) {
      const open = sheetsSpan.selfClosing
        ? sheetsSpan.startTag.replace(/\s*\/>$/, ">")
        : sheetsSpan.startTag;
      xml = `${xml.slice(0, sheetsSpan.start)}${open}${tags.join("")}</${prefix}sheets>${xml.slice(sheetsSpan.end)}`;
    }
    // Names: the user's as written (sheet-local ones follow their sheet); Gevinst's rebuilt.
    const rewrittenIndex = new Set(
      [...this.sheets, ...this.deletedSheets]
        .filter((s) => s.dirty || !this.sheets.includes(s))
        .map((s) => s.origIndex)
        .filter((i): i is number => i !== null),
    );
    const kept: string[] = [];
    for (const name of this.names) {
      if (name.localSheetId === null) {
        if (!isGevinstName(name.name)) kept.push(name.tag);
        continue;
      }
      if (rewrittenIndex.has(name.localSheetId)) continue;
      const now = indexOf.get(name.localSheetId);
      if (now === undefined) continue;
      kept.push(
        now === name.localSheetId
          ? name.tag
          : setAttribute(
              name.tag.slice(0, name.tag.indexOf(">") + 1),
              "localSheetId",
              String(now),
            ) + name.tag.slice(name.tag.indexOf(">") + 1),
      );
    }
    const namesSpan = findElement(xml, "definedNames");
    const np = namesSpan?.prefix ?? prefix;
    const owned: string[] = [];
    for (const name of this.gevinstNames.values())
      owned.push(
        `<${np}definedName name="${escapeXml(name.name)}">${escapeXml(name.refersTo)}</${np}definedName>`,
      );
    this.sheets.forEach((s, index) => {
      if (!s.dirty || !s.model?.pageLayout) return;
      const layout = s.model.pageLayout;
      const quoted = quoteSheetName(s.name);
      if (layout.printArea)
        owned.push(
          `<${np}definedName name="_xlnm.Print_Area" localSheetId="${index}">${escapeXml(`${quoted}!${rangeToA1(layout.printArea, true)}`)}</${np}definedName>`,
        );
      if (layout.printTitleRows)
        owned.push(
          `<${np}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`${quoted}!$${layout.printTitleRows.first + 1}:$${layout.printTitleRows.last + 1}`)}</${np}definedName>`,
        );
    });
    const all = [...kept, ...owned];
    if (namesSpan) {
      const replacement =
        all.length > 0
          ? `${namesSpan.selfClosing ? namesSpan.startTag.replace(/\s*\/>$/, ">") : namesSpan.startTag}${all.join("")}</${np}definedNames>`
          : "";
      xml = `${xml.slice(0, namesSpan.start)}${replacement}${xml.slice(namesSpan.end)}`;
    } else if (all.length > 0) {
      xml = insertBefore(xml, `<${np}definedNames>${all.join("")}</${np}definedNames>`, [
        "calcPr",
        "oleSize",
        "customWorkbookViews",
        "pivotCaches",
        "smartTagPr",
        "smartTagTypes",
        "webPublishing",
        "fileRecoveryPr",
        "webPublishObjects",
        "extLst",
      ]);
    }
    // Sheet positions in the window follow their sheets.
    const view = findElement(xml, "workbookView");
    if (view) {
      const a = attributes(view.startTag);
      let tag = view.startTag;
      for (const key of ["activeTab", "firstSheet"]) {
        if (a[key] === undefined) continue;
        const now = indexOf.get(Number(a[key]));
        if (now !== undefined && now !== Number(a[key])) tag = setAttribute(tag, key, String(now));
      }
      xml = xml.slice(0, view.start) + tag + xml.slice(view.start + view.startTag.length);
    }
    // Gevinst's formulas are written without results: Excel computes them when the file opens.
    if (anyFormulas) {
      const calc = findElement(xml, "calcPr");
      if (calc)
        xml =
          xml.slice(0, calc.start) +
          setAttribute(calc.startTag, "fullCalcOnLoad", "1") +
          xml.slice(calc.start + calc.startTag.length);
      else
        xml = insertBefore(xml, `<${prefix}calcPr fullCalcOnLoad="1"/>`, [
          "oleSize",
          "customWorkbookViews",
          "pivotCaches",
          "smartTagPr",
          "smartTagTypes",
          "webPublishing",
          "fileRecoveryPr",
          "webPublishObjects",
          "extLst",
        ]);
    }
    return xml;
  }

  private newRelsXml(): string {
    let xml = this.relsXml;
    const base = dirOf(this.workbookPath);
    for (const entry of this.deletedSheets)
      xml = xml.replace(
        new RegExp(
          `<(?:[\\w.-]+:)?Relationship\\b[^>]*\\bId="${entry.rId}"[^>]*?(?:/>|>\\s*</(?:[\\w.-]+:)?Relationship>)`,
        ),
        "",
      );
    const added: string[] = [];
    for (const entry of this.sheets)
      if (entry.tag === null)
        added.push(
          `<Relationship Id="${entry.rId}" Type="${WORKSHEET_TYPE}" Target="${relativeTo(base, entry.part)}"/>`,
        );
    for (const [path, part] of this.newParts) {
      if (!xml.includes(`/${path.split("/").pop()}"`))
        added.push(
          `<Relationship Id="${this.newRelId()}" Type="${part.relType}" Target="${relativeTo(base, path)}"/>`,
        );
    }
    return insertAtClose(xml, "Relationships", added.join(""));
  }

  private newTypesXml(): string {
    let xml = this.typesXml;
    for (const entry of this.deletedSheets)
      xml = xml.replace(
        new RegExp(
          `<(?:[\\w.-]+:)?Override\\b[^>]*PartName="/${escapeRegExp(entry.part)}"[^>]*/>`,
          "i",
        ),
        "",
      );
    const added: string[] = [];
    const has = (path: string) => new RegExp(`PartName="/${escapeRegExp(path)}"`, "i").test(xml);
    for (const entry of this.sheets)
      if (entry.tag === null && !has(entry.part))
        added.push(`<Override PartName="/${entry.part}" ContentType="${WORKSHEET_CONTENT}"/>`);
    for (const [path, part] of this.newParts)
      if (!has(path))
        added.push(`<Override PartName="/${path}" ContentType="${part.contentType}"/>`);
    return insertAtClose(xml, "Types", added.join(""));
  }

  /** calcChain.xml without the cells of sheets Gevinst rewrote (Excel rebuilds the chain). */
  private async filteredCalcChain(
    sheets: SheetEntry[],
  ): Promise<{ path: string; bytes: Uint8Array } | null> {
    const ids = new Set(sheets.filter((s) => s.tag !== null).map((s) => s.sheetId));
    if (ids.size === 0 || !this.zip) return null;
    const rel = [...relationships(this.relsXml, this.workbookPath).values()].find((r) =>
      r.type.endsWith("/calcChain"),
    );
    const entry = rel ? this.entry(rel.target) : undefined;
    if (!entry || !rel) return null;
    const xml = await readAll(this.zip.content(entry));
    let current = "";
    let dropped = false;
    const out = xml.replace(/<(?:[\w.-]+:)?c\b[^>]*?\/>/g, (tag) => {
      const i = /\bi="(\d+)"/.exec(tag)?.[1];
      if (i !== undefined) current = i;
      if (ids.has(Number(current))) {
        dropped = true;
        return "";
      }
      return i === undefined ? tag.replace(/^<([\w.:-]+)/, `<$1 i="${current}"`) : tag;
    });
    return dropped ? { path: rel.target, bytes: utf8(out) } : null;
  }
}

function ensure(sheet: SheetModel, row: number, col: number): ModelCell {
  return sheet.ensure(row, col) as ModelCell;
}

function apart(a: RangeRef, b: RangeRef): boolean {
  return (
    a.row + a.rows <= b.row ||
    b.row + b.rows <= a.row ||
    a.col + a.cols <= b.col ||
    b.col + b.cols <= a.col
  );
}

function forEachCell(range: RangeRef, visit: (row: number, col: number) => void): void {
  for (let r = range.row; r < range.row + range.rows; r++)
    for (let c = range.col; c < range.col + range.cols; c++) visit(r, c);
}

/** A model's used range as a grid, as the memory adapter reads it. */
function modelGrid(sheet: SheetModel, options: ReadOptions): SheetGrid {
  const used = sheet.usedRange();
  const grid: SheetGrid = {
    name: sheet.name,
    origin: { row: used?.row ?? 0, col: used?.col ?? 0 },
    values: [],
  };
  if (options.formulas) grid.formulas = [];
  if (options.numberFormats) grid.numberFormats = [];
  if (!used) return grid;
  for (let r = used.row; r < used.row + used.rows; r++) {
    const values: CellValue[] = [];
    const formulas: (string | null)[] = [];
    const formats: (string | null)[] = [];
    for (let c = used.col; c < used.col + used.cols; c++) {
      const cell = sheet.get(r, c);
      values.push(cell?.value ?? null);
      formulas.push(cell?.formula ?? null);
      formats.push(cell?.numberFormat ?? null);
    }
    grid.values.push(values);
    grid.formulas?.push(formulas);
    grid.numberFormats?.push(formats);
  }
  return grid;
}

type Relationship = { id: string; type: string; target: string };

/** A part's relationships by id, targets resolved to zip paths. */
function relationships(xml: string, sourcePath: string): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  const base = dirOf(sourcePath);
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (!a.Id || a.TargetMode === "External") continue;
    out.set(a.Id, { id: a.Id, type: a.Type ?? "", target: resolvePath(base, a.Target ?? "") });
  }
  return out;
}

function dirOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at < 0 ? "" : path.slice(0, at + 1);
}

function resolvePath(base: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : base + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

function relativeTo(base: string, path: string): string {
  return path.startsWith(base) ? path.slice(base.length) : `/${path}`;
}

function relsPathOf(path: string): string {
  return `${dirOf(path)}_rels/${path.slice(dirOf(path).length)}.rels`;
}

function emptyRels(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
}

function parseNames(xml: string): NameEntry[] {
  const span = findElement(xml, "definedNames");
  if (!span) return [];
  return childElements(xml.slice(span.contentStart, span.contentEnd), "definedName").map((tag) => {
    const a = attributes(tag.slice(0, tag.indexOf(">") + 1));
    return {
      tag,
      name: a.name ?? "",
      localSheetId: a.localSheetId === undefined ? null : Number(a.localSheetId),
    };
  });
}

function nameText(tag: string): string {
  const open = tag.indexOf(">");
  if (tag[open - 1] === "/") return "";
  return unescapeXml(tag.slice(open + 1, tag.lastIndexOf("</")));
}

function insertAtClose(xml: string, localName: string, inner: string): string {
  if (!inner) return xml;
  const span = findElement(xml, localName);
  if (!span) throw new Error(`Mangler <${localName}>.`);
  if (span.selfClosing)
    return `${xml.slice(0, span.start)}${span.startTag.replace(/\s*\/>$/, ">")}${inner}</${span.prefix}${localName}>${xml.slice(span.end)}`;
  return `${xml.slice(0, span.contentEnd)}${inner}${xml.slice(span.contentEnd)}`;
}

function insertBefore(xml: string, element: string, before: string[]): string {
  let at = -1;
  for (const name of before) {
    const span = findElement(xml, name);
    if (span && (at < 0 || span.start < at)) at = span.start;
  }
  if (at < 0) at = xml.lastIndexOf("</");
  return xml.slice(0, at) + element + xml.slice(at);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
