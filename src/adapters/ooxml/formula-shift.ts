/** Moves the relative references of a shared formula from its master cell to another cell. */
import { columnIndex, columnLetters } from "../../core/workbook/address";

/**
 * "A1*2" written for B1, read at B5 → "A5*2". References with $ stay; text in quotes and sheet
 * names in single quotes are left alone.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"' || ch === "'") {
      const end = formula.indexOf(ch, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const match = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/.exec(formula.slice(i));
    const before = i > 0 ? (formula[i - 1] as string) : "";
    if (match && !/[\w.]/.test(before)) {
      const [all, colAbs, letters, rowAbs, digits] = match as unknown as [
        string,
        string,
        string,
        string,
        string,
      ];
      const col = colAbs ? letters : columnLetters(Math.max(0, columnIndex(letters) + cols));
      const row = rowAbs ? digits : String(Math.max(1, Number(digits) + rows));
      out += `${colAbs}${col}${rowAbs}${row}`;
      i += all.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
