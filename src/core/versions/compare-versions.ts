/**
 * What politics changed (spec §15): two frozen versions side by side — per measure added, removed
 * or changed (status, per-year budgetNet), the gap per year from → to, and which A3 documents show
 * a changed measure and so need a new approval.
 */
import { OERE_EPSILON } from "../money";
import { isCounted, type PortfolioVersion, type VersionMeasure } from "../model/portfolio.types";
import type { FromTo, MeasureChange, VersionChanges } from "./versions.types";

function yearsOf(...versions: PortfolioVersion[]): string[] {
  const years = new Set<string>();
  for (const v of versions) {
    for (const m of v.measures) for (const year of Object.keys(m.years)) years.add(year);
    for (const year of Object.keys(v.savingsTarget ?? {})) years.add(year);
  }
  return [...years].sort();
}

const net = (m: VersionMeasure | undefined, year: string) => m?.years[year]?.budgetNet ?? 0;

/** gap(t) = savingsTarget(t) − Σ counted budgetNet(t), as the balance (spec §4) had it then. */
export function versionGap(version: PortfolioVersion, year: string): number {
  const counted = version.measures
    .filter((m) => isCounted(m.status))
    .reduce((sum, m) => sum + net(m, year), 0);
  return (version.savingsTarget?.[year] ?? 0) - counted;
}

function budgetNetChanges(
  before: VersionMeasure | undefined,
  after: VersionMeasure | undefined,
  years: readonly string[],
): Record<string, FromTo<number>> | undefined {
  const changed: Record<string, FromTo<number>> = {};
  for (const year of years) {
    const from = net(before, year);
    const to = net(after, year);
    if (Math.abs(to - from) > OERE_EPSILON) changed[year] = { from, to };
  }
  return Object.keys(changed).length > 0 ? changed : undefined;
}

/**
 * The measures and gap that differ from `from` to `to`; `reapprove` is left empty here (the
 * documents are the workbook's: see documentsToReapprove).
 */
export function compareVersions(from: PortfolioVersion, to: PortfolioVersion): VersionChanges {
  const years = yearsOf(from, to);
  const before = new Map(from.measures.map((m) => [m.id, m]));
  const after = new Set(to.measures.map((m) => m.id));
  const measures: MeasureChange[] = [];
  for (const m of to.measures) {
    const old = before.get(m.id);
    const budgetNet = budgetNetChanges(old, m, years);
    if (!old) {
      measures.push({
        id: m.id,
        name: m.name,
        change: "added",
        ...(budgetNet ? { budgetNet } : {}),
      });
      continue;
    }
    const status = old.status !== m.status ? { from: old.status, to: m.status } : undefined;
    if (status || budgetNet)
      measures.push({
        id: m.id,
        name: m.name,
        change: "changed",
        ...(status ? { status } : {}),
        ...(budgetNet ? { budgetNet } : {}),
      });
  }
  for (const m of from.measures) {
    if (after.has(m.id)) continue;
    const budgetNet = budgetNetChanges(m, undefined, years);
    measures.push({
      id: m.id,
      name: m.name,
      change: "removed",
      ...(budgetNet ? { budgetNet } : {}),
    });
  }
  const gap = Object.fromEntries(
    years.map((year) => [year, { from: versionGap(from, year), to: versionGap(to, year) }]),
  );
  return { from: from.id, to: to.id, measures, gap, reapprove: [] };
}
