/**
 * Area figures per plan year (spec §13). Reuses the calculation's per-line budget adjustments, so
 * benefits are never recomputed here and area effects add up to the kommune's.
 */
import type { BudgetLine } from "../budget/budget.types";
import type { BudgetAdjustment } from "../calculation/calculation.types";
import type { BudgetKey } from "../model/portfolio.types";
import { finiteOrZero, OERE_EPSILON } from "../money";
import type {
  Area,
  AreaFigures,
  AreaGrouping,
  AreaResult,
  AreaTargetsExceedTotal,
  UnassignedYear,
} from "./area.types";

/** The area code of a key, or null when the key has no code in the dimension. */
export function areaCodeOf(key: BudgetKey, grouping: AreaGrouping): string | null {
  const raw = (key as Partial<Record<string, string>>)[grouping.dimension] ?? "";
  const code = raw.trim();
  if (code === "") return null;
  return grouping.prefix !== undefined && grouping.prefix > 0
    ? code.slice(0, grouping.prefix)
    : code;
}

/**
 * Ramme, budgetNet, target, gap and balanced per area and plan year. Listed areas come first in
 * their order (even without lines), then areas only found in the budget, by code, named by code
 * and without a target. Lines without a code, and adjustments on links matching no budget line,
 * are summed under `unassigned` so nothing is lost. A measure innarbeidet i budsjettet has
 * adjustment 0, so, as in the adjustments, it adds nothing here (its effect is in the ramme).
 *
 * @param years the four plan years B..B+3, in the order of `BudgetLine.amounts`.
 */
export function calculateAreas(
  areas: readonly Area[],
  grouping: AreaGrouping,
  lines: readonly BudgetLine[],
  adjustments: readonly BudgetAdjustment[],
  years: readonly string[],
): AreaResult {
  const rammeByCode = new Map<string, number[]>();
  const netByCode = new Map<string, number[]>();
  const unassignedRamme = years.map(() => 0);
  const unassignedNet = years.map(() => 0);
  const add = (map: Map<string, number[]>, code: string, i: number, amount: number): void => {
    const row = map.get(code) ?? years.map(() => 0);
    row[i] = (row[i] ?? 0) + amount;
    map.set(code, row);
  };

  for (const line of lines) {
    const code = areaCodeOf(line.key, grouping);
    years.forEach((_, i) => {
      const amount = finiteOrZero(line.amounts[i]);
      if (code === null) unassignedRamme[i] = (unassignedRamme[i] ?? 0) + amount;
      else add(rammeByCode, code, i, amount);
    });
  }
  for (const adjustment of adjustments) {
    // A link matching no single line has no place in the budget, hence no area.
    const code = adjustment.line ? areaCodeOf(adjustment.key, grouping) : null;
    years.forEach((year, i) => {
      const net = -finiteOrZero(adjustment.years[year]?.adjustment);
      if (code === null) unassignedNet[i] = (unassignedNet[i] ?? 0) + net;
      else add(netByCode, code, i, net);
    });
  }

  const listed = new Set(areas.map((a) => a.id.trim()));
  const found = [...new Set([...rammeByCode.keys(), ...netByCode.keys()])]
    .filter((code) => !listed.has(code))
    .sort((a, b) => a.localeCompare(b, "nb"));
  const all: Area[] = [...areas, ...found.map((code) => ({ id: code, name: code }))];

  const figures: AreaFigures[] = all.map((area) => {
    const code = area.id.trim();
    const result: AreaFigures = { id: area.id, name: area.name, years: {} };
    years.forEach((year, i) => {
      const ramme = rammeByCode.get(code)?.[i] ?? 0;
      const budgetNet = netByCode.get(code)?.[i] ?? 0;
      const target = finiteOrZero(area.savingsTarget?.[year]);
      // Same definitions as the kommune-wide balance (calculate-portfolio.ts).
      const gap = target - budgetNet;
      result.years[year] = { ramme, budgetNet, target, gap, balanced: gap <= 0 };
    });
    return result;
  });

  const unassigned: Record<string, UnassignedYear> = {};
  years.forEach((year, i) => {
    unassigned[year] = { ramme: unassignedRamme[i] ?? 0, budgetNet: unassignedNet[i] ?? 0 };
  });
  return { areas: figures, unassigned };
}

/** Years where Σ area targets exceeds the kommune-wide savingsTarget by more than half an øre. */
export function checkAreaTargets(
  areas: readonly Area[],
  savingsTarget: Readonly<Record<string, number>> | undefined,
  years: readonly string[],
): AreaTargetsExceedTotal[] {
  const found: AreaTargetsExceedTotal[] = [];
  for (const year of years) {
    let sum = 0;
    for (const area of areas) sum += finiteOrZero(area.savingsTarget?.[year]);
    const total = finiteOrZero(savingsTarget?.[year]);
    if (sum - total > OERE_EPSILON)
      found.push({ code: "AREA_TARGETS_EXCEED_TOTAL", year, sum, total });
  }
  return found;
}
