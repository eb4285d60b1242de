import { createExcelWorkbook, type ExcelRun } from "../../../src/adapters/excel";
import { isWorkbookError, type WorkbookChange } from "../../../src/core/workbook/workbook-port";
import { createExcelSimulator, type SimOptions } from "../../support/excel-simulator";
import { printedHeader } from "../../support/excel-simulator/worksheet-parts";
import type { WorkbookSeed } from "../../../src/adapters/memory/workbook-seed";
import { workbookErrorText } from "../../../src/app/messages";

const seed = (): WorkbookSeed => ({
  sheets: [
    {
      name: "Budsjett",
      rows: [
        ["Ansvar", "Beløp"],
        ["3100", 1000],
      ],
    },
    { name: "Gevinst Tiltak", rows: [["Tiltak"]] },
    { name: "Gevinst Gevinster", rows: [["Gevinst"]] },
  ],
});

const noWait = { sleep: () => Promise.resolve(), backoffMs: [10, 20, 40] };

function setUp(options: SimOptions = {}, payloadBudgetBytes?: number) {
  const sim = createExcelSimulator(seed(), options);
  const port = createExcelWorkbook(sim.run, {
    isSetSupported: () => true,
    retry: noWait,
    ...(payloadBudgetBytes ? { payloadBudgetBytes } : {}),
  });
  return { sim, port };
}

const block = (rows: number, cols: number): WorkbookChange => ({
  kind: "writeCells",
  sheet: "Gevinst Tiltak",
  at: { row: 1, col: 0 },
  cells: Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => ({ kind: "value" as const, value: r * cols + c })),
  ),
});

async function reasonOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return isWorkbookError(error) ? error.reason : undefined;
}

