/**
 * The finance director's follow-up (spec §12) from the report: every counted measure and year
 * with a realised figure, the measures in avvik first; and the same summed per deep-dive and for
 * the kommune. Pure, so it is tested without the pane.
 */
import type { RealisationStatus } from "../../core/calculation/calculation.types";
import type { Portfolio } from "../../core/model/portfolio.types";
import type { Report } from "../../core/report/report.types";

export type RealisationRow = {
  measure: string;
  name: string;
  deepDive: string;
  year: string;
  expected: number;
  realised: number;
  deviation: number;
  status: RealisationStatus;
};

export type RealisationGroup = {
  /** Deep-dive id, "" for measures without one; "*" for the kommune. */
  key: string;
  expected: number;
  realised: number;
  deviation: number;
  /** The worst status among its rows. */
  status: RealisationStatus;
};

const RANK: Record<RealisationStatus, number> = { avvik: 0, folg_med: 1, i_rute: 2 };

/** Every measure-year with a follow-up: avvik, then følg med, then i rute; largest shortfall first. */
export function realisationRows(report: Report, portfolio: Portfolio): RealisationRow[] {
  const rows: RealisationRow[] = [];
  for (const m of report.measures) {
    const measure = portfolio.measures.find((p) => p.id === m.id);
    for (const year of report.years) {
      const y = m.years[year];
      if (!y || y.realised === undefined || y.realisationStatus === undefined) continue;
      rows.push({
        measure: m.id,
        name: measure?.name ?? "",
        deepDive: measure?.deepDive ?? "",
        year,
        expected: y.expected,
        realised: y.realised,
        deviation: y.deviation ?? y.realised - y.expected,
        status: y.realisationStatus,
      });
    }
  }
  return rows.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      a.deviation - b.deviation ||
      a.measure.localeCompare(b.measure, "nb") ||
      a.year.localeCompare(b.year),
  );
}

function group(key: string, rows: readonly RealisationRow[]): RealisationGroup {
  const expected = rows.reduce((s, r) => s + r.expected, 0);
  const realised = rows.reduce((s, r) => s + r.realised, 0);
  const worst = rows.reduce<RealisationStatus>(
    (w, r) => (RANK[r.status] < RANK[w] ? r.status : w),
    "i_rute",
  );
  return { key, expected, realised, deviation: realised - expected, status: worst };
}

/**
 * Per deep-dive (in the portfolio's order, measures without one last) and for the kommune ("*"),
 * over the measure-years with a realised figure only — so expected and realised compare like
 * with like. Groups with avvik come first.
 */
export function realisationGroups(
  rows: readonly RealisationRow[],
  portfolio: Portfolio,
): RealisationGroup[] {
  const keys = [
    ...new Set([...portfolio.deepDives.map((d) => d.id), ...rows.map((r) => r.deepDive), ""]),
  ];
  const groups = keys
    .map((key) =>
      group(
        key,
        rows.filter((r) => r.deepDive === key),
      ),
    )
    .filter((g) => rows.some((r) => r.deepDive === g.key));
  groups.sort((a, b) => RANK[a.status] - RANK[b.status]);
  return rows.length === 0 ? [] : [...groups, group("*", rows)];
}
