/**
 * The A3 documents on paper (spec §11), measured on the files a user gets — the command line's
 * output of init, import, a refresh and roll, and the demo's download — each rendered by
 * LibreOffice headless to PDF: every A3 sheet is exactly one A3 landscape page, its text at
 * least 8 pt and mostly (the 10th percentile) at least 9 pt, its content filling the page rather
 * than a corner, nothing outside the paper; every data sheet prints on A4 landscape at a size
 * people read; no page carries Gevinst's layout marker. Skips with a notice when LibreOffice or
 * poppler is missing.
 */
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { A3_PREFIX, BENEFIT_MAP_PREFIX } from "../../src/core/sheets/shared/sheet-names";
import { PAGE_MARGINS, printableSize } from "../../src/core/sheets/shared/page-geometry";
import { printPortfolio, userFiles, type UserFile } from "./print-workbook";
import {
  boxPerPoint,
  calibrationXlsx,
  carlitoPresent,
  inkBox,
  paperOf,
  printToolsPresent,
  readPdf,
  xlsxFilesToPdf,
  type PdfPage,
} from "./render-pdf";

const present = printToolsPresent() && carlitoPresent();
if (!present)
  console.warn(
    "LibreOffice (soffice), poppler or the Carlito font is not installed: A3 print checks skipped.",
  );
const maybe = present ? describe : describe.skip;

type Printed = {
  step: UserFile["step"];
  pdf: string;
  pages: PdfPage[];
  /** Visible A3 sheets and their titles (cell A1). */
  a3: { name: string; title: string }[];
};

const STEPS: UserFile["step"][] = ["init", "import", "refresh", "roll", "demo", "many"];
const A3 = printableSize("A3", "landscape");
const MARGIN = PAGE_MARGINS.left * 72;

async function sheetsOf(bytes: Buffer): Promise<Pick<Printed, "a3">> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const visible = book.worksheets.filter((w) => w.state === "visible");
  const a3 = visible
    // The gevinstkart prints on A3 too, held to the same rule (spec §16).
    .filter((w) => w.name.startsWith(A3_PREFIX) || w.name.startsWith(BENEFIT_MAP_PREFIX))
    .map((w) => ({ name: w.name, title: String(w.getCell("A1").result ?? w.getCell("A1").value) }));
  return { a3 };
}

