import { numberProblem } from "../../src/taskpane/number-input";
import { STRINGS } from "../../src/taskpane/strings";

describe("numberProblem (a number the pane cannot read, said in words)", () => {
  it("says how to write thousands when they are written with full stops", () => {
    expect(numberProblem("1.200.000", STRINGS.nb.common)).toBe(
      "«1.200.000»: skriv tusener med mellomrom, ikke punktum: 1 200 000.",
    );
  });

  it("says that text is not a number, in the pane's language", () => {
    expect(numberProblem("abc", STRINGS.nb.common)).toBe(
      "«abc» er ikke et tall. Skriv for eksempel 250 000.",
    );
    expect(numberProblem("abc", STRINGS.nn.common)).toMatch(/^«abc» er ikkje eit tal\./);
    expect(numberProblem("abc", STRINGS.en.common)).toMatch(/^«abc» is not a number\./);
  });

  it("has nothing to say about a number or a blank field", () => {
    for (const text of ["", "  ", "250 000", "1 234,5", "−3", "1234.5"])
      expect(numberProblem(text, STRINGS.nb.common)).toBeNull();
  });
});
