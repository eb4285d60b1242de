import { MemorySink, OoxmlWorkbook, memorySource } from "../../src/adapters/ooxml";
import { nodeCodec } from "../../src/adapters/ooxml/node-io";
import type { CellValue } from "../../src/core/workbook/workbook-port";
import { fromA1 } from "../../src/core/workbook/address";
import { describePortContract, type CellView } from "../support/port-contract";
import { seedToXlsx } from "./xlsx/seed-to-xlsx";

/** Every sheet read up front, so the synchronous `cell` view can answer for any sheet. */
async function open(bytes: Uint8Array) {
  const book = await OoxmlWorkbook.open(memorySource(bytes), nodeCodec);
  const outline = await book.describe();
  const names = outline.sheets.map((s) => s.name);
  let grids = new Map(
    (await book.readSheets(names, { formulas: true, numberFormats: true })).map((g) => [g.name, g]),
  );
  const apply = book.apply.bind(book);
  // After each apply the sheets are read again through the port.
  book.apply = async (changes) => {
    try {
      await apply(changes);
    } finally {
      const now = (await book.describe()).sheets.map((s) => s.name);
      grids = new Map(
        (await book.readSheets(now, { formulas: true, numberFormats: true })).map((g) => [
          g.name,
          g,
        ]),
      );
    }
  };
  const cell = (sheet: string, a1: string): CellView => {
    const grid = grids.get(sheet);
    const { row, col } = fromA1(a1);
    const r = row - (grid?.origin.row ?? 0);
    const c = col - (grid?.origin.col ?? 0);
    return {
      value: (grid?.values[r]?.[c] ?? null) as CellValue,
      formula: grid?.formulas?.[r]?.[c] ?? null,
      numberFormat: grid?.numberFormats?.[r]?.[c] ?? null,
    };
  };
  return { book, cell };
}

describePortContract("ooxml (package)", async (seed) => {
  const { book, cell } = await open(await seedToXlsx(seed));
  return { port: book, cell };
});

describePortContract("ooxml after a save and load", async (seed) => {
  const first = await OoxmlWorkbook.open(memorySource(await seedToXlsx(seed)), nodeCodec);
  await first.apply([
    {
      kind: "writeCells",
      sheet: "Gevinst Tiltak",
      at: { row: 9, col: 9 },
      cells: [[{ kind: "value", value: null }]],
    },
  ]);
  const sink = new MemorySink();
  await first.save(sink);
  const { book, cell } = await open(sink.bytes());
  return { port: book, cell };
});
