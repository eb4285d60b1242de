import { importPortfolio } from "../../src/app/import-portfolio";
import { isEditError } from "../../src/app/edit-portfolio";
import { recordApproval } from "../../src/app/record-approval";
import type { MemoryWorkbook } from "../../src/adapters/memory";
import { SHEET_LOG } from "../../src/core/sheets/shared/sheet-names";
import { MAPPING, NOW, USER, budgetWorkbook, handMadePortfolio } from "./sheets/sheets-fixture";

const APPROVAL = {
  now: NOW,
  user: USER,
  approver: "Økonomisjef Eva",
  budgetYear: 2027,
  summary: "Netto 2027: 1 200 000 kr",
};

/** The log's rows that hold `text` in some cell, as lists of cell values. */
function logRowsWith(workbook: MemoryWorkbook, text: string): unknown[][] {
  const rows = new Map<number, unknown[]>();
  for (const [key, cell] of workbook.requireSheet(SHEET_LOG).cells) {
    const [row, col] = key.split(",").map(Number) as [number, number];
    const values = rows.get(row) ?? [];
    values[col] = cell.value;
    rows.set(row, values);
  }
  return [...rows.values()].filter((values) => values.includes(text));
}

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

describe("recordApproval", () => {
  it("writes one log line with the approver, the budget year and the summary, each time", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    await recordApproval(workbook, APPROVAL);
    await recordApproval(workbook, APPROVAL);

    const lines = logRowsWith(workbook, "Godkjent budsjettforslag 2027");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toEqual(
      expect.arrayContaining(["Økonomisjef Eva", "Netto 2027: 1 200 000 kr"]),
    );
  });

  it("refuses a blank approver name without writing", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });
    const applies = workbook.calls.apply;

    const error = await failureOf(recordApproval(workbook, { ...APPROVAL, approver: "  " }));

    expect(isEditError(error) && error.message).toBe(
      "Navnet på den som godkjenner mangler. Skriv inn et navn.",
    );
    expect(workbook.calls.apply).toBe(applies);
  });

  it("refuses a workbook without Gevinst sheets", async () => {
    const workbook = budgetWorkbook();

    const error = await failureOf(recordApproval(workbook, APPROVAL));

    expect(isEditError(error) && error.message).toBe(
      "Gevinst-arkene finnes ikke ennå. Opprett dem først.",
    );
    expect(workbook.calls.apply).toBe(0);
  });
});