describe("createExcelWorkbook", () => {
  it("reads many sheets in one sync", async () => {
    const { sim, port } = setUp();

    const grids = await port.readSheets(["Budsjett", "Gevinst Tiltak", "Gevinst Gevinster"], {
      formulas: true,
    });

    expect(grids.map((g) => g.values[0]?.[0])).toEqual(["Ansvar", "Tiltak", "Gevinst"]);
    expect(sim.stats.syncs).toBe(1);
  });

  it("describes the workbook in one sync when it has no tables", async () => {
    const { sim, port } = setUp();

    const outline = await port.describe();

    expect(outline.sheets).toHaveLength(3);
    expect(sim.stats.syncs).toBe(1);
  });

  it("applies a moderate write in one sync after one preflight read", async () => {
    const { sim, port } = setUp();

    await port.apply([
      { kind: "addSheet", name: "Gevinst Ny" },
      block(200, 10),
      {
        kind: "formatRange",
        sheet: "Gevinst Tiltak",
        range: { row: 0, col: 0, rows: 1, cols: 10 },
        style: { bold: true, fill: "#DDEEFF" },
      },
      { kind: "freezePanes", sheet: "Gevinst Tiltak", rows: 1, cols: 0 },
    ]);

    expect(sim.stats.syncs).toBe(2);
    expect(sim.cell("Gevinst Tiltak", "J201").value).toBe(1999);
    expect(sim.cell("Gevinst Tiltak", "A1").format).toMatchObject({ bold: true, fill: "#DDEEFF" });
    expect(sim.sheet("Gevinst Tiltak").freeze).toEqual({ rows: 1, cols: 0 });
  });

  it("splits a large write into row bands that each fit the payload limit", async () => {
    // A 200 × 50 block of numbers is about 200 × 50 × 5 bytes = 50 kB; the limit is 16 kB.
    const { sim, port } = setUp({ payloadLimitBytes: 16 * 1024 }, 16 * 1024);

    await port.apply([block(200, 50)]);

    expect(sim.stats.syncs).toBeGreaterThan(4);
    expect(Math.max(...sim.stats.requestBytes)).toBeLessThanOrEqual(16 * 1024);
    expect(sim.cell("Gevinst Tiltak", "AX201").value).toBe(9999);
  });

  it("cuts a refused request smaller and sends it again", async () => {
    // The adapter believes it may send 128 kB, but this Excel refuses more than 40 kB.
    const { sim, port } = setUp({ payloadLimitBytes: 40 * 1024 }, 128 * 1024);

    await port.apply([block(200, 50)]);

    expect(sim.stats.requestBytes.some((bytes) => bytes > 40 * 1024)).toBe(true);
    expect(sim.cell("Gevinst Tiltak", "AX201").value).toBe(9999);
  });

  it("reads in row bands when the response would be too big", async () => {
    const { sim, port } = setUp({ payloadLimitBytes: 16 * 1024 }, 16 * 1024);
    await port.apply([block(200, 50)]);
    sim.resetStats();

    const [grid] = await port.readSheets(["Gevinst Tiltak"]);

    expect(grid?.values).toHaveLength(201);
    expect(grid?.values[200]?.[49]).toBe(9999);
    expect(sim.stats.syncs).toBeGreaterThan(2);
  });

  it("retries in cell-edit mode and succeeds when the user leaves the cell", async () => {
    const { sim, port } = setUp();
    sim.setCellEditMode(true);
    sim.host.beforeSync = (n) => {
      if (n === 3) sim.setCellEditMode(false);
    };

    const grids = await port.readSheets(["Budsjett"]);

    expect(grids[0]?.values[1]).toEqual(["3100", 1000]);
    expect(sim.stats.syncs).toBe(3);
  });

  it("gives up with reason cell-edit-mode after a few tries", async () => {
    const { sim, port } = setUp();
    sim.setCellEditMode(true);

    const reason = await reasonOf(port.apply([block(1, 1)]));

    expect(reason).toBe("cell-edit-mode");
    expect(sim.stats.syncs).toBe(4);
  });

  it("refuses a write to a protected sheet before changing anything", async () => {
    const { sim, port } = setUp();
    await port.apply([{ kind: "protectSheet", sheet: "Gevinst Gevinster" }]);

    const reason = await reasonOf(
      port.apply([
        block(1, 1),
        {
          kind: "writeCells",
          sheet: "Gevinst Gevinster",
          at: { row: 0, col: 0 },
          cells: [[{ kind: "value", value: 1 }]],
        },
      ]),
    );

    expect(reason).toBe("sheet-protected");
    expect(sim.cell("Gevinst Tiltak", "A2").value).toBeNull();
  });

  it("refuses an invalid sheet name before changing anything", async () => {
    const { sim, port } = setUp();

    const reason = await reasonOf(
      port.apply([block(1, 1), { kind: "addSheet", name: "Gevinst: ny/plan" }]),
    );

    expect(reason).toBe("invalid-argument");
    expect(sim.sheetNames()).toHaveLength(3);
  });

  it("writes text with a leading apostrophe only where Excel would reinterpret it", async () => {
    const writes: unknown[] = [];
    const sim = createExcelSimulator(seed());
    const spyRun: ExcelRun = (batch) =>
      sim.run((context) => {
        const sheets = context.workbook.worksheets;
        const getItem = sheets.getItem.bind(sheets);
        sheets.getItem = (name: string) => {
          const sheet = getItem(name);
          const byIndexes = sheet.getRangeByIndexes.bind(sheet);
          sheet.getRangeByIndexes = (...args: [number, number, number, number]) => {
            const range = byIndexes(...args);
            return new Proxy(range, {
              set(target, key, value: unknown) {
                if (key === "formulas") writes.push(value);
                return Reflect.set(target, key, value);
              },
            });
          };
          return sheet;
        };
        return batch(context);
      });
    const port = createExcelWorkbook(spyRun, { isSetSupported: () => true, retry: noWait });

    await port.apply([
      {
        kind: "writeCells",
        sheet: "Gevinst Tiltak",
        at: { row: 1, col: 0 },
        cells: [
          ["Tiltak", "=1+1", "2027", "@x"].map((value) => ({ kind: "value" as const, value })),
        ],
      },
    ]);

    expect(writes).toEqual([[["Tiltak", "'=1+1", "'2027", "'@x"]]]);
  });

  it.each([
    ["InvalidOperationInCellEditMode", "cell-edit-mode"],
    ["ItemNotFound", "sheet-missing"],
    ["RequestPayloadSizeLimitExceeded", "payload-too-large"],
    ["AccessDenied", "sheet-protected"],
    ["ApiNotFound", "api-unsupported"],
    ["InvalidArgument", "invalid-argument"],
    ["GeneralException", "unknown"],
  ])("maps Office error code %s to reason %s, which the catalogue words", async (code, reason) => {
    const failing: ExcelRun = () => Promise.reject(Object.assign(new Error("Office"), { code }));
    const port = createExcelWorkbook(failing, { isSetSupported: () => true, retry: noWait });

    const error: unknown = await port.describe().catch((e: unknown) => e);

    expect(isWorkbookError(error) && error.reason).toBe(reason);
    expect(workbookErrorText(error, "nb")).toMatch(/[æøå]|Prøv|Excel/);
    expect((error as { cause?: { code?: string } }).cause?.code).toBe(code);
  });

  it("maps an API missing in this Excel to api-unsupported", async () => {
    const { port } = setUp({ missingApis: ["Worksheet.pageLayout"] });

    const reason = await reasonOf(
      port.apply([
        {
          kind: "setPageLayout",
          sheet: "Gevinst Tiltak",
          layout: { paperSize: "A3", orientation: "landscape" },
        },
      ]),
    );

    expect(reason).toBe("api-unsupported");
  });

  it("reports capabilities from the requirement sets", () => {
    const port = createExcelWorkbook(createExcelSimulator(seed()).run, {
      isSetSupported: (_name, version) => Number(version.split(".")[1]) <= 7,
    });

    expect(port.capabilities).toMatchObject({
      host: "excel",
      conditionalFormats: true,
      changeEvents: true,
      dataValidation: false,
      pageLayout: false,
    });
  });

  it("refuses a change needing an unsupported API before writing anything", async () => {
    const sim = createExcelSimulator(seed());
    const port = createExcelWorkbook(sim.run, {
      isSetSupported: (_n, v) => v !== "1.9",
      retry: noWait,
    });

    const reason = await reasonOf(
      port.apply([
        block(1, 1),
        {
          kind: "setPageLayout",
          sheet: "Gevinst Tiltak",
          layout: { paperSize: "A3", orientation: "landscape" },
        },
      ]),
    );

    expect(reason).toBe("api-unsupported");
    expect(sim.cell("Gevinst Tiltak", "A2").value).toBeNull();
  });

  it("sets page layout, validation, conditional fill, merge, widths and activation", async () => {
    const { sim, port } = setUp();

    await port.apply([
      {
        kind: "setPageLayout",
        sheet: "Gevinst Tiltak",
        layout: {
          paperSize: "A3",
          orientation: "landscape",
          fitToPagesWide: 1,
          printArea: { row: 0, col: 0, rows: 20, cols: 6 },
          printTitleRows: { first: 0, last: 1 },
          centerHorizontally: true,
        },
      },
      {
        kind: "setListValidation",
        sheet: "Gevinst Tiltak",
        range: { row: 1, col: 2, rows: 10, cols: 1 },
        list: ["Planlagt", "Pågår"],
      },
      {
        kind: "addConditionalFill",
        sheet: "Gevinst Tiltak",
        range: { row: 1, col: 0, rows: 10, cols: 3 },
        formula: '=$C2=""',
        fill: "#FFF4CE",
      },
      { kind: "mergeRange", sheet: "Gevinst Tiltak", range: { row: 0, col: 0, rows: 1, cols: 3 } },
      { kind: "setColumnWidths", sheet: "Gevinst Tiltak", widths: [{ col: 1, width: 20 }] },
      { kind: "activate", sheet: "Gevinst Tiltak", select: { row: 1, col: 0, rows: 1, cols: 1 } },
    ]);

    const sheet = sim.sheet("Gevinst Tiltak");
    expect(sheet.pageLayout).toMatchObject({
      paperSize: "A3",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: "$A$1:$F$20",
      printTitleRows: "$1:$2",
      centerHorizontally: true,
    });
    expect(sheet.validations).toEqual([
      { range: { row: 1, col: 2, rows: 10, cols: 1 }, list: "Planlagt,Pågår" },
    ]);
    expect(sheet.conditionalFormats).toEqual([
      { range: { row: 1, col: 0, rows: 10, cols: 3 }, formula: '=$C2=""', fill: "#FFF4CE" },
    ]);
    expect(sheet.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 3 }]);
    // 20 characters → (20 × 7 + 5) px × 0.75 = 108.75 pt.
    expect(sheet.columnWidths.get(1)).toBe(108.75);
    expect(sim.state.selection).toEqual({
      sheetId: sheet.id,
      range: { row: 1, col: 0, rows: 1, cols: 1 },
    });
  });
});

