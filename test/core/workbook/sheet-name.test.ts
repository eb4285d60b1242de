import fc from "fast-check";

import { sheetNameProblem, toSafeSheetName } from "../../../src/core/workbook/sheet-name";
import { textOf } from "../../support/text-of";

describe("sheet names", () => {
  it("explains why a name breaks Excel's rules", () => {
    const said = (name: string, taken?: string[]) =>
      textOf(sheetNameProblem(name, taken) ?? undefined);
    expect(said("")).toMatch(/tomt/);
    expect(said("x".repeat(32))).toMatch(/31 tegn/);
    expect(said("Barnehage: bemanning/vikar")).toMatch(/tegnene/);
    expect(said("'Kari'")).toMatch(/apostrof/);
    expect(said("gevinst", ["Gevinst"])).toMatch(/finnes allerede/);
    expect(sheetNameProblem("Gevinst Tiltak")).toBeNull();
  });

  it("makes a safe name from a deep-dive name with forbidden characters", () => {
    expect(toSafeSheetName("Gevinst Barnehage: bemanning/vikar")).toBe(
      "Gevinst Barnehage- bemanning-vi",
    );
  });

  it("adds a number when the name is taken, without regard to case", () => {
    expect(toSafeSheetName("Gevinst DD", ["gevinst dd", "Gevinst DD (2)"])).toBe("Gevinst DD (3)");
  });

  it("always returns a name Excel accepts and that is not taken", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.array(fc.string({ maxLength: 31 }), { maxLength: 5 }),
        (wanted, taken) => {
          const name = toSafeSheetName(wanted, taken);

          expect(sheetNameProblem(name, taken)).toBeNull();
        },
      ),
    );
  });
});
