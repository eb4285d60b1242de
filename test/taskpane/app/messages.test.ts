import { EditError } from "../../../src/app/edit-portfolio";
import { combineIssues } from "../../../src/app/read-portfolio";
import { problemMessage } from "../../../src/taskpane/problem-messages";
import { STRINGS } from "../../../src/taskpane/strings";
import { CATALOGUES, renderIssue, renderWorkbookError } from "../../../src/app/messages";
import { formatIssue } from "../../../src/cli/issue-lines";
import type { Issue } from "../../../src/core/model/issue.types";
import { emptyPortfolio } from "../../../src/core/model/settings";
import { validatePortfolio } from "../../../src/core/validation";
import { WorkbookError } from "../../../src/core/workbook/workbook-port";

function portfolioWithoutOwner() {
  const portfolio = emptyPortfolio(2027, "Eksempel kommune");
  portfolio.measures = [
    {
      id: "T1",
      name: "Digitalt tilsyn",
      status: "vedtatt",
      costs: { oneTime: {}, running: {} },
      benefits: [],
    },
  ];
  return portfolio;
}

describe("the message catalogues", () => {
  it("renders a validation issue from its key and params in nb, nn and en", () => {
    const issue = validatePortfolio(portfolioWithoutOwner()).find(
      (i) => i.code === "MISSING_OWNER",
    );
    expect(issue?.key).toBe("MISSING_OWNER");
    expect(issue?.params).toEqual({ m: "T1", mName: "Digitalt tilsyn" });
    const shown = (language: "nb" | "nn" | "en") => renderIssue(issue as Issue, language);
    expect(shown("nb")).toMatch(/^Tiltak T1 «Digitalt tilsyn» har ingen gevinstansvarlig\./);
    expect(shown("nn")).toMatch(/har ingen gevinstansvarleg\./);
    expect(shown("en")).toMatch(/^Measure T1 «Digitalt tilsyn» has no benefit owner\./);
    // The command line prints the bokmål catalogue's text.
    expect(formatIssue(issue as Issue)).toContain(shown("nb"));
  });

  it("keeps the bokmål message of an issue without a key (callers not yet on the catalogue)", () => {
    const issue: Issue = { severity: "error", code: "BAD_FORMAT", message: "Egen melding." };
    expect(renderIssue(issue, "en")).toBe("Egen melding.");
  });

  it("has every workbook error reason in every language, and only there", () => {
    for (const language of ["nb", "nn", "en"] as const) {
      const error = new WorkbookError("sheet-protected", "raw");
      expect(renderWorkbookError(error, language)).toBe(
        CATALOGUES[language].workbookErrors["sheet-protected"],
      );
      expect(renderWorkbookError(new Error("x"), language)).toBeNull();
    }
    expect(CATALOGUES.en.workbookErrors.unknown).not.toEqual(CATALOGUES.nb.workbookErrors.unknown);
  });

  it("finds a value reported twice by the raw value both carry, not by the message text", () => {
    const atCell: Issue = {
      severity: "error",
      code: "BAD_VALUE",
      message: "Cellen D12 inneholder «abc».",
      measure: "T1",
      sheet: "Gevinst Tiltak",
      cell: "D12",
      params: { raw: "abc" },
    };
    const fromCheck: Issue = {
      severity: "error",
      code: "BAD_VALUE",
      message: "Helt annen ordlyd uten guillemets.",
      measure: "T1",
      key: "BAD_VALUE_UNREADABLE",
      params: { raw: "abc", path: "annual" },
    };
    const other: Issue = { ...fromCheck, params: { raw: "xyz", path: "annual" } };
    expect(combineIssues([atCell], [fromCheck, other])).toEqual([atCell, other]);
  });

  it("shows a refused edit in the pane's language, with the bokmål text as its message", () => {
    const error = new EditError("EDIT_DEEP_DIVE_EXISTS", { name: "Helse" });
    expect(error.message).toBe(
      "Det finnes allerede et dypdykk som heter «Helse». Velg et annet navn.",
    );
    expect(problemMessage(error, STRINGS.nb)).toBe(error.message);
    expect(problemMessage(error, STRINGS.nn)).toBe(
      "Det finst alt eit djupdykk som heiter «Helse». Vel eit anna namn.",
    );
    expect(problemMessage(error, STRINGS.en)).toBe(
      "There is already a deep-dive called «Helse». Choose another name.",
    );
  });
});