describe("Excel's refusals, as Excel gives them", () => {
  it("does not protect a sheet that is already protected (Excel refuses a second protect)", async () => {
    const { sim, port } = setUp();
    sim.sheet("Gevinst Tiltak").isProtected = true;

    await port.apply([{ kind: "protectSheet", sheet: "Gevinst Tiltak" }]);
    await port.apply([
      { kind: "unprotectSheet", sheet: "Gevinst Tiltak" },
      block(1, 1),
      { kind: "protectSheet", sheet: "Gevinst Tiltak" },
      { kind: "protectSheet", sheet: "Gevinst Tiltak" },
    ]);

    expect(sim.sheet("Gevinst Tiltak").isProtected).toBe(true);
    expect(sim.cell("Gevinst Tiltak", "A2").value).toBe(0);
  });

  it("refuses a second protect in the simulator, as Excel does", async () => {
    const sim = createExcelSimulator(seed());
    sim.sheet("Gevinst Tiltak").isProtected = true;
    await expect(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Gevinst Tiltak").protection.protect();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
  });

  it("tells a password (BadPassword) from a workbook Excel will not let anyone change (AccessDenied)", async () => {
    const { sim, port } = setUp();
    const sheet = sim.sheet("Gevinst Tiltak");
    sheet.isProtected = true;
    sheet.password = "hemmelig";
    const password = await port.apply([{ kind: "unprotectSheet", sheet: "Gevinst Tiltak" }]).then(
      () => new Error("no error"),
      (e: unknown) => e as Error,
    );
    expect(workbookErrorText(password, "nb")).toContain("passord");

    const denied = await createExcelWorkbook(
      () => Promise.reject(Object.assign(new Error("denied"), { code: "AccessDenied" })),
      { isSetSupported: () => true },
    )
      .describe()
      .then(
        () => new Error("no error"),
        (e: unknown) => e as Error,
      );
    expect(workbookErrorText(denied, "nb")).not.toContain("passord");
    expect(workbookErrorText(denied, "nb")).toContain("skrivebeskyttet");
  });

  it.each(["RequestPayloadSizeLimitExceeded", "GeneralException"])(
    "halves and sends again when a large request is refused with %s",
    async (code) => {
      const { sim, port } = setUp({}, 2 * 1024 * 1024);
      let refused = 0;
      sim.host.beforeSync = () => {
        const last = sim.stats.requestBytes[sim.stats.requestBytes.length - 1] ?? 0;
        if (last > 1024 * 1024) {
          refused++;
          throw Object.assign(new Error("refused"), { code });
        }
      };

      await port.apply([block(40000, 6)]);

      expect(refused).toBe(1);
      expect(sim.cell("Gevinst Tiltak", "F40001").value).toBe(239999);
    },
  );

  it("says so when a later request fails after earlier ones were written", async () => {
    const { sim, port } = setUp({}, 256 * 1024);
    let writes = 0;
    sim.host.beforeSync = () => {
      const last = sim.stats.requestBytes[sim.stats.requestBytes.length - 1] ?? 0;
      if (last > 64 * 1024 && ++writes === 2)
        throw Object.assign(new Error("boom"), { code: "InvalidArgument" });
    };

    const error = await port.apply([block(20000, 6)]).then(
      () => new Error("no error"),
      (e: unknown) => e as Error,
    );

    expect(workbookErrorText(error, "nb")).toContain("delvis oppdatert");
  });
});

describe("page headers", () => {
  it("prints «&» as it is typed: «Helse & omsorg», «R&D»", async () => {
    const { sim, port } = setUp();

    await port.apply([
      {
        kind: "setPageLayout",
        sheet: "Gevinst Tiltak",
        layout: { paperSize: "A4", orientation: "landscape", headerText: "Helse & omsorg, R&D" },
      },
    ]);

    const codes = sim.sheet("Gevinst Tiltak").pageLayout.centerHeader;
    expect(printedHeader(codes, "Gevinst Tiltak")).toBe("Helse & omsorg, R&D");
    expect(printedHeader("R&D")).toBe("R04.12.2026");
  });
});

describe("reads Excel refuses for their size", () => {
  it("reads a used range of over 5 million cells in bands (Excel's RangeExceedsLimit)", async () => {
    const { sim, port } = setUp();
    // One value far down and to the right makes a used range of 5.2 million cells.
    sim.userEdits("Gevinst Gevinster", "T260000", 7);

    const [grid] = await port.readSheets(["Gevinst Gevinster"]);

    expect(grid?.values).toHaveLength(260000);
    expect(grid?.values[259999]?.[19]).toBe(7);
  }, 60_000);

  it("reads the number formats under a large write in halves when one response is too big", async () => {
    const { sim, port } = setUp({ payloadLimitBytes: 200 * 1024 }, 150 * 1024);
    const text = (r: number) => ({ kind: "value" as const, value: `T${r}` });
    const rows = Array.from({ length: 20000 }, (_, r) => [text(r)]);

    await port.apply([
      { kind: "writeCells", sheet: "Gevinst Tiltak", at: { row: 1, col: 0 }, cells: rows },
    ]);

    expect(sim.cell("Gevinst Tiltak", "A20001").value).toBe("T19999");
  }, 60_000);
});
