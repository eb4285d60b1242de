/**
 * The Q3 presentation as the user gets it (issue 27): `gevinst present` on the workbook the
 * command line wrote, opened in LibreOffice Impress and printed to PDF — one page per slide,
 * no text under 12 pt, and every number the report's.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { deckAmount } from "../../src/core/present/deck";
import type { Report } from "../../src/core/report/report.types";
import { writePortfolioJson } from "../../src/core/portfolio-json";
import { ensureCliBuilt, runGevinst } from "../cli/support/run-cli";
import { budgetFile, printPortfolio, typeKommuneTexts } from "./print-workbook";
import { carlitoPresent, printToolsPresent, readPdf, type PdfPage } from "./render-pdf";

/** Impress is a separate Debian package (libreoffice-impress-nogui) from Calc. */
const impress = existsSync("/usr/lib/libreoffice/program/libsdlo.so");
const present = printToolsPresent() && carlitoPresent() && impress;
if (!present)
  console.warn(
    "LibreOffice Impress, poppler or the Carlito font is not installed: presentation checks skipped.",
  );
const maybe = present ? describe : describe.skip;

jest.setTimeout(300_000);

/** pdftotext's words joined; Intl's narrow spaces and minus as one form. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ").replace(/\u2212/g, "-");

maybe("gevinst present", () => {
  let pages: PdfPage[] = [];
  let slides = 0;
  let report: Report;
  let stdout = "";

  beforeAll(async () => {
    await ensureCliBuilt();
    const dir = mkdtempSync(path.join(tmpdir(), "gevinst-present-"));
    const file = (name: string) => path.join(dir, name);
    writeFileSync(file("budsjett.xlsx"), await budgetFile(2027));
    writeFileSync(file("portefolje.json"), writePortfolioJson(printPortfolio()));
    const run = async (args: string[]) => {
      const result = await runGevinst(args, dir);
      if (result.code > 1) throw new Error(`gevinst ${args.join(" ")}: ${result.stderr}`);
      return result;
    };
    await run(["init", "budsjett.xlsx", "-o", "init.xlsx"]);
    await typeKommuneTexts(file("init.xlsx"), file("skrevet.xlsx"));
    await run(["import", "skrevet.xlsx", "portefolje.json", "-o", "import.xlsx"]);
    stdout = (await run(["present", "import.xlsx", "-o", "q3.pptx"])).stdout;
    report = JSON.parse((await run(["report", "import.xlsx", "--json"])).stdout) as Report;

    const zip = await JSZip.loadAsync(readFileSync(file("q3.pptx")));
    slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length;
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${file("profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        file("q3.pptx"),
      ],
      { stdio: "ignore", timeout: 240_000 },
    );
    pages = readPdf(file("q3.pdf"));
  });

  it("has the kommune's slide, the balance, and one slide per prioritised deep-dive", () => {
    expect(stdout).toMatch(/^Skrev \d+ lysbilder til «q3.pptx»/);
    const deepDives = printPortfolio().deepDives.filter((d) =>
      printPortfolio().measures.some((m) => m.deepDive === d.id && m.status !== "avbrutt"),
    );
    expect(slides).toBe(2 + deepDives.length);
    // Impress prints one page per slide: nothing overflowed onto a page of its own.
    expect(pages).toHaveLength(slides);
    expect(plain(pages[0]?.text ?? "")).toContain("Kommunen som helhet");
    for (const [i, d] of deepDives.entries())
      expect(plain(pages[2 + i]?.text ?? "")).toContain(`Prioritert dypdykk: ${d.name}`);
  });

  it("writes no text under 12 pt", () => {
    // A word's box is its font's ascent + descent: measured on the 24 pt title, which is what
    // the first slide begins with.
    const title = pages[0]?.words[0];
    expect(title?.text).toBe("Kommunen");
    const perPoint = ((title?.yMax ?? 0) - (title?.yMin ?? 0)) / 24;
    const smallest = Math.min(
      ...pages.flatMap((p) => p.words.map((w) => (w.yMax - w.yMin) / perPoint)),
    );
    expect(smallest).toBeGreaterThanOrEqual(11.5);
  });

  it("shows the report's balance and each measure's netto, to the krone", () => {
    const kommune = plain(pages[0]?.text ?? "");
    for (const year of report.years) {
      const b = report.balance[year];
      expect(kommune).toContain(plain(deckAmount(b?.target ?? NaN)));
      expect(kommune).toContain(plain(deckAmount(b?.gap ?? NaN)));
    }
    const counted = report.measures.filter((m) => m.counted && m.total.budgetNet !== 0);
    expect(counted.length).toBeGreaterThan(0);
    const deepDiveText = plain(
      pages
        .slice(2)
        .map((p) => p.text)
        .join(" "),
    );
    for (const measure of counted)
      for (const year of report.years)
        expect(deepDiveText).toContain(plain(deckAmount(measure.years[year]?.budgetNet ?? NaN)));
  });
});
