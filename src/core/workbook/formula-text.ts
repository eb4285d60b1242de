/**
 * Formula text in a normal form, to tell whether the formula in a cell is the one Gevinst would
 * write. Excel gives a formula back in its own spelling: function names and references upper case,
 * sheet names quoted only where it must (address.ts). Comparing normal forms, a refresh leaves a
 * cell alone when Excel merely spells our formula its way, and rewrites it only when it differs.
 */
import { quoteSheetName } from "./address";

/** The formula with everything outside text literals upper-cased and sheet names quoted as Excel does. */
export function formulaNormalForm(formula: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i] as string;
    if (ch === '"') {
      const end = closing(formula, i, '"');
      out += formula.slice(i, end);
      i = end;
    } else if (ch === "'") {
      const end = closing(formula, i, "'");
      const name = formula.slice(i + 1, end - 1).replace(/''/g, "'");
      out += quoteSheetName(name).toUpperCase();
      i = end;
    } else {
      out += ch.toUpperCase();
      i++;
    }
  }
  return out;
}

/** Whether two formulas are the same formula, spelled alike or as Excel respells it. */
export function sameFormula(a: string, b: string): boolean {
  return a === b || formulaNormalForm(a) === formulaNormalForm(b);
}

/** The index after the quote that closes the one at `start` (a doubled quote is inside). */
function closing(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}
