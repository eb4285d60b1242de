/**
 * The A3 documents on paper (spec §11): the workbook `gevinst import` writes, rendered once by
 * LibreOffice headless to PDF. Each A3 sheet is exactly one A3 landscape page with no text under
 * 8 pt (measured from the PDF's word boxes); every data sheet prints on A4 landscape; no page
 * carries Gevinst's layout marker. Skips with a notice when LibreOffice or poppler is missing.
 */
import fs from "node:fs";
import path from "node:path";
import { openXlsx } from "../../src/adapters/xlsx";
import { A3_PREFIX } from "../../src/core/sheets/shared/sheet-names";
import { printWorkbook } from "./print-workbook";
import { paperOf, printToolsPresent, readPdf, xlsxToPdf, type PdfPage } from "./render-pdf";

/**
 * A word box's height over the font size, for the font LibreOffice prints with (Carlito for
 * Calibri): measured on this PDF as 11.58 pt for 11 pt body text and 18.98 pt for the 18 pt title.
 */
const BOX_PER_POINT = 1.053;

const present = printToolsPresent();
if (!present)
  console.warn("LibreOffice (soffice) or poppler is not installed: A3 print checks skipped.");
const maybe = present ? describe : describe.skip;

maybe("the A3 documents printed by LibreOffice", () => {
  let pages: PdfPage[] = [];
  let a3Sheets: string[] = [];
  let titles: Map<string, string>;

  beforeAll(async () => {
    const { bytes } = await printWorkbook();
    const book = await openXlsx(bytes);
    a3Sheets = book.workbook.worksheets.map((w) => w.name).filter((n) => n.startsWith(A3_PREFIX));
    titles = new Map(
      a3Sheets.map((name) => [name, String(book.workbook.getWorksheet(name)?.getCell("A1").value)]),
    );
    const pdf = xlsxToPdf(bytes);
    pages = readPdf(pdf);
    // Kept for a person to look at (and for docs/img): GEVINST_PRINT_OUT=folder.
    const out = process.env.GEVINST_PRINT_OUT;
    if (out) {
      fs.mkdirSync(out, { recursive: true });
      fs.copyFileSync(pdf, path.join(out, "gevinst-print.pdf"));
      fs.writeFileSync(path.join(out, "gevinst-print.xlsx"), bytes);
    }
  }, 300_000);

  const a3Pages = () => pages.filter((page) => paperOf(page) === "A3");

  it("has the kommune's A3 and the K2, K3 and K4 A3s of the deep-dives", () => {
    expect(a3Sheets).toEqual(
      expect.arrayContaining([
        "Gevinst A3 Kommunen",
        "Gevinst A3 K2 Hjemmetjenesten",
        "Gevinst A3 K3 Hjemmetjenesten",
        "Gevinst A3 K4 Hjemmetjenesten",
        "Gevinst A3 Enhet 3100",
        "Gevinst A3 Enhet 5100",
      ]),
    );
  });

  it("prints each A3 sheet on exactly one A3 landscape page", () => {
    const found = a3Pages();
    expect(found).toHaveLength(a3Sheets.length);
    for (const name of a3Sheets) {
      const title = titles.get(name) ?? name;
      const withTitle = found.filter((page) => page.text.includes(title));
      expect({ name, pages: withTitle.length }).toEqual({ name, pages: 1 });
    }
  });

  it("prints no text under 8 pt on an A3 page", () => {
    for (const page of a3Pages()) {
      const smallest = Math.min(...page.words.map((w) => (w.yMax - w.yMin) / BOX_PER_POINT));
      expect({ page: page.text.slice(0, 40), ok: smallest >= 8 }).toEqual({
        page: page.text.slice(0, 40),
        ok: true,
      });
    }
  });

  it("prints every other Gevinst sheet on A4 landscape, and never the layout marker", () => {
    const gevinstPages = pages.filter(
      (page) => !page.text.startsWith("Ansvar") && page.text !== "Ikke rør meg",
    );
    for (const page of gevinstPages) expect(["A3", "A4"]).toContain(paperOf(page));
    expect(pages.filter((page) => page.text.includes("gevinst-layout:"))).toEqual([]);
  });

  it("shows the approval on the kommune's A3 and the §11 texts on the deep-dive's", () => {
    const kommune = a3Pages().find((p) => p.text.startsWith("Kommunen som helhet"));
    expect(kommune?.text).toContain("Kari Nordmann (kommunedirektør)");
    expect(kommune?.text).toContain("Må gjøres, Stort potensial");
    const k2 = a3Pages().find((p) => p.text.startsWith("Dypdykk: Hjemmetjenesten"));
    expect(k2?.text).toContain("Digitalt tilsyn");
    const k4 = a3Pages().find((p) =>
      p.text.startsWith("Delområde med vedtatte tiltak: Hjemmetjenesten"),
    );
    expect(k4?.text).toContain("Inngå avtale med leverandør");
    expect(k4?.text).toContain("Før: januar 2027.");
    // The unit with more lines than the page shows sums the rest in one row.
    const unit = a3Pages().find((p) => p.text.startsWith("Resultatenhet: 5100"));
    expect(unit?.text).toContain("Øvrige linjer (7)");
  });
});
