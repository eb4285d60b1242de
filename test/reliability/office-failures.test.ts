/**
 * Guarantee 6: Office.js failures at the level of whole use-cases, through the Excel JS API
 * simulator, each ending in a Norwegian message that says what to do — never in a half-written
 * non-Gevinst sheet or an unexplained exception: cell-edit mode (retried, then told), a sheet the
 * user deleted in the middle of an action (ItemNotFound), a payload over Excel's limit (split and
 * retried), a sheet the user protected with a password, and an API this Excel lacks.
 */
import { createExcelWorkbook } from "../../src/adapters/excel";
import { confirmBudgetMapping, connectBudget } from "../../src/app/connect-budget";
import { importPortfolio } from "../../src/app/import-portfolio";
import { readPortfolio } from "../../src/app/read-portfolio";
import { refreshGevinstSheets } from "../../src/app/refresh-sheets";
import { setUpGevinstSheets } from "../../src/app/set-up-sheets";
import { CATALOGUES, workbookErrorText } from "../../src/app/messages";

const NB_REASONS = CATALOGUES.nb.workbookErrors;
const said = (error: unknown) => workbookErrorText(error, "nb") ?? "";
import {
  isWorkbookError,
  type WorkbookError,
  type WorkbookPort,
} from "../../src/core/workbook/workbook-port";
import { MAPPING, handMadePortfolio } from "../app/sheets/sheets-fixture";
import { erpExport } from "../support/budget-workbooks";
import { createExcelSimulator } from "../support/excel-simulator";
import { snapshotSimulator, expectNonGevinstUnchanged } from "../support/workbook-guard";
import { portfolioFor, withUserExtras } from "./support/fixture-portfolio";
import { NO_WAIT, excelHost } from "./support/hosts";
import { messageText } from "../../src/app/messages";

const OPTIONS = { now: new Date("2026-10-01T08:00:00Z"), user: "Budsjettsjef", mapping: MAPPING };

const BUDGET_SEED = {
  sheets: [
    {
      name: "Budsjett",
      rows: [
        [
          "Ansvar",
          "Art",
          "Funksjon",
          "Regnskap 2025",
          "Budsjett 2027",
          "ØP 2028",
          "ØP 2029",
          "ØP 2030",
        ],
        ["3100", "10300", "254", 1, 5_000_000, 5_100_000, 5_200_000, 5_300_000],
        ["1300", "12400", "120", 1, 400_000, 400_000, 400_000, 400_000],
        ["2100", "16000", "201", 1, -1_200_000, -1_250_000, -1_300_000, -1_350_000],
        ["2100", "10100", "201", 1, 9_000_000, 9_000_000, 9_000_000, 9_000_000],
        [3100, 11500, 254, 1, 800_000, 800_000, 800_000, 800_000],
      ],
    },
    { name: "Notater", rows: [["Ikke rør meg"]] },
  ],
};

async function failureOf(promise: Promise<unknown>): Promise<WorkbookError> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isWorkbookError(error)) throw new Error(`expected a WorkbookError, got ${String(error)}`);
  return error;
}

/** A port that runs `between` once, after its `after`-th call (a user acting mid-use-case). */
function interrupted(port: WorkbookPort, after: number, between: () => void): WorkbookPort {
  let calls = 0;
  const tick = () => {
    calls++;
    if (calls === after + 1) between();
  };
  return {
    capabilities: port.capabilities,
    describe: () => (tick(), port.describe()),
    readSheets: (names, options) => (tick(), port.readSheets(names, options)),
    apply: (changes) => (tick(), port.apply(changes)),
  };
}

describe("cell-edit mode", () => {
  it("is retried, and set-up succeeds once the user leaves the cell", async () => {
    const host = excelHost(BUDGET_SEED);
    host.sim.setCellEditMode(true);
    host.sim.host.beforeSync = (n) => {
      if (n >= 3) host.sim.setCellEditMode(false);
    };

    await setUpGevinstSheets(host.port, OPTIONS);

    expect(host.sheetNames()).toContain("Gevinst Sammendrag");
  });

  it("ends in the Norwegian «press Enter or Esc» message when the user stays in the cell", async () => {
    const host = excelHost(BUDGET_SEED);
    await setUpGevinstSheets(host.port, OPTIONS);
    host.sim.setCellEditMode(true);

    const error = await failureOf(importPortfolio(host.port, handMadePortfolio(), OPTIONS));
    const connect = await connectBudget(host.port);

    expect(error.reason).toBe("cell-edit-mode");
    expect(said(error)).toBe(NB_REASONS["cell-edit-mode"]);
    expect(connect).toEqual({
      status: "error",
      key: "WORKBOOK_ERROR",
      params: { reason: "cell-edit-mode" },
    });
  });
});

