import { MemoryWorkbook } from "../../../src/adapters/memory";
import type { WorkbookSeed } from "../../../src/adapters/memory/workbook-seed";
import type { BudgetDetectionResult, DetectOptions } from "../../../src/core/budget/budget.types";
import { detectBudget } from "../../../src/core/budget/detect-budget";
import {
  BUDGET_WORKBOOKS,
  decoyOnly,
  erpExport,
  tableBudget,
  textAmounts,
  thousandsBudget,
  twoSheetBudget,
} from "../../support/budget-workbooks";
import { messageText } from "../../../src/app/messages";
import { textOf } from "../../support/text-of";
import type { MessageRef } from "../../../src/core/model/issue.types";

async function detect(seed: WorkbookSeed, options?: DetectOptions): Promise<BudgetDetectionResult> {
  const workbook = MemoryWorkbook.fromSeed(seed);
  const outline = await workbook.describe();
  const grids = await workbook.readSheets(
    outline.sheets.map((s) => s.name),
    { formulas: true },
  );
  return detectBudget({ grids, tables: outline.tables, sheets: outline.sheets }, options);
}

describe("detectBudget on generated budget workbooks", () => {
  it.each(Object.entries(BUDGET_WORKBOOKS))("finds the budget in %s", async (_name, make) => {
    const { seed, expected, lines } = make();

    const result = await detect(seed);

    if (result.status !== "found" || !expected) throw new Error(JSON.stringify(result));
    expect(result.mapping.budgetYear).toBe(expected.budgetYear);
    expect(result.mapping.sources.map((s) => s.sheet)).toEqual(expected.sheets);
    for (const source of result.mapping.sources) {
      expect(source.headerRow).toBe(expected.headerRow);
      expect(source.keyColumns).toEqual(expected.keyColumns);
      expect(source.planColumns).toEqual(expected.planColumns);
      expect(source.unit).toBe(expected.unit);
      expect(source.table).toBe(expected.table);
      expect(source.nameColumns).toEqual(expected.nameColumns);
    }
    expect(result.lineCount).toBe(expected.lineCount);
    const first = lines[0];
    const preview = result.preview[0];
    expect(preview?.key).toEqual({
      ansvar: first?.ansvar,
      art: first?.art,
      funksjon: first?.funksjon,
      prosjekt: first?.prosjekt,
    });
    preview?.amounts.forEach((amount, i) =>
      expect(amount).toBeCloseTo(first?.amounts[i] ?? NaN, 6),
    );
  });

  it("skips subtotal rows, blank rows, the repeated header and the note in an ERP export", async () => {
    const { seed } = erpExport(150);

    const result = await detect(seed);

    if (result.status !== "found") throw new Error(messageText(result));
    const kinds = new Set(result.skipped.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(["blank", "header-repeat", "note", "subtotal"]);
    // 6 ansvar groups: 6 «Sum ansvar» rows + «Totalt» = 7 subtotals; 6 blank rows; 1 header; 1 note.
    expect(result.skippedCount).toBe(7 + 6 + 1 + 1);
    expect(result.explanation.map((r) => messageText(r))[0]).toBe(
      "Fant budsjettet i arket «Budsjett 2027», overskrift i rad 4.",
    );
    expect(result.explanation.map((r) => messageText(r)).join("\n")).toContain(
      "«Regnskap 2025», «Oppr. budsjett 2026», «Revidert budsjett 2026»",
    );
  });

  it("reads amounts in 1 000 kr as kroner", async () => {
    const { seed, lines } = thousandsBudget(5);

    const result = await detect(seed);

    if (result.status !== "found") throw new Error(messageText(result));
    expect(result.mapping.sources[0]?.unit).toBe(1000);
    expect(result.preview.map((l) => l.amounts)).toEqual(lines.map((l) => l.amounts));
    expect(result.explanation.map((r) => messageText(r))).toContain(
      "Beløpene står i 1 000 kr; Gevinst regner dem om til kroner.",
    );
  });

  it("reads numeric codes as text («254» = 254) from a table", async () => {
    const { seed } = tableBudget(3);

    const result = await detect(seed);

    if (result.status !== "found") throw new Error(messageText(result));
    expect(result.preview.map((l) => l.key.funksjon).every((f) => typeof f === "string")).toBe(
      true,
    );
    expect(result.candidates[0]?.table).toBe("tblBudsjett");
  });

  it("says in Norwegian that no budget was found, naming what the nearest sheet lacks", async () => {
    const result = await detect(decoyOnly().seed);

    expect(result.status).toBe("not-found");
    if (result.status !== "not-found") throw new Error("found a budget");
    expect(messageText(result)).toContain("Fant ikke noe budsjett i arbeidsboka");
    expect(messageText(result)).toContain("arket «Personal»");
    expect(messageText(result)).toContain("mangler en budsjettkolonne med årstall");
  });

  it("keeps to the chosen sheet and does not combine when a sheet is given", async () => {
    const result = await detect(twoSheetBudget().seed, { sheet: "Drift Helse" });

    if (result.status !== "found") throw new Error(messageText(result));
    expect(result.mapping.sources.map((s) => s.sheet)).toEqual(["Drift Helse"]);
  });

  it("uses a given budget year and keeps later years out of the plan", async () => {
    const { seed } = erpExport(10);

    const result = await detect(seed, { budgetYear: 2026 });

    // 2026 has Oppr. (H) and Revidert (I): the rightmost, Revidert, is the plan column.
    if (result.status !== "found") throw new Error(messageText(result));
    expect(result.mapping.budgetYear).toBe(2026);
    expect(result.mapping.sources[0]?.planColumns).toEqual([8, 9, 10, 11]);
  });

  it("carries forward plan years a given budget year has no columns for (spec §4)", async () => {
    const result = await detect(erpExport(10).seed, { budgetYear: 2029 });

    if (result.status !== "found") throw new Error(messageText(result));
    const source = result.mapping.sources[0];
    const b = source?.planColumns[0];
    expect(source?.planColumns).toEqual([b, (b ?? 0) + 1, b, b]);
    expect(result.explanation.map((r) => messageText(r)).join("\n")).toContain("Videreført");
  });

  it("reports a budget year without a column", async () => {
    const result = await detect(erpExport(10).seed, { budgetYear: 2035 });

    expect(result.status).toBe("not-found");
    expect(textOf(result as MessageRef)).toEqual(
      expect.stringContaining("en budsjettkolonne for 2035"),
    );
  });

  it("does not combine a copy of the same sheet", async () => {
    const { seed } = twoSheetBudget();
    const helse = seed.sheets[2];
    if (!helse) throw new Error("seed");
    seed.sheets.push({ ...helse, name: "Drift Helse (kopi)" });

    const result = await detect(seed);

    if (result.status !== "found") throw new Error(messageText(result));
    expect(result.mapping.sources.map((s) => s.sheet)).toEqual(["Drift Oppvekst", "Drift Helse"]);
    expect(result.explanation.map((r) => messageText(r)).join("\n")).toContain(
      "«Drift Helse (kopi)» har de samme linjene",
    );
  });

  it("ignores Gevinst sheets and very hidden sheets", async () => {
    const { seed } = textAmounts();
    const budget = seed.sheets[0];
    if (!budget) throw new Error("seed");
    seed.sheets = [
      { ...budget, name: "Gevinst Budsjett" },
      { ...budget, name: "Skjult", visibility: "veryHidden" },
    ];

    const result = await detect(seed);

    expect(result.status).toBe("not-found");
  });
});
