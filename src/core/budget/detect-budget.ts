/**
 * Finding the kommune's budget in a workbook (issue 4): every sheet and every Excel Table is
 * scanned for a header row, each candidate is scored, the best is proposed with a Norwegian
 * explanation, and sheets with identical headers (drift per tjenesteområde) are combined.
 * Nothing here writes; the user confirms the proposal.
 */
import { keyId } from "../calculation/budget-key";
import type { MessageRef } from "../model/issue.types";
import type { SheetGrid, SheetInfo, TableInfo } from "../workbook/workbook-port";
import { lineKeyIdOf, mergeSharedKeys } from "./budget-index";
import type {
  BudgetCandidate,
  BudgetDetection,
  BudgetDetectionResult,
  BudgetLine,
  BudgetSource,
  DetectOptions,
  SkipKind,
  SkippedRow,
} from "./budget.types";
import { SKIPPED_PREVIEW } from "./budget-lines";
import type { EvaluatedCandidate } from "./detect-candidates";
import { evaluateRegion, findRegions } from "./detect-candidates";
import { countsLine, otherLines, sourceLines, notFoundRef } from "./explain-detection";
import { normaliseHeader } from "./header-words";

/** What detection looks at: the grids read with formulas, and the outline's tables and sheets. */
export type DetectInput = {
  grids: readonly SheetGrid[];
  tables?: readonly TableInfo[];
  sheets?: readonly SheetInfo[];
};

/** How many lines the preview shows. */
export const PREVIEW_LINES = 20;

/**
 * Proposes a budget mapping, or says (as catalogue keys) why none was found. Pure; reads only `input`.
 * Time is linear in the cells of the viable candidates (about 0.3 s for 100 000 lines, see
 * scripts/bench-budget.ts).
 */
export function detectBudget(
  input: DetectInput,
  options: DetectOptions = {},
): BudgetDetectionResult {
  let regions = findRegions(input.grids, input.tables, input.sheets);
  if (options.sheet !== undefined) {
    const wanted = options.sheet.toLowerCase();
    regions = regions.filter((r) => r.sheet.toLowerCase() === wanted);
  }
  const evaluated = dropTableDuplicates(
    regions.flatMap((r) => evaluateRegion(r, options.budgetYear)),
  );
  const position = (sheet: string): number =>
    input.sheets?.find((s) => s.name === sheet)?.position ??
    input.grids.findIndex((g) => g.name === sheet);
  evaluated.sort(
    (a, b) =>
      Number(b.viable) - Number(a.viable) ||
      b.score - a.score ||
      position(a.sheet) - position(b.sheet) ||
      a.headerRow - b.headerRow,
  );
  const candidates = evaluated.map(publicCandidate);
  const best = evaluated[0];
  if (!best || !best.viable || !best.source || !best.read || best.budgetYear === undefined) {
    const ref = notFoundRef(candidates, options.sheet);
    return { status: "not-found", ...ref, explanation: [ref], candidates };
  }

  const chosen =
    options.sheet === undefined ? combine(best, evaluated) : { picked: [best], dropped: [] };
  const sources: BudgetSource[] = [];
  const lines: BudgetLine[] = [];
  const skipped: SkippedRow[] = [];
  const counts: Record<SkipKind, number> = {
    blank: 0,
    subtotal: 0,
    note: 0,
    "bad-amount": 0,
    "header-repeat": 0,
  };
  const explanation: MessageRef[] = [];
  const badCells: BudgetDetection["badCells"] = [];
  chosen.picked.forEach((candidate, index) => {
    const source = candidate.source as BudgetSource;
    const read = candidate.read as NonNullable<EvaluatedCandidate["read"]>;
    sources.push(source);
    for (const line of read.lines) {
      line.source = index;
      lines.push(line);
    }
    for (const row of read.skipped) if (skipped.length < SKIPPED_PREVIEW) skipped.push(row);
    for (const cell of read.badCells) if (badCells.length < SKIPPED_PREVIEW) badCells.push(cell);
    for (const kind of Object.keys(counts) as SkipKind[]) counts[kind] += read.skipCounts[kind];
  });
  explanation.push(...sourceLines(best, best.source));
  if (chosen.picked.length > 1) {
    const sheets = chosen.picked.map((c) => `«${c.sheet}»`).join(", ");
    explanation.push({
      key: "BUDGET_MERGED_SHEETS",
      params: { count: chosen.picked.length, sheets },
    });
  }
  for (const dup of chosen.dropped)
    explanation.push({ key: "BUDGET_DUPLICATE_SHEET", params: { sheet: dup.sheet } });
  const { lines: merged } = mergeSharedKeys(
    lines,
    lineKeyIdOf(
      sources.some((s) => s.keyColumns.prosjekt !== undefined),
      sources.some((s) => s.keyColumns.tjenesteomrade !== undefined),
    ),
  );
  const mergedRows = lines.length - merged.length;
  explanation.push(countsLine(merged.length, counts));
  if (mergedRows > 0)
    explanation.push({ key: "BUDGET_MERGED_ROWS", params: { count: mergedRows } });
  const others = evaluated.filter((c) => !chosen.picked.includes(c));
  explanation.push(...otherLines(others));
  const skippedCount = Object.values(counts).reduce((a, b) => a + b, 0);
  return {
    status: "found",
    mapping: { budgetYear: best.budgetYear, sources },
    explanation,
    lineCount: merged.length,
    skipped,
    skippedCount,
    candidates,
    preview: merged.slice(0, PREVIEW_LINES),
    mergedRows,
    badCells,
  };
}

