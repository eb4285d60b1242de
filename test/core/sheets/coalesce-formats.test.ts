import { coalesceFormats } from "../../../src/core/sheets/shared/plan-sheet-changes";
import { at } from "../../../src/core/sheets/shared/sheet-draft";

const kroner = { numberFormat: "#,##0", locked: true };
const text = { numberFormat: "@", locked: false };

describe("coalesceFormats", () => {
  it("joins neighbouring columns with the same style and rows into one range", () => {
    const formats = [0, 1, 2].map((c) => ({ range: at(5, 3 + c, 10, 1), style: kroner }));

    expect(coalesceFormats(formats)).toEqual([{ range: at(5, 3, 10, 3), style: kroner }]);
  });

  it("keeps apart what differs in style, rows or place, and keeps the order", () => {
    const formats = [
      { range: at(5, 0, 10, 1), style: text },
      { range: at(5, 1, 10, 1), style: kroner },
      { range: at(5, 2, 9, 1), style: kroner },
      { range: at(5, 4, 9, 1), style: kroner },
      { range: at(5, 5, 9, 1), style: text },
    ];

    expect(coalesceFormats(formats)).toEqual(formats);
  });
});
