/**
 * Numbers people type in the pane, in Norwegian or plain form: «250 000», «1 234,5», «-12,5»,
 * «−3» (U+2212), «1234.5». Null when it is not a number.
 */
export function parseUserNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/\u2212/g, "-");
  if (compact === "") return null;
  const normalised = /^-?\d+(,\d+)?$/.test(compact) ? compact.replace(",", ".") : compact;
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** Why `text` is not a number, in words, or null when it is one (or is blank). */
export function numberProblem(
  text: string,
  strings: {
    notANumber: (text: string) => string;
    dotsInNumber: (text: string, fixed: string) => string;
  },
): string | null {
  if (text.trim() === "" || parseUserNumber(text) !== null) return null;
  // «1.200.000»: thousands written with full stops, as on paper; say how to write it instead.
  if (/^-?\d{1,3}(\.\d{3})+$/.test(text.trim()))
    return strings.dotsInNumber(text.trim(), text.trim().replace(/\./g, " "));
  return strings.notANumber(text.trim());
}