/** A sheet scan that finds the header of a table leaves it to the table's own candidate. */
function dropTableDuplicates(candidates: EvaluatedCandidate[]): EvaluatedCandidate[] {
  const tables = candidates.filter((c) => c.region.table !== undefined).map((c) => c.region);
  return candidates.filter(
    (c) =>
      c.region.table !== undefined ||
      !tables.some((t) => t.sheet === c.sheet && c.headerRow >= t.top && c.headerRow <= t.bottom),
  );
}

/** The candidate as the UI sees it (without the rows read). */
function publicCandidate(c: EvaluatedCandidate): BudgetCandidate {
  const rest: BudgetCandidate & { read?: unknown; region?: unknown } = { ...c };
  delete rest.read;
  delete rest.region;
  return rest;
}

/** The same columns and plan years: sheets that belong to one budget (drift per område). */
function signature(c: EvaluatedCandidate): string {
  const source = c.source;
  if (!source) return "";
  const header = (col: number): string =>
    normaliseHeader(c.columns.find((x) => x.col === col)?.header ?? "");
  return JSON.stringify([
    Object.entries(source.keyColumns)
      .map(([d, col]) => [d, header(col)])
      .sort(),
    source.planColumns.map(header),
    c.budgetYear,
    source.unit,
  ]);
}

/**
 * The best candidate and, on other sheets, the best viable candidate with the same signature,
 * unless most of its keys repeat lines already taken (a copy of the same sheet).
 */
function combine(
  best: EvaluatedCandidate,
  ranked: readonly EvaluatedCandidate[],
): { picked: EvaluatedCandidate[]; dropped: EvaluatedCandidate[] } {
  const sig = signature(best);
  const picked = [best];
  const dropped: EvaluatedCandidate[] = [];
  // Built only when another sheet has the same signature: most workbooks have one budget sheet,
  // and hashing every key of 100 000 lines costs as much as reading them.
  let keys: Set<string> | null = null;
  const seenSheets = new Set([best.sheet]);
  for (const c of ranked) {
    if (!c.viable || seenSheets.has(c.sheet) || signature(c) !== sig) continue;
    seenSheets.add(c.sheet);
    keys ??= new Set((best.read?.lines ?? []).map((l) => keyText(l)));
    const lines = c.read?.lines ?? [];
    const repeated = lines.filter((l) => keys?.has(keyText(l))).length;
    if (repeated > lines.length / 2) {
      dropped.push(c);
      continue;
    }
    for (const l of lines) keys.add(keyText(l));
    picked.push(c);
  }
  return { picked, dropped };
}

function keyText(line: BudgetLine): string {
  return keyId(line.key);
}
