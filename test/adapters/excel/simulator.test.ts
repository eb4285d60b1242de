import { createExcelSimulator } from "../../support/excel-simulator";
import type { WorkbookSeed } from "../../../src/adapters/memory/workbook-seed";

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
  ],
});

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  return (error as { code?: string } | undefined)?.code;
}

describe("Excel JS API simulator", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const sim = createExcelSimulator(seed());

    const codes = await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Budsjett").getRange("A1:B2");
      range.load("values");
      const beforeSync = await codeOf(Promise.resolve().then(() => range.values));
      await context.sync();
      const notLoaded = await codeOf(Promise.resolve().then(() => range.address));
      return { beforeSync, notLoaded, values: range.values };
    });

    expect(codes).toEqual({
      beforeSync: "PropertyNotLoaded",
      notLoaded: "PropertyNotLoaded",
      values: [
        ["Ansvar", "Beløp"],
        ["3100", 1000],
      ],
    });
  });

  it("fails the sync with ItemNotFound for getItem, and gives a null object for getItemOrNullObject", async () => {
    const sim = createExcelSimulator(seed());

    const missing = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Finnes ikke").load("name");
        await context.sync();
      }),
    );
    const isNull = await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Finnes ikke");
      const found = context.workbook.worksheets.getItemOrNullObject("budsjett");
      await context.sync();
      return [sheet.isNullObject, found.isNullObject];
    });

    expect(missing).toBe("ItemNotFound");
    expect(isNull).toEqual([true, false]);
  });

  it("refuses a values array that does not match the range with InvalidArgument", async () => {
    const sim = createExcelSimulator(seed());

    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Gevinst Tiltak").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    );

    expect(code).toBe("InvalidArgument");
    expect(sim.cell("Gevinst Tiltak", "A1").value).toBe("Tiltak");
  });

  it.each([
    ["a name longer than 31 characters", "Gevinst " + "x".repeat(24), "InvalidArgument"],
    ["a forbidden character", "Gevinst: mål", "InvalidArgument"],
    ["a blank name", "   ", "InvalidArgument"],
    ["a leading apostrophe", "'Gevinst", "InvalidArgument"],
    ["a name taken in other case", "BUDSJETT", "ItemAlreadyExists"],
  ])("refuses a sheet with %s", async (_label, name, expected) => {
    const sim = createExcelSimulator(seed());

    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );

    expect(code).toBe(expected);
    expect(sim.sheetNames()).toEqual(["Budsjett", "Gevinst Tiltak"]);
  });

  it("counts syncs and the bytes each one sends", async () => {
    const sim = createExcelSimulator(seed());

    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Gevinst Tiltak").getRange("A2").values = [
        ["x".repeat(1000)],
      ];
      await context.sync();
      await context.sync();
    });

    expect(sim.stats.syncs).toBe(2);
    // Office.js's own body: the 1 000 characters plus its object paths and actions, posted as a JSON string.
    expect(sim.stats.requestBytes[0]).toBeGreaterThan(1500);
    expect(sim.stats.requestBytes[0]).toBeLessThan(2000);
    expect(sim.stats.requestBytes[1]).toBe(0); // an empty queue sends no request
  });

  it("refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and applies none of it", async () => {
    const sim = createExcelSimulator(seed());
    // 6 000 rows × 100 columns × "xxxxxxx" ≈ 6 000 × 100 × 10 bytes = 6 MB of JSON.
    const rows = Array.from({ length: 6000 }, () => Array<string>(100).fill("xxxxxxx"));

    const code = await codeOf(
      sim.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Gevinst Tiltak");
        sheet.getRange("A1").values = [["først"]];
        sheet.getRangeByIndexes(1, 0, 6000, 100).values = rows;
        await context.sync();
      }),
    );

    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(sim.stats.requestBytes[0]).toBeGreaterThan(5 * 1024 * 1024);
    expect(sim.cell("Gevinst Tiltak", "A1").value).toBe("Tiltak");
    expect(sim.cell("Gevinst Tiltak", "A2").value).toBeNull();
  });

  it("keeps what ran before a failing operation, as Excel does not roll back", async () => {
    const sim = createExcelSimulator(seed());

    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Gevinst Tiltak").getRange("A1").values = [["endret"]];
        context.workbook.worksheets.getItem("Borte").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );

    expect(code).toBe("ItemNotFound");
    expect(sim.cell("Gevinst Tiltak", "A1").value).toBe("endret");
  });

  it("refuses writes to a protected sheet with AccessDenied", async () => {
    const sim = createExcelSimulator({
      sheets: [{ name: "Gevinst Låst", rows: [["a"]], protected: true }],
    });

    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Gevinst Låst").getRange("A1").values = [["b"]];
        await context.sync();
      }),
    );

    expect(code).toBe("AccessDenied");
    expect(sim.cell("Gevinst Låst", "A1").value).toBe("a");
  });

  it("fails every request in cell-edit mode with InvalidOperationInCellEditMode", async () => {
    const sim = createExcelSimulator(seed());
    sim.setCellEditMode(true);

    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.load("items/name");
        await context.sync();
      }),
    );

    expect(code).toBe("InvalidOperationInCellEditMode");
  });

  it("treats written text like typed input: =, + and - make formulas, an apostrophe keeps text", async () => {
    const sim = createExcelSimulator(seed());

    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Gevinst Tiltak").getRange("A2:F2").values = [
        ["=SUM(1,2)", "-x", "'=SUM(1,2)", "12", "TRUE", "tekst"],
      ];
      await context.sync();
    });

    const row = ["A", "B", "C", "D", "E", "F"].map((col) => sim.cell("Gevinst Tiltak", `${col}2`));
    expect(row.map((c) => c.formula)).toEqual(["=SUM(1,2)", "=-x", null, null, null, null]);
    expect(row.slice(2).map((c) => c.value)).toEqual(["=SUM(1,2)", 12, true, "tekst"]);
  });

  it("reads the used range's address and position, and an empty sheet's as a null object", async () => {
    const sim = createExcelSimulator({
      sheets: [
        { name: "Data", rows: [[], [null, 1, 2]] },
        { name: "Tom", rows: [] },
      ],
    });

    const result = await sim.run(async (context) => {
      const used = context.workbook.worksheets
        .getItem("Data")
        .getUsedRange()
        .load("address,rowIndex,columnIndex");
      const empty = context.workbook.worksheets.getItem("Tom").getUsedRangeOrNullObject();
      await context.sync();
      return [used.address, used.rowIndex, used.columnIndex, empty.isNullObject];
    });

    expect(result).toEqual(["Data!B2:C2", 1, 1, true]);
  });

  it("hides a sheet as VeryHidden but never the last visible one", async () => {
    const sim = createExcelSimulator(seed());

    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Gevinst Tiltak").visibility =
        "VeryHidden" as Excel.SheetVisibility;
      await context.sync();
    });
    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Budsjett").visibility =
          "Hidden" as Excel.SheetVisibility;
        await context.sync();
      }),
    );

    expect(sim.visibility("Gevinst Tiltak")).toBe("veryHidden");
    expect(code).toBe("InvalidOperation");
  });

  it("throws ApiNotFound for an API this Excel lacks", async () => {
    const sim = createExcelSimulator(seed(), { missingApis: ["Worksheet.pageLayout"] });

    const code = await codeOf(
      sim.run(async (context) => {
        context.workbook.worksheets.getItem("Gevinst Tiltak").pageLayout.orientation =
          "Landscape" as Excel.PageOrientation;
        await context.sync();
      }),
    );

    expect(code).toBe("ApiNotFound");
  });

  it("adds defined names by Excel's rules, unique ignoring case", async () => {
    const sim = createExcelSimulator(seed());

    await sim.run(async (context) => {
      context.workbook.names.add("Gevinst_Brutto", "='Gevinst Tiltak'!$A$1");
      await context.sync();
    });
    const clash = await codeOf(
      sim.run(async (context) => {
        context.workbook.names.add("GEVINST_BRUTTO", "=1");
        await context.sync();
      }),
    );
    const cellLike = await codeOf(
      sim.run(async (context) => {
        context.workbook.names.add("AB12", "=1");
        await context.sync();
      }),
    );

    expect(sim.state.names).toEqual([
      { name: "Gevinst_Brutto", formula: "='Gevinst Tiltak'!$A$1" },
    ]);
    expect([clash, cellLike]).toEqual(["ItemAlreadyExists", "InvalidArgument"]);
  });

  it("sends what the batch left queued when run ends, as Excel.run does", async () => {
    const sim = createExcelSimulator(seed());

    await sim.run((context) => {
      context.workbook.worksheets.getItem("Gevinst Tiltak").getRange("B1").values = [[5]];
      return Promise.resolve();
    });

    expect(sim.cell("Gevinst Tiltak", "B1").value).toBe(5);
    expect(sim.stats.syncs).toBe(1);
  });
});

describe("the simulator fails and respells as Excel does", () => {
  const write = async (formula: string) => {
    const sim = createExcelSimulator(seed());
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Gevinst Tiltak").getRange("A2").formulas = [[formula]];
      await context.sync();
    });
    return sim.cell("Gevinst Tiltak", "A2").formula;
  };

  it.each(["=R2026!A1", "=B2027!A1+1", "=SUM(INV2027!A:A)", "=A1!B2", "=RC!A1"])(
    "refuses %s: a bare sheet name that reads as a reference",
    async (formula) => {
      await expect(write(formula)).rejects.toMatchObject({ code: "InvalidArgument" });
    },
  );

  it("drops quotes a sheet name does not need, as Excel gives the formula back", async () => {
    expect(await write("='Økonomiplan'!A1+'Budsjett.2027'!B2")).toBe(
      "=Økonomiplan!A1+Budsjett.2027!B2",
    );
    expect(await write("='R2026'!A1&\"'x'!\"")).toBe("='R2026'!A1&\"'x'!\"");
  });
});
