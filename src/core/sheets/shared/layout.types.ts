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
  | "key";

export type ColumnSpec = {
  /** Stable key used by renderers and the parser ("annual", "phaseIn"). */
  key: string;
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
};

/** One expanded column: a per-year spec becomes four of these (yearIndex 0..3). */
export type LayoutColumn = {
  spec: ColumnSpec;
  /** "annual" or "phaseIn.0" … "phaseIn.3". */
  field: string;
  header: string;
  yearIndex?: number;
};

/** A table section: a title row, a header row, then data rows. */
export type SectionSpec = {
  key: string;
  /** Title in column A, also how the parser finds the section. */
  title: string;
  columns: readonly ColumnSpec[];
  /** Free rows kept under the last data row so people can add a line in plain Excel. */
  spareRows: number;
};

/** A label/value row in a key-value block (settings, the deep-dive analysis). */
export type FieldSpec = {
  key: string;
  label: string;
  kind: "input" | "formula";
  value: ValueKind;
  /** Long texts span several merged columns and wrap. */
  span?: number;
  note?: string;
};

/** Expands per-year columns for the plan years (["2027", …]). */
export function expandColumns(
  columns: readonly ColumnSpec[],
  years: readonly string[],
): LayoutColumn[] {
  const result: LayoutColumn[] = [];
  for (const spec of columns) {
    if (!spec.perYear) {
      result.push({ spec, field: spec.key, header: spec.header });
      continue;
    }
    years.forEach((year, yearIndex) =>
      result.push({
        spec,
        field: `${spec.key}.${yearIndex}`,
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
