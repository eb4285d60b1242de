import { EditError } from "../../../src/app/edit-portfolio";
import { combineIssues } from "../../../src/app/read-portfolio";
import { problemMessage } from "../../../src/taskpane/problem-messages";
import { STRINGS } from "../../../src/taskpane/strings";
import { CATALOGUES, messageText, workbookErrorText } from "../../../src/app/messages";
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
    const shown = (language: "nb" | "nn" | "en") => messageText(issue as Issue, language);
    expect(shown("nb")).toMatch(/^Tiltak T1 «Digitalt tilsyn» har ingen gevinstansvarlig\./);
    expect(shown("nn")).toMatch(/har ingen gevinstansvarleg\./);
    expect(shown("en")).toMatch(/^Measure T1 «Digitalt tilsyn» has no benefit owner\./);
    // The command line prints the bokmål catalogue's text.
    expect(formatIssue(issue as Issue)).toContain(shown("nb"));
  });

  it("shows a key no catalogue knows as the key itself, never as another language's text", () => {
    const issue: Issue = { severity: "error", code: "BAD_FORMAT", key: "NOT_A_KEY", params: {} };
    expect(messageText(issue, "en")).toBe("NOT_A_KEY");
  });

  it("has every workbook error reason in every language, and only there", () => {
    for (const language of ["nb", "nn", "en"] as const) {
      expect(workbookErrorText(new WorkbookError("sheet-protected"), language)).toBe(
        CATALOGUES[language].workbookErrors["sheet-protected"],
      );
      expect(workbookErrorText(new Error("x"), language)).toBeNull();
    }
    expect(CATALOGUES.en.workbookErrors.unknown).not.toEqual(CATALOGUES.nb.workbookErrors.unknown);
  });

  it("says a platform failure with its detail in the pane's language, and when it was half done", () => {
    const protectedSheet = new WorkbookError("sheet-protected", {
      key: "SHEET_PROTECTED_NAMED",
      params: { sheet: "Gevinst Tiltak" },
    });
    expect(workbookErrorText(protectedSheet, "nb")).toBe(
      `${CATALOGUES.nb.workbookErrors["sheet-protected"]} (Arket «Gevinst Tiltak» er beskyttet.)`,
    );
    expect(workbookErrorText(protectedSheet, "en")).toBe(
      `${CATALOGUES.en.workbookErrors["sheet-protected"]} (The sheet «Gevinst Tiltak» is protected.)`,
    );
    const password = new WorkbookError(
      "sheet-protected",
      { key: "WORKBOOK_PASSWORD", params: {} },
      { partlyWritten: true },
    );
    const nn = workbookErrorText(password, "nn") ?? "";
    expect(nn).toMatch(/^Eit Gevinst-ark er verna med passord/);
    expect(nn).toMatch(/berre delvis oppdaterte\./);
    expect(nn).not.toContain(CATALOGUES.nn.workbookErrors["sheet-protected"]);
  });

  it("finds a value reported twice by the raw value both carry, not by the message text", () => {
    const atCell: Issue = {
      severity: "error",
      code: "BAD_VALUE",
      key: "CELL_NOT_NUMBER",
      measure: "T1",
      sheet: "Gevinst Tiltak",
      cell: "D12",
      params: { raw: "abc" },
    };
    const fromCheck: Issue = {
      severity: "error",
      code: "BAD_VALUE",
      measure: "T1",
      key: "BAD_VALUE_UNREADABLE",
      params: { raw: "abc", path: "annual" },
    };
    const other: Issue = { ...fromCheck, params: { raw: "xyz", path: "annual" } };
    expect(combineIssues([atCell], [fromCheck, other])).toEqual([atCell, other]);
  });

  it("shows a refused edit in the pane's language", () => {
    const error = new EditError("EDIT_DEEP_DIVE_EXISTS", { name: "Helse" });
    expect(problemMessage(error, STRINGS.nb)).toBe(
      "Det finnes allerede et dypdykk som heter «Helse». Velg et annet navn.",
    );
    expect(problemMessage(error, STRINGS.nn)).toBe(
      "Det finst alt eit djupdykk som heiter «Helse». Vel eit anna namn.",
    );
    expect(problemMessage(error, STRINGS.en)).toBe(
      "There is already a deep-dive called «Helse». Choose another name.",
    );
  });
});