maybe("the A3 documents printed from the files a user gets", () => {
  const printed = new Map<UserFile["step"], Printed>();
  let perPoint = 1;

  beforeAll(async () => {
    const files = await userFiles();
    const pdfs = xlsxFilesToPdf([
      ...files.map((f) => ({ name: f.step, bytes: f.bytes })),
      { name: "kalibrering", bytes: await calibrationXlsx() },
    ]);
    perPoint = boxPerPoint(pdfs.get("kalibrering") as string);
    for (const file of files) {
      const pdf = pdfs.get(file.step) as string;
      printed.set(file.step, {
        step: file.step,
        pdf,
        pages: readPdf(pdf),
        ...(await sheetsOf(file.bytes)),
      });
    }
    // Kept for a person to look at (and for docs/img): GEVINST_PRINT_OUT=folder.
    const out = process.env.GEVINST_PRINT_OUT;
    if (out) {
      fs.mkdirSync(out, { recursive: true });
      for (const file of files) {
        fs.copyFileSync(pdfs.get(file.step) as string, path.join(out, `${file.step}.pdf`));
        fs.writeFileSync(path.join(out, `${file.step}.xlsx`), file.bytes);
      }
    }
  }, 600_000);

  const of = (step: UserFile["step"]) => printed.get(step) as Printed;
  /** The A3 page of each A3 sheet, with its 1-based page number in the PDF. */
  const a3Pages = (step: UserFile["step"]) =>
    of(step)
      .pages.map((page, i) => ({ page, number: i + 1 }))
      .filter(({ page }) => paperOf(page) === "A3");
  const points = (page: PdfPage) =>
    page.words.map((w) => (w.yMax - w.yMin) / perPoint).sort((a, b) => a - b);

  it("has the kommune's, the unit and each deep-dive's A3s in every file", () => {
    expect(of("init").a3.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "Gevinst A3 Kommunen",
        "Gevinst A3 Enhet 3100",
        "Gevinst A3 Enhet 5100",
      ]),
    );
    for (const step of ["import", "refresh", "roll"] as const)
      expect(of(step).a3.map((s) => s.name)).toEqual(
        expect.arrayContaining([
          "Gevinst A3 Kommunen",
          "Gevinst A3 K2 Hjemmetjenesten",
          "Gevinst A3 K3 Hjemmetjenesten",
          "Gevinst A3 K4 Hjemmetjenesten",
          "Gevinst A3 Enhet 3100",
          "Gevinst A3 Enhet 5100",
        ]),
      );
    expect(of("demo").a3.length).toBeGreaterThanOrEqual(4);
  });

  it.each(STEPS)("%s: prints each A3 sheet on exactly one A3 landscape page", (step) => {
    const pages = a3Pages(step);
    expect(pages).toHaveLength(of(step).a3.length);
    for (const { name, title } of of(step).a3) {
      const withTitle = pages.filter(({ page }) => page.text.startsWith(title));
      expect({ name, pages: withTitle.length }).toEqual({ name, pages: 1 });
    }
  });

  it.each(STEPS)("%s: A3 text is at least 8 pt, and 9 pt for nine words in ten", (step) => {
    for (const { page } of a3Pages(step)) {
      const sizes = points(page);
      const p10 = sizes[Math.floor(sizes.length / 10)] ?? 0;
      expect({
        page: page.text.slice(0, 40),
        smallest: (sizes[0] ?? 0) >= 8,
        p10: p10 >= 9,
      }).toEqual({ page: page.text.slice(0, 40), smallest: true, p10: true });
    }
  });

  it.each(STEPS)(
    "%s: each A3 fills its page and nothing lies outside the paper's margins",
    (step) => {
      for (const { page, number } of a3Pages(step)) {
        const ink = inkBox(of(step).pdf, number);
        if (!ink) throw new Error(`page ${number} is blank`);
        const fill = {
          page: page.text.slice(0, 40),
          wide: (ink.xMax - ink.xMin) / A3.width >= 0.85,
          tall: (ink.yMax - ink.yMin) / A3.height >= 0.75,
          inside:
            ink.xMin >= MARGIN - 3 &&
            ink.xMax <= page.width - MARGIN + 3 &&
            ink.yMax <= page.height - PAGE_MARGINS.bottom * 72 + 3,
        };
        expect(fill).toEqual({ page: fill.page, wide: true, tall: true, inside: true });
      }
    },
  );

  it.each(["import", "refresh", "roll"] as const)(
    "%s: the K3 A3 lists every measure of the deep-dive by its whole name",
    (step) => {
      const k3 = a3Pages(step).find(({ page }) =>
        page.text.startsWith("Prioritert dypdykk: Hjemmetjenesten"),
      );
      const names = printPortfolio()
        .measures.filter((m) => m.deepDive === "DD1" && m.status !== "avbrutt")
        .map((m) => m.name);
      expect(names.length).toBeGreaterThan(1);
      for (const name of names)
        expect({ name, listed: k3?.page.text.includes(name) }).toEqual({ name, listed: true });
    },
  );

  it("many: lists 15 of 30 measures on the K3, 8 on the K4, and says where the rest are", () => {
    const pages = a3Pages("many").map(({ page }) => page);
    const k3 = pages.find((p) => p.text.startsWith("Prioritert dypdykk: Hjemmetjenesten"));
    const k4 = pages.find((p) =>
      p.text.startsWith("Delområde med vedtatte tiltak: Hjemmetjenesten"),
    );
    const names = (text = "") => text.match(/Tiltak \d+ i hjemmetjenesten/g)?.length ?? 0;
    expect(names(k3?.text)).toBe(15);
    expect(names(k4?.text)).toBe(8);
    expect(k3?.text).toContain("… og 15 tiltak til: se arket «Gevinst DD Hjemmetjenesten».");
    expect(k4?.text).toContain(
      "… og 22 vedtatte tiltak til: se arket «Gevinst DD Hjemmetjenesten».",
    );
  });

  it("shows the approval on the kommune's A3 and the §11 texts on the deep-dive's", () => {
    const pages = a3Pages("refresh").map(({ page }) => page);
    const kommune = pages.find((p) => p.text.startsWith("Kommunen som helhet"));
    expect(kommune?.text).toContain("Kari Nordmann (kommunedirektør)");
    expect(kommune?.text).toContain("Må gjøres, Stort potensial");
    const k2 = pages.find((p) => p.text.startsWith("Dypdykk: Hjemmetjenesten"));
    expect(k2?.text).toContain("Digitalt tilsyn");
    const k4 = pages.find((p) =>
      p.text.startsWith("Delområde med vedtatte tiltak: Hjemmetjenesten"),
    );
    expect(k4?.text).toContain("Inngå avtale med leverandør");
    expect(k4?.text).toContain("Før: januar 2027.");
    // The unit with more lines than the page shows sums the rest in one row.
    const unit = pages.find((p) => p.text.startsWith("Resultatenhet: 5100"));
    expect(unit?.text).toContain("Øvrige linjer (7)");
  });

  it.each(STEPS)(
    "%s: every data sheet prints on A4 landscape at 8 pt or more, never the layout marker",
    (step) => {
      const a4 = of(step).pages.filter((page) => paperOf(page) === "A4");
      expect(a4.length).toBeGreaterThan(0);
      for (const page of a4) {
        const sizes = points(page);
        const p10 = sizes[Math.floor(sizes.length / 10)] ?? 8;
        expect({ page: page.text.slice(0, 40), readable: p10 >= 8 }).toEqual({
          page: page.text.slice(0, 40),
          readable: true,
        });
      }
      expect(of(step).pages.filter((page) => page.text.includes("gevinst-layout:"))).toEqual([]);
    },
  );
});
