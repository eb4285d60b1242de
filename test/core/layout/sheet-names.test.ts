import { deepDiveSheetName, isDeepDiveSheet } from "../../../src/core/sheets/shared/sheet-names";
import { sheetNameProblem } from "../../../src/core/workbook/sheet-name";
import fc from "fast-check";

describe("deepDiveSheetName", () => {
  it("makes «Barnehage: bemanning/vikar» a valid sheet name within 31 characters", () => {
    const name = deepDiveSheetName("Barnehage: bemanning/vikar", []);

    expect(name).toBe("Gevinst DD Barnehage- bemanning");
    expect(sheetNameProblem(name)).toBeNull();
  });

  it("adds a number when the name is taken", () => {
    expect(deepDiveSheetName("Skole", ["Gevinst DD Skole"])).toBe("Gevinst DD Skole (2)");
  });

  it("always gives a valid deep-dive sheet name that starts with Gevinst", () => {
    expect(() =>
      fc.assert(
        fc.property(fc.string(), fc.array(fc.string(), { maxLength: 3 }), (wanted, taken) => {
          const name = deepDiveSheetName(wanted, taken);
          return sheetNameProblem(name, taken) === null && isDeepDiveSheet(name);
        }),
      ),
    ).not.toThrow();
  });
});
