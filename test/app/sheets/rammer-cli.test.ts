/**
 * «Gevinst Rammer» through the command line (spec §13, issue 24): `gevinst import p.json -o a.xlsx`
 * then `gevinst export a.xlsx` keeps the portfolio's rammeområder, their names and innsparingskrav,
 * and the area dimension, through the .xlsx package the command line writes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { toBuffer } from "../../cli/fixtures/budget-workbooks";
import { ensureCliBuilt, runGevinst } from "../../cli/support/run-cli";
import { libreOfficeRecalc, printToolsPresent } from "../../print/render-pdf";
import { bergenBudget, bergenPortfolio } from "./rammer-fixture";

jest.setTimeout(120_000);

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  await ensureCliBuilt();
}, 180_000);

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "gevinst-rammer-"));
  writeFileSync(file("budsjett.xlsx"), await toBuffer(bergenBudget()));
  writeFileSync(file("p.json"), JSON.stringify(bergenPortfolio(), null, 2));
});

type Exported = {
  areaDimension?: string;
  areaPrefix?: number;
  areas?: { id: string; name: string; savingsTarget?: Record<string, number> }[];
};

describe("gevinst import → export with rammeområder", () => {
  it("keeps the areas, their names and targets, and the area dimension", async () => {
    const imported = await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);
    expect(imported.stderr).toBe("");
    const exported = await runGevinst(["export", "a.xlsx", "-o", "a.json"], dir);
    expect(exported.code).not.toBe(2);
    const back = JSON.parse(readFileSync(file("a.json"), "utf8")) as Exported;
    const given = bergenPortfolio() as Exported;
    expect(back.areas).toEqual(given.areas);
    expect(back.areaDimension).toBe("tjenesteomrade");
    expect(back.areaPrefix).toBeUndefined();
  });

  it("keeps a krav typed into the sheet in plain Excel through a second import", async () => {
    await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file("a.xlsx"));
    const sheet = book.getWorksheet("Gevinst Rammer")!;
    // The targets table: «Rammeområde» header, then 02 (Barnevern) and 16 (Administrasjon).
    let row = 0;
    sheet.eachRow((r, n) => {
      if (r.getCell(1).value === "02" && row === 0) row = n;
    });
    expect(row).toBeGreaterThan(0);
    sheet.getCell(row, 3).value = 111_111;
    await book.xlsx.writeFile(file("b.xlsx"));
    const other = bergenPortfolio();
    delete other.areas;
    delete other.areaDimension;
    writeFileSync(file("p2.json"), JSON.stringify(other, null, 2));

    const again = await runGevinst(["import", "b.xlsx", "p2.json", "-o", "c.xlsx"], dir);
    expect(again.code).not.toBe(2);
    const back = JSON.parse((await runGevinst(["export", "c.xlsx"], dir)).stdout) as Exported;
    expect(back.areas?.[0]?.savingsTarget).toEqual({ "2027": 111_111, "2028": 120_000 });
    expect(back.areas?.[1]).toEqual((bergenPortfolio() as Exported).areas?.[1]);
  });

  it("gevinst roll moves the areas' krav with the plan years", async () => {
    writeFileSync(file("neste.xlsx"), await toBuffer(bergenBudget(2028)));
    await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);
    const roll = await runGevinst(["roll", "a.xlsx", "neste.xlsx", "-o", "b.xlsx"], dir);
    expect(roll.code).not.toBe(2);
    const back = JSON.parse((await runGevinst(["export", "b.xlsx"], dir)).stdout) as Exported;
    expect(back.areaDimension).toBe("tjenesteomrade");
    expect(back.areas).toEqual([
      { id: "02", name: "Barnevern", savingsTarget: { "2028": 120_000 } },
      { id: "16", name: "Administrasjon", savingsTarget: { "2029": 60_000 } },
    ]);
  });

  it("keeps a prefix grouping", async () => {
    const p = bergenPortfolio();
    p.areaDimension = "funksjon";
    p.areaPrefix = 3;
    p.areas = [{ id: "251", name: "Barnevern", savingsTarget: { "2027": 10_000 } }];
    writeFileSync(file("p.json"), JSON.stringify(p, null, 2));
    await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);
    const back = JSON.parse((await runGevinst(["export", "a.xlsx"], dir)).stdout) as Exported;
    expect(back.areaDimension).toBe("funksjon");
    expect(back.areaPrefix).toBe(3);
    expect(back.areas).toEqual(p.areas);
  });
});

const soffice = printToolsPresent();
if (!soffice)
  console.warn("LibreOffice (soffice) is not installed: Rammer second-engine check skipped.");

type AreaYear = {
  ramme: number;
  budgetNet: number;
  target: number;
  gap: number;
  balanced: boolean;
};
type ReportAreas = { areas?: { id: string; years: Record<string, AreaYear> }[] };

/**
 * The number or text a recalculated cell holds. ExcelJS gives a formula cell as { formula,
 * result } and leaves `result` out when LibreOffice stored 0 (its <v>0</v> is falsy to it).
 */
function resultOf(value: ExcelJS.CellValue): unknown {
  if (value !== null && typeof value === "object" && "formula" in value)
    return "result" in value ? value.result : 0;
  return value;
}

(soffice ? describe : describe.skip)(
  "the file gevinst import writes, recalculated by LibreOffice",
  () => {
    it("gives per area and plan year the report's ramme, netto, krav, gap and balance", async () => {
      await runGevinst(["import", "budsjett.xlsx", "p.json", "-o", "a.xlsx"], dir);
      const report = JSON.parse(
        (await runGevinst(["report", "a.xlsx", "--json"], dir)).stdout,
      ) as ReportAreas;
      expect(report.areas?.map((a) => a.id)).toEqual(["02", "16", "17A"]);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(
        libreOfficeRecalc(readFileSync(file("a.xlsx"))) as unknown as ArrayBuffer,
      );
      const sheet = book.getWorksheet("Gevinst Rammer")!;
      const got: Record<string, Record<string, unknown[]>> = {};
      let year = "";
      sheet.eachRow((row) => {
        const a = resultOf(row.getCell(1).value);
        const section = typeof a === "string" ? /^Planår (\d{4})$/.exec(a) : null;
        if (section) year = section[1] as string;
        else if (year !== "" && typeof a === "string" && a !== "" && a !== "Rammeområde")
          (got[year] ??= {})[a] = [3, 4, 5, 6, 7].map((c) => resultOf(row.getCell(c).value));
      });
      let compared = 0;
      for (const area of report.areas ?? [])
        for (const [y, want] of Object.entries(area.years)) {
          const cells = got[y]?.[area.id] ?? [];
          expect({ area: area.id, y, cells }).toEqual({
            area: area.id,
            y,
            cells: [
              want.ramme,
              want.budgetNet,
              want.target,
              want.gap,
              want.balanced ? "Ja" : "Nei",
            ],
          });
          compared++;
        }
      expect(compared).toBe(12);
      // 16 in 2027 by hand: 1 000 000 − 50 000 in the budget, ¾ of 100 000 taken out, krav 50 000.
      expect(got["2027"]?.["16"]).toEqual([950_000, 75_000, 50_000, -25_000, "Ja"]);
    });
  },
);
