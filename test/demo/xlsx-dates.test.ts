/**
 * «Åpne .xlsx» in the demo reads a date cell as the same whole serial number wherever the browser
 * is. exceljs gives a date cell as that day's UTC midnight; converting it in local time gave
 * 46401.79 for 15 January 2027 west of Greenwich (shown as the 14th) and 46402.04 east of it.
 */
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/demo/xlsx-io";

async function workbookWithDate(): Promise<ArrayBuffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Budsjett");
  sheet.getCell("A1").value = new Date(Date.UTC(2027, 0, 15));
  sheet.getCell("A1").numFmt = "dd.mm.yyyy";
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

describe("the demo's «Åpne .xlsx» and dates", () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["west of Greenwich (New York, UTC−5)", 300],
    ["east of Greenwich (Oslo, UTC+1)", -60],
    ["in UTC", 0],
  ])("reads 15 January 2027 as serial 46402 %s", async (_where, offsetMinutes) => {
    const bytes = await workbookWithDate();
    jest.spyOn(Date.prototype, "getTimezoneOffset").mockReturnValue(offsetMinutes);

    const workbook = await readXlsx(bytes);

    expect(workbook.sheet("Budsjett")?.get(0, 0)?.value).toBe(46402);
  });
});
