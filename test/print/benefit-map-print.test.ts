/**
 * The gevinstkart on paper (spec §16, readable as §11): the command line's output of init and
 * import, rendered by LibreOffice headless to PDF, prints each «Gevinst Kart» sheet on exactly one
 * A3 landscape page, its text at least 8 pt (9 pt for nine words in ten), showing the goal, the
 * measures, their benefits and indicators by name; a deep-dive with more benefits than a page
 * holds says how many more there are and where. Skips with a notice when LibreOffice, poppler or
 * Carlito is missing.
 */
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Portfolio } from "../../src/core/model/portfolio.types";
import { writePortfolioJson } from "../../src/core/portfolio-json/write-portfolio-json";
import { ensureCliBuilt, runGevinst } from "../cli/support/run-cli";
import { budgetFile, printPortfolio } from "./print-workbook";
import {
  boxPerPoint,
  calibrationXlsx,
  carlitoPresent,
  paperOf,
  printToolsPresent,
  readPdf,
  xlsxFilesToPdf,
  type PdfPage,
} from "./render-pdf";

const present = printToolsPresent() && carlitoPresent();
if (!present)
  console.warn("LibreOffice (soffice), poppler or Carlito is missing: gevinstkart print skipped.");
const maybe = present ? describe : describe.skip;

/** Nine measures of three benefits in Hjemmetjenesten: more than the map's 16 rows. */
function manyBenefits(): Portfolio {
  const portfolio = printPortfolio();
  const model = portfolio.measures.find((m) => m.id === "T1");
  const benefit = model?.benefits[0];
  if (!model || !benefit) throw new Error("T1 mangler");
  portfolio.measures = Array.from({ length: 9 }, (_, i) => ({
    ...structuredClone(model),
    id: `T${i + 1}`,
    name: `Tiltak ${i + 1} i hjemmetjenesten`,
    benefits: [1, 2, 3].map((n) => ({
      ...structuredClone(benefit),
      id: `T${i + 1}-G${n}`,
      name: `Gevinst ${n} av tiltak ${i + 1}`,
      indicators: benefit.indicators.map((ind) => ({ ...ind, id: `I${i + 1}-${n}` })),
    })),
  }));
  return portfolio;
}

async function gevinst(args: string[], dir: string): Promise<void> {
  const run = await runGevinst(args, dir);
  // 1 is «the workbook has errors», which the hand-made portfolio has on purpose.
  if (run.code > 1) throw new Error(`gevinst ${args.join(" ")}: ${run.stderr}`);
}

maybe("the gevinstkart printed from the command line's file", () => {
  const pages = new Map<string, PdfPage[]>();
  let perPoint = 1;

  beforeAll(async () => {
    await ensureCliBuilt();
    const dir = mkdtempSync(path.join(tmpdir(), "gevinst-kart-"));
    const file = (name: string) => path.join(dir, name);
    writeFileSync(file("budsjett.xlsx"), await budgetFile(2027));
    writeFileSync(file("portefolje.json"), writePortfolioJson(printPortfolio()));
    writeFileSync(file("mange.json"), writePortfolioJson(manyBenefits()));
    await gevinst(["init", "budsjett.xlsx", "-o", "init.xlsx"], dir);
    await gevinst(["import", "init.xlsx", "portefolje.json", "-o", "kart.xlsx"], dir);
    await gevinst(["import", "init.xlsx", "mange.json", "-o", "mange.xlsx"], dir);
    const pdfs = xlsxFilesToPdf([
      { name: "kart", bytes: readFileSync(file("kart.xlsx")) },
      { name: "mange", bytes: readFileSync(file("mange.xlsx")) },
      { name: "kalibrering", bytes: await calibrationXlsx() },
    ]);
    perPoint = boxPerPoint(pdfs.get("kalibrering") as string);
    for (const name of ["kart", "mange"]) pages.set(name, readPdf(pdfs.get(name) as string));
    // Kept for a person to look at: GEVINST_PRINT_OUT=folder.
    const out = process.env.GEVINST_PRINT_OUT;
    if (out) {
      mkdirSync(out, { recursive: true });
      for (const name of ["kart", "mange"])
        copyFileSync(pdfs.get(name) as string, path.join(out, `${name}.pdf`));
    }
  }, 600_000);

  const maps = (name: string) =>
    (pages.get(name) ?? []).filter((page) => page.text.startsWith("Gevinstkart:"));

  it.each(["kart", "mange"])("%s: each deep-dive's map is one A3 landscape page", (name) => {
    const titles = maps(name).map((page) => page.text.split("\n")[0]);
    expect(titles.length).toBeGreaterThan(0);
    expect(new Set(titles).size).toBe(titles.length);
    for (const page of maps(name)) expect(paperOf(page)).toBe("A3");
    expect(maps(name).some((p) => p.text.startsWith("Gevinstkart: Hjemmetjenesten"))).toBe(true);
  });

  it.each(["kart", "mange"])(
    "%s: its text is at least 8 pt, and 9 pt for nine words in ten",
    (name) => {
      for (const page of maps(name)) {
        const sizes = page.words.map((w) => (w.yMax - w.yMin) / perPoint).sort((a, b) => a - b);
        const p10 = sizes[Math.floor(sizes.length / 10)] ?? 0;
        expect({
          page: page.text.slice(0, 40),
          smallest: (sizes[0] ?? 0) >= 8,
          p10: p10 >= 9,
        }).toEqual({
          page: page.text.slice(0, 40),
          smallest: true,
          p10: true,
        });
      }
    },
  );

  it("shows the goal, every measure and benefit of the deep-dive and their indicators", () => {
    const page = maps("kart").find((p) => p.text.startsWith("Gevinstkart: Hjemmetjenesten"));
    const flat = page?.text.replace(/\s+/g, " ") ?? "";
    const portfolio = printPortfolio();
    expect(flat).toContain("Tjenester som henger sammen for brukeren, innenfor rammen.");
    const measures = portfolio.measures.filter(
      (m) => m.deepDive === "DD1" && m.status !== "avbrutt",
    );
    expect(measures.length).toBeGreaterThan(1);
    for (const m of measures) {
      expect(flat).toContain(m.id);
      for (const b of m.benefits) {
        expect({ benefit: b.name, shown: flat.includes(b.name) }).toEqual({
          benefit: b.name,
          shown: true,
        });
        for (const i of b.indicators) expect(flat).toContain(i.name);
      }
    }
  });

  it("many: lists 16 benefits and says how many more and where", () => {
    const page = maps("mange").find((p) => p.text.startsWith("Gevinstkart: Hjemmetjenesten"));
    const flat = page?.text.replace(/\s+/g, " ") ?? "";
    expect(flat.match(/Gevinst \d av tiltak \d/g)?.length).toBe(16);
    expect(flat).toContain(
      "… og 3 tiltak og 2 gevinster til: se arket «Gevinst DD Hjemmetjenesten».",
    );
  });
});
