/**
 * How Gevinst cells look: input cells light yellow and unlocked, formula cells locked on white,
 * headers bold on blue-grey. Number formats are invariant codes; Excel shows them with the
 * user's own separators («1 234 567» in a Norwegian Excel).
 */
import type { CellStyle } from "../../workbook/workbook-port";
import type { ValueKind } from "./layout.types";

export const FILL_INPUT = "#FFF9DB";
export const FILL_HEADER = "#D9E2F3";
export const FILL_TOTAL = "#EDEDED";
export const FILL_MISSING = "#F8CBAD";
export const FILL_CURRENT_QUARTER = "#C6EFCE";

export const FORMAT_KRONER = "#,##0";
export const FORMAT_HOURS = "#,##0";
export const FORMAT_FTE = "#,##0.0";
export const FORMAT_PERCENT = "0 %";
export const FORMAT_RATE = "0.0 %";
export const FORMAT_DATE = "yyyy-mm-dd";
export const FORMAT_DATETIME = "yyyy-mm-dd hh:mm";
export const FORMAT_TEXT = "@";
/** 1 shows «Ja», 0 «Nei»: a person reads a word, the formulas still compare numbers. */
export const FORMAT_FLAG = '"Ja";"Ja";"Nei"';

/** The number format for a kind of value, or undefined for General. */
function numberFormatFor(value: ValueKind): string | undefined {
  switch (value) {
    case "kroner":
      return FORMAT_KRONER;
    case "hours":
      return FORMAT_HOURS;
    case "fraction":
      return FORMAT_PERCENT;
    case "date":
      return FORMAT_DATE;
    case "flag":
      return FORMAT_FLAG;
    case "key":
    case "id":
      // Codes stay text, so «0254» keeps its zero; numbers typed anyway still match (spec §4).
      return FORMAT_TEXT;
    default:
      return undefined;
  }
}

export const STYLE_TITLE: CellStyle = { bold: true, fontSize: 16, fontColor: "#1F3864" };
export const STYLE_SECTION: CellStyle = { bold: true, fontSize: 12, fontColor: "#1F3864" };
export const STYLE_HEADER: CellStyle = {
  bold: true,
  fill: FILL_HEADER,
  wrap: true,
  verticalAlignment: "center",
  border: "thin",
  locked: true,
  // A year in a header is a number: shown as «2027», never «2,027» or «2 027».
  numberFormat: "General",
};
/**
 * A cell as a new sheet has it: what a sheet that owns all its cells is reset to before its
 * formats go on again, so a heading style or number format left on a row that moved is gone.
 */
export const STYLE_PLAIN: CellStyle = {
  bold: false,
  italic: false,
  fontSize: 11,
  fontColor: "#000000",
  fill: "#FFFFFF",
  wrap: false,
  border: "none",
  numberFormat: "General",
};
export const STYLE_LABEL: CellStyle = { bold: true, locked: true, verticalAlignment: "top" };
export const STYLE_HINT: CellStyle = { italic: true, fontColor: "#595959" };

/** An input cell: yellow, unlocked, with the number format for its value. */
export function inputStyle(value: ValueKind): CellStyle {
  const format = numberFormatFor(value);
  return {
    fill: FILL_INPUT,
    locked: false,
    border: "thin",
    ...(value === "longText" ? { wrap: true, verticalAlignment: "top" as const } : {}),
    ...(format ? { numberFormat: format } : {}),
  };
}

/** A formula cell: white, locked. */
export function formulaStyle(value: ValueKind, total = false): CellStyle {
  const format = numberFormatFor(value === "id" || value === "key" ? "text" : value);
  return {
    fill: total ? FILL_TOTAL : "#FFFFFF",
    locked: true,
    border: "thin",
    ...(total ? { bold: true } : {}),
    ...(format ? { numberFormat: format } : {}),
  };
}