describe("a sheet deleted by the user in the middle of an action", () => {
  it("gives sheet-missing, naming the sheet, when it goes between describe and read", async () => {
    const host = excelHost(BUDGET_SEED);
    await importPortfolio(host.port, handMadePortfolio(), OPTIONS);
    const port = interrupted(host.port, 1, () => {
      host.sim.state.sheets = host.sim.state.sheets.filter(
        (s) => s.name !== "Gevinst DD Hjemmetjenesten",
      );
    });

    const error = await failureOf(refreshGevinstSheets(port, OPTIONS));

    expect(error.reason).toBe("sheet-missing");
    expect(said(error)).toContain("Fant ikke arket «Gevinst DD Hjemmetjenesten»");
  });

  it("writes nothing when a sheet goes between the read and the write", async () => {
    const host = excelHost(BUDGET_SEED);
    await importPortfolio(host.port, handMadePortfolio(), OPTIONS);
    const changed = handMadePortfolio();
    changed.measures = changed.measures.map((m) => ({ ...m, name: `${m.name} (ny)` }));
    const state = () => JSON.stringify(host.sim.state.sheets.map((s) => [s.name, [...s.cells]]));
    let whenDeleted = "";
    const port = interrupted(host.port, 2, () => {
      host.sim.state.sheets = host.sim.state.sheets.filter(
        (s) => s.name !== "Gevinst DD Hjemmetjenesten",
      );
      whenDeleted = state();
    });

    const error = await failureOf(importPortfolio(port, changed, OPTIONS));

    expect(error.reason).toBe("sheet-missing");
    expect(said(error)).toContain("Gevinst DD Hjemmetjenesten");
    // Preflight refused the whole list before Excel changed anything.
    expect(state()).toBe(whenDeleted);
  });

  it("answers connect with a Norwegian message when the budget sheet goes mid-read", async () => {
    const host = excelHost(BUDGET_SEED);
    const port = interrupted(host.port, 1, () => {
      host.sim.state.sheets = host.sim.state.sheets.filter((s) => s.name !== "Budsjett");
    });

    const result = await connectBudget(port);

    expect(result).toEqual({
      status: "error",
      key: "WORKBOOK_ERROR",
      params: { reason: "sheet-missing" },
    });
  });
});

describe("a payload over Excel's limit", () => {
  it("is split and retried: the whole flow on a 1 000-line budget ends exactly as without a limit", async () => {
    const fixture = erpExport(1000);
    const seed = withUserExtras(fixture.seed);
    const limited = createExcelSimulator(seed, { payloadLimitBytes: 48 * 1024 });
    const free = createExcelSimulator(seed);
    const run = async (sim: typeof limited) => {
      const port = createExcelWorkbook(sim.run, { isSetSupported: () => true, retry: NO_WAIT });
      const proposal = await connectBudget(port);
      if (proposal.status !== "found") throw new Error(messageText(proposal));
      await confirmBudgetMapping(port, proposal.mapping);
      const options = { ...OPTIONS, mapping: proposal.mapping };
      await importPortfolio(port, portfolioFor(fixture, proposal.mapping.budgetYear), options);
    };
    const before = snapshotSimulator(limited);

    await run(limited);
    await run(free);

    expect(Math.max(...limited.stats.requestBytes)).toBeGreaterThan(48 * 1024); // it was refused …
    expect(limited.stats.syncs).toBeGreaterThan(free.stats.syncs); // … and split
    const cells = (sim: typeof limited) =>
      sim.state.sheets.map((s) => [s.name, s.visibility, [...s.cells]]);
    expect(cells(limited)).toEqual(cells(free));
    expectNonGevinstUnchanged(before, snapshotSimulator(limited));
  });
});

describe("a Gevinst sheet protected by the user with a password", () => {
  it("stops the import with a message that says so, and touches no other sheet", async () => {
    const host = excelHost(BUDGET_SEED);
    await importPortfolio(host.port, handMadePortfolio(), OPTIONS);
    const sheet = host.sim.sheet("Gevinst DD Hjemmetjenesten");
    sheet.isProtected = true;
    sheet.password = "hemmelig";
    const before = await host.snapshot();
    const changed = handMadePortfolio();
    changed.measures = changed.measures.map((m) => ({ ...m, owner: "Ny eier" }));

    const error = await failureOf(importPortfolio(host.port, changed, OPTIONS));

    expect(error.reason).toBe("sheet-protected");
    expect(error.detail?.key).toBe("WORKBOOK_PASSWORD");
    expect(said(error)).toMatch(/^Et Gevinst-ark er beskyttet med et passord/);
    expect(sheet.isProtected).toBe(true);
    expectNonGevinstUnchanged(before, await host.snapshot());
  });

  it("works again once the user lifts the protection", async () => {
    const host = excelHost(BUDGET_SEED);
    await importPortfolio(host.port, handMadePortfolio(), OPTIONS);
    const sheet = host.sim.sheet("Gevinst DD Hjemmetjenesten");
    sheet.password = "hemmelig";
    const changed = handMadePortfolio();
    changed.measures = changed.measures.map((m) => ({ ...m, owner: "Ny eier" }));
    await failureOf(importPortfolio(host.port, changed, OPTIONS));

    sheet.isProtected = false;
    delete sheet.password;
    await importPortfolio(host.port, changed, OPTIONS);
    const { portfolio } = await readPortfolio(host.port);

    expect(portfolio.measures.map((m) => m.owner)).toEqual([
      "Ny eier",
      "Ny eier",
      "Ny eier",
      "Ny eier",
    ]);
    expect(sheet.isProtected).toBe(true);
  });
});

describe("an API this Excel lacks", () => {
  // Office does not run Gevinst below ExcelApi 1.9 (the manifest), so no real Excel lacks these;
  // the adapter's preflight still refuses before writing, should a host ever report one missing.
  const old = {
    isSetSupported: (_: string, version: string) => Number(version.split(".")[1]) <= 3,
    missingApis: ["Range.dataValidation", "Range.conditionalFormats", "Worksheet.pageLayout"],
  };

  it("fails set-up before writing anything, with the Norwegian message, on the bare port", async () => {
    const host = excelHost(BUDGET_SEED, old);

    const error = await failureOf(setUpGevinstSheets(host.port, OPTIONS));

    expect(error.reason).toBe("api-unsupported");
    expect(said(error)).toContain(NB_REASONS["api-unsupported"]);
    expect(host.sheetNames()).toEqual(["Budsjett", "Notater"]);
  });
});
