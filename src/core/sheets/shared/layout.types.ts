/**
 * Sheet layouts as declarative data (style guide §4): which columns a section has, their
 * Norwegian headers, whether a person types into them or a formula fills them, and how they are
 * shown. The renderers in core/sheets turn these into cells; the parser finds sections and
 * columns again by these labels, never by fixed positions.
 */

/** What a cell holds, for number formats, validation and reading back. */
export type ValueKind =
  | "id"
  | "text"
  | "longText"
  | "kroner"
  | "hours"
  | "number"
  | "fraction"
  | "date"
  | "enum"
  | "yesNo"
  | "key"
  /** A 1/0 a formula gives (counts or not): shown as «Ja»/«Nei», compared as 1/0. */
  | "flag";

export type ColumnSpec<K extends string = string> = {
  /** Stable key used by renderers and the parser ("annual", "phaseIn"). */
  key: K;
  /** Norwegian header; for a per-year column the plan year is appended («Innfasing 2027»). */
  header: string;
  /** Input cells are typed by people (yellow, unlocked); formula cells are computed (locked). */
  kind: "input" | "formula";
  value: ValueKind;
  /** Excel column width in characters. */
  width: number;
  /** One column per plan year B..B+3. */
  perYear?: boolean;
  /** Allowed values for a validation list. */
  list?: readonly string[];
  /** A row with an id must fill this in (conditional fill marks it when blank). */
  required?: boolean;
  /**
   * The column is there only when the workbook's budget has this optional key dimension
   * (`tjenesteomrade`, spec §13): a workbook without it keeps the layout it always had.
   */
  onlyWith?: "tjenesteomrade";
};

/** The optional key dimensions a workbook's sheets have columns for (`ColumnSpec.onlyWith`). */
export type SheetDimensions = { tjenesteomrade?: boolean };

/** A plan year's place in the økonomiplan: 0 is the budget year B, 3 is B+3. */
export type YearIndex = 0 | 1 | 2 | 3;

/**
 * The fields one column expands to: its key, or `key.0` … `key.3` for a per-year column. The
 * column lists are declared `as const`, so these are literal unions and a misspelt field name in
 * a renderer or parser is a compile error.
 */
export type FieldOf<C extends ColumnSpec> = C extends { perYear: true }
  ? `${C["key"]}.${YearIndex}`
  : C["key"];

/** Every field of a column list. */
export type FieldsOf<Cs extends readonly ColumnSpec[]> = FieldOf<Cs[number]>;

/** The field of a per-year column for plan year `yearIndex` (0..3), e.g. "phaseIn.2". */
export function yearField<K extends string>(key: K, yearIndex: number): `${K}.${YearIndex}` {
  return `${key}.${yearIndex as YearIndex}`;
}

/** One expanded column: a per-year spec becomes four of these (yearIndex 0..3). */
export type LayoutColumn<F extends string = string> = {
  spec: ColumnSpec;
  /** "annual" or "phaseIn.0" … "phaseIn.3". */
  field: F;
  header: string;
  yearIndex?: number;
};

/** A table section: a title row, a header row, then data rows. */
export type SectionSpec<
  K extends string = string,
  Cs extends readonly ColumnSpec[] = readonly ColumnSpec[],
> = {
  key: K;
  /** Title in column A, also how the parser finds the section. */
  title: string;
  columns: Cs;
  /** Free rows kept under the last data row so people can add a line in plain Excel. */
  spareRows: number;
  /** A section an older sheet may lack (added later): reading goes on without it. */
  optional?: boolean;
};

/**
 * A declared column list: each element keeps its literal key and `perYear` (so FieldsOf can name
 * the fields) and stays a ColumnSpec, so optional properties read as `undefined` where absent.
 */
export type DeclaredColumns<Cs extends readonly ColumnSpec[]> = {
  readonly [I in keyof Cs]: Cs[I] & ColumnSpec;
};

/** Declares a column list with typed keys (as `as const satisfies readonly ColumnSpec[]`). */
export function columnList<const Cs extends readonly ColumnSpec[]>(
  columns: Cs,
): DeclaredColumns<Cs> {
  return columns as DeclaredColumns<Cs>;
}

/** Declares a section with a typed key and typed column keys. */
export function sectionSpec<const K extends string, const Cs extends readonly ColumnSpec[]>(
  spec: SectionSpec<K, Cs>,
): SectionSpec<K, DeclaredColumns<Cs>> {
  return spec as SectionSpec<K, DeclaredColumns<Cs>>;
}

/** Declares a label/value block with typed keys. */
export function fieldList<const Fs extends readonly FieldSpec[]>(
  fields: Fs,
): { readonly [I in keyof Fs]: Fs[I] & FieldSpec } {
  return fields as { readonly [I in keyof Fs]: Fs[I] & FieldSpec };
}

/** The keys of a label/value block. */
export type FieldKeys<Fs extends readonly FieldSpec[]> = Fs[number]["key"];

/** Every field of a section. */
export type SectionFields<S extends SectionSpec> = FieldsOf<S["columns"]>;

/** A label/value row in a key-value block (settings, the deep-dive analysis). */
export type FieldSpec<K extends string = string> = {
  key: K;
  label: string;
  kind: "input" | "formula";
  value: ValueKind;
  /** Long texts span several merged columns and wrap. */
  span?: number;
  note?: string;
};

/**
 * Expands per-year columns for the plan years (["2027", …]). A column `onlyWith` a dimension is
 * left out unless `dimensions` has it.
 */
export function expandColumns<Cs extends readonly ColumnSpec[]>(
  columns: Cs,
  years: readonly string[],
  dimensions: SheetDimensions = {},
): LayoutColumn<FieldsOf<Cs>>[] {
  // The casts are the one place where FieldOf's rule is carried out at run time.
  const result: LayoutColumn<FieldsOf<Cs>>[] = [];
  for (const spec of columns) {
    if (spec.onlyWith !== undefined && dimensions[spec.onlyWith] !== true) continue;
    if (!spec.perYear) {
      result.push({ spec, field: spec.key as FieldsOf<Cs>, header: spec.header });
      continue;
    }
    years.forEach((year, yearIndex) =>
      result.push({
        spec,
        field: yearField(spec.key, yearIndex) as FieldsOf<Cs>,
        header: `${spec.header} ${year}`,
        yearIndex,
      }),
    );
  }
  return result;
}

/** Header text as the parser compares it: trimmed, lower case, single spaces. */
export function normaliseLabel(text: string | number | boolean | null | undefined): string {
  return String(text ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}
