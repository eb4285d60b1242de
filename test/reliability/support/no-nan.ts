/**
 * Finds numbers that must never reach a user: NaN and ±Infinity anywhere in a plain-data result
 * (a report, a portfolio, budget lines). Returns their paths, so a failing test says where.
 */
export function nonFinitePaths(value: unknown, path = "$", out: string[] = []): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(`${path} = ${String(value)}`);
    return out;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => nonFinitePaths(item, `${path}[${i}]`, out));
    return out;
  }
  if (typeof value === "object" && value !== null)
    for (const [key, item] of Object.entries(value)) nonFinitePaths(item, `${path}.${key}`, out);
  return out;
}
