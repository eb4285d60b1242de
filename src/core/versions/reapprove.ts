/**
 * Which A3 documents need a new approval after politics changed the budget (spec §15): those that
 * show a changed measure. The kommune's A3 shows every measure's effect; a deep-dive's K2, K3 and
 * K4 show its own measures; a unit's A3 shows the lines of its code.
 */
import { keyId } from "../calculation/budget-key";
import { OERE_EPSILON } from "../money";
import type { PortfolioVersion } from "../model/portfolio.types";
import type { A3Document } from "../sheets/a3/a3-documents";
import { A3_KOMMUNE_KEY } from "../sheets/a3/render-a3-kommune";
import type { VersionChanges } from "./versions.types";

/** The unit codes whose lines' adjustments differ between the versions in some year. */
function changedLineKeys(from: PortfolioVersion, to: PortfolioVersion) {
  const all = new Map<string, { key: PortfolioVersion["adjustments"][number]["key"] }>();
  const amounts = (v: PortfolioVersion) =>
    new Map(v.adjustments.map((a) => [keyId(a.key), a.years]));
  const before = amounts(from);
  const after = amounts(to);
  for (const a of [...from.adjustments, ...to.adjustments]) all.set(keyId(a.key), { key: a.key });
  return [...all.entries()]
    .filter(([id]) => {
      const x = before.get(id) ?? {};
      const y = after.get(id) ?? {};
      const years = new Set([...Object.keys(x), ...Object.keys(y)]);
      return [...years].some((t) => Math.abs((y[t] ?? 0) - (x[t] ?? 0)) > OERE_EPSILON);
    })
    .map(([, { key }]) => key);
}

/**
 * The keys of `documents` to approve again, in the documents' order: none when nothing changed;
 * else the kommune's A3, every document of a changed measure's deep-dive (in either version), and
 * each unit A3 whose code has a line whose adjustment changed.
 */
export function documentsToReapprove(
  changes: VersionChanges,
  from: PortfolioVersion,
  to: PortfolioVersion,
  documents: readonly A3Document[],
): string[] {
  if (changes.measures.length === 0) return [];
  const changed = new Set(changes.measures.map((m) => m.id));
  const deepDives = new Set(
    [...from.measures, ...to.measures]
      .filter((m) => changed.has(m.id) && m.deepDive !== undefined)
      .map((m) => m.deepDive as string),
  );
  const lines = changedLineKeys(from, to);
  return documents
    .filter((d) => {
      if (d.key === A3_KOMMUNE_KEY) return true;
      if (d.unit) {
        const { dimension, code } = d.unit;
        return lines.some((key) => (key[dimension] ?? "").trim() === code.trim());
      }
      const deepDive = / (.+)$/.exec(d.key)?.[1];
      return deepDive !== undefined && deepDives.has(deepDive);
    })
    .map((d) => d.key);
}
