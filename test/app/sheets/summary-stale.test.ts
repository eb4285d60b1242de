/**
 * «Gevinst Sammendrag» after any sequence of set up / import / refresh looks exactly as it does
 * in a workbook given the same portfolio at once: no label left from an earlier layout, no
 * heading style on a row that moved (issue 16). The same holds for the kommune's A3.
 */
import fc from "fast-check";
import type { MemoryWorkbook } from "../../../src/adapters/memory";
import { importPortfolio } from "../../../src/app/import-portfolio";
import { readPortfolio } from "../../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../../src/app/refresh-sheets";
import { setUpGevinstSheets } from "../../../src/app/set-up-sheets";
import type { Portfolio } from "../../../src/core/model/portfolio.types";
import { SHEET_A3_KOMMUNE, SHEET_SUMMARY } from "../../../src/core/sheets/shared/sheet-names";
import { MARKER_COL } from "../../../src/core/sheets/shared/sheet-draft";
import { aBenefit, aDeepDive, aMeasure, aPortfolio } from "../../support/builders";
import { MAPPING, NOW, USER, budgetWorkbook } from "./sheets-fixture";

/** A portfolio with the first `n` of five deep-dives, one measure each. */
function withDeepDives(n: number): Portfolio {
  const ids = [1, 2, 3, 4, 5].slice(0, n);
  return aPortfolio({
    deepDives: ids.map((i) => aDeepDive({ id: `DD${i}`, name: `Område ${i}` })),
    measures: ids.map((i) =>
      aMeasure({
        id: `T${i}`,
        deepDive: `DD${i}`,
        status: "vedtatt",
        benefits: [aBenefit({ id: `T${i}-G1`, links: [], indicators: [] })],
      }),
    ),
  });
}

type Step = { kind: "setUp" } | { kind: "refresh" } | { kind: "import"; deepDives: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ kind: "setUp" }),
  fc.constant<Step>({ kind: "refresh" }),
  fc.integer({ min: 0, max: 5 }).map<Step>((deepDives) => ({ kind: "import", deepDives })),
);

async function run(workbook: MemoryWorkbook, s: Step): Promise<void> {
  const context = { now: NOW, user: USER, mapping: MAPPING };
  if (s.kind === "setUp") await setUpGevinstSheets(workbook, context);
  else if (s.kind === "refresh") await refreshGevinstSheets(workbook, context);
  else await importPortfolio(workbook, withDeepDives(s.deepDives), context);
}

/** What a person sees of each cell: content, and the style that shows (defaults made explicit). */
function looks(workbook: MemoryWorkbook, sheet: string): Map<string, string> {
  const seen = new Map<string, string>();
  for (const [key, cell] of workbook.requireSheet(sheet).cells) {
    if (Number(key.split(",")[1]) >= MARKER_COL) continue;
    const s = cell.style;
    const shown = {
      content: cell.formula ?? cell.value ?? null,
      bold: s.bold ?? false,
      fill: s.fill === undefined || s.fill === "#FFFFFF" ? null : s.fill,
      size: s.fontSize ?? 11,
      format:
        cell.numberFormat === null || cell.numberFormat === "General" ? null : cell.numberFormat,
    };
    const blank = shown.content === null && !shown.bold && shown.fill === null && shown.size === 11;
    if (!blank || shown.format !== null) seen.set(key, JSON.stringify(shown));
  }
  return seen;
}

describe("«Gevinst Sammendrag» after set up, import and refresh in any order", () => {
  it("looks as in a workbook given the same portfolio at once", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
        const workbook = budgetWorkbook();
        await setUpGevinstSheets(workbook, { now: NOW, user: USER, mapping: MAPPING });
        for (const s of steps) await run(workbook, s);

        const fresh = budgetWorkbook();
        const { portfolio } = await readPortfolio(workbook);
        await importPortfolio(fresh, portfolio, { now: NOW, user: USER, mapping: MAPPING });

        for (const sheet of [SHEET_SUMMARY, SHEET_A3_KOMMUNE])
          expect(Object.fromEntries(looks(workbook, sheet))).toEqual(
            Object.fromEntries(looks(fresh, sheet)),
          );
      }),
      { numRuns: 25 },
    );
  });
});
