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
