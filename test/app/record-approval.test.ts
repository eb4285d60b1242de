import { importPortfolio } from "../../src/app/import-portfolio";
import { isEditError } from "../../src/app/edit-portfolio";
import { approveA3, listA3Documents, recordApproval } from "../../src/app/record-approval";
import { confirmBudgetMapping } from "../../src/app/connect-budget";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { createBudgetIndex } from "../../src/core/budget/budget-index";
import { readBudgetLines } from "../../src/core/budget/budget-lines";
import { settingsRows } from "../../src/core/sheets/settings/render-settings";
import { toA1 } from "../../src/core/workbook/address";
import { readPortfolio } from "../../src/app/read-portfolio";
import type { MemoryWorkbook } from "../../src/adapters/memory";
import { SHEET_LOG } from "../../src/core/sheets/shared/sheet-names";
import { MAPPING, NOW, USER, budgetWorkbook, handMadePortfolio } from "./sheets/sheets-fixture";
import { textOf } from "../support/text-of";

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

    expect(isEditError(error) && textOf(error)).toBe(
      "Navnet på den som godkjenner mangler. Skriv inn et navn.",
    );
    expect(workbook.calls.apply).toBe(applies);
  });

  it("refuses a workbook without Gevinst sheets", async () => {
    const workbook = budgetWorkbook();

    const error = await failureOf(recordApproval(workbook, APPROVAL));

    expect(isEditError(error) && textOf(error)).toBe(
      "Gevinst-arkene finnes ikke ennå. Opprett dem først.",
    );
    expect(workbook.calls.apply).toBe(0);
  });
});

describe("approveA3", () => {
  it("logs the approval with role and chosen version, and the A3's header shows it", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });

    await approveA3(workbook, {
      now: NOW,
      user: USER,
      approver: "Kari Nordmann",
      role: "kommunedirektor",
      document: "K1",
      version: "K3",
    });

    const lines = logRowsWith(workbook, "Godkjent Kommunen som helhet [K1]");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual(expect.arrayContaining(["Kari Nordmann (kommunedirektør)", "K3"]));
    const a3 = workbook.requireSheet("Gevinst A3 Kommunen");
    const logRow = [...workbook.requireSheet(SHEET_LOG).cells].find(
      ([, cell]) => cell.value === "Godkjent Kommunen som helhet [K1]",
    )?.[0];
    const row = Number(logRow?.split(",")[0]) + 1;
    expect(a3.get(1, 9)?.formula).toBe(`='Gevinst Logg'!$E$${row}&""`);
    expect(a3.get(2, 4)?.formula).toBe(`='Gevinst Logg'!$B$${row}&""`);
    const { portfolio } = await readPortfolio(workbook);
    expect(portfolio.approvals).toEqual([
      { document: "K1", version: "K3", by: "Kari Nordmann (kommunedirektør)", date: "2026-09-01" },
    ]);
  });

  it("refuses a version the document does not have, or none, without writing", async () => {
    const workbook = budgetWorkbook();
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
    });
    const base = { now: NOW, user: USER, approver: "Eva", role: "okonomisjef" as const };

    const none = await failureOf(approveA3(workbook, { ...base, document: "K1", version: "" }));
    const wrong = await failureOf(
      approveA3(workbook, { ...base, document: "K2 DD1", version: "K3" }),
    );

    expect(isEditError(none)).toBe(true);
    expect(isEditError(wrong)).toBe(true);
    expect(logRowsWith(workbook, "Godkjent Kommunen som helhet [K1]")).toEqual([]);
  });

  it("offers each unit typed on the settings sheet as a K4 A3, and approving fills its line", async () => {
    const workbook = budgetWorkbook();
    // As the pane has it: the mapping confirmed and stored, so approving can read the budget.
    await confirmBudgetMapping(workbook, MAPPING);
    const budget = createBudgetIndex(
      readBudgetLines(MAPPING, await workbook.readSheets(["Budsjett"])).lines,
    );
    await importPortfolio(workbook, handMadePortfolio(), {
      now: NOW,
      user: USER,
      mapping: MAPPING,
      budget,
    });
    const before = await listA3Documents(workbook);
    expect(before.some((d) => d.unit)).toBe(false);
    workbook.typeCell(
      "Gevinst Innstillinger",
      toA1({ row: settingsRows().a3Units as number, col: 1 }),
      "3100, funksjon 254",
    );
    await refreshGevinstSheets(workbook, { now: NOW, user: USER, mapping: MAPPING, budget });
    const unitSheet = workbook.requireSheet("Gevinst A3 Enhet 3100");
    expect(unitSheet.get(2, 4)?.formula).toBe('="Ikke godkjent"');

    const documents = await listA3Documents(workbook);
    expect(documents.slice(before.length)).toEqual([
      {
        key: "K4 ansvar 3100",
        title: "Resultatenhet 3100",
        versions: ["K4"],
        unit: { dimension: "ansvar", code: "3100" },
      },
      {
        key: "K4 funksjon 254",
        title: "Tjenesteområde 254",
        versions: ["K4"],
        unit: { dimension: "funksjon", code: "254" },
      },
    ]);
    const base = { now: NOW, user: USER, approver: "Eva", role: "okonomisjef" as const };
    // A unit's A3 is K4 only: another version is refused.
    expect(
      isEditError(
        await failureOf(
          approveA3(workbook, { ...base, document: "K4 ansvar 3100", version: "K1" }),
        ),
      ),
    ).toBe(true);

    await approveA3(workbook, { ...base, document: "K4 ansvar 3100", version: "K4" });

    const lines = logRowsWith(workbook, "Godkjent Resultatenhet 3100 [K4 ansvar 3100]");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toEqual(expect.arrayContaining(["Eva (økonomisjef)", "K4"]));
    const logRow = [...workbook.requireSheet(SHEET_LOG).cells].find(
      ([, cell]) => cell.value === "Godkjent Resultatenhet 3100 [K4 ansvar 3100]",
    )?.[0];
    const row = Number(logRow?.split(",")[0]) + 1;
    expect(workbook.requireSheet("Gevinst A3 Enhet 3100").get(2, 4)?.formula).toBe(
      `='Gevinst Logg'!$B$${row}&""`,
    );
    // The other unit's A3 is not approved by it.
    expect(workbook.requireSheet("Gevinst A3 Tjeneste 254").get(2, 4)?.formula).toBe(
      '="Ikke godkjent"',
    );
    const { portfolio } = await readPortfolio(workbook);
    expect(portfolio.approvals).toEqual([
      { document: "K4 ansvar 3100", version: "K4", by: "Eva (økonomisjef)", date: "2026-09-01" },
    ]);
  });
});
