/**
 * Renders an .xlsx file with LibreOffice headless and reads the PDF back with poppler: per page
 * its size and its words with their boxes (`pdftotext -bbox`). Null when soffice or poppler is
 * not installed (the print tests then skip with a notice).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type PdfWord = { text: string; xMin: number; yMin: number; xMax: number; yMax: number };
export type PdfPage = { width: number; height: number; words: PdfWord[]; text: string };

function has(tool: string): boolean {
  try {
    execFileSync("which", [tool], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function printToolsPresent(): boolean {
  return has("soffice") && has("pdftotext") && has("pdfinfo");
}

/**
 * Whether LibreOffice can print Calibri as Excel does: with Carlito (same metrics) installed.
 * Without it, it prints in DejaVu Sans, a third wider, and no page measures like Excel's.
 */
export function carlitoPresent(): boolean {
  try {
    return /carlito/i.test(execFileSync("fc-list", { encoding: "utf8" }));
  } catch {
    return false;
  }
}

/**
 * Converts several .xlsx files to PDF in one LibreOffice run (it starts once, ≈ 3 s); returns
 * each PDF's path by name.
 */
export function xlsxFilesToPdf(
  files: readonly { name: string; bytes: Buffer }[],
): Map<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gevinst-print-"));
  const inputs = files.map(({ name, bytes }) => {
    const xlsx = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(xlsx, bytes);
    return xlsx;
  });
  const profile = `file://${path.join(dir, "profile")}`;
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=${profile}`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...inputs,
    ],
    { stdio: "ignore", timeout: 480_000 },
  );
  return new Map(files.map(({ name }) => [name, path.join(dir, `${name}.pdf`)]));
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every page with its size (points) and words. */
export function readPdf(pdf: string): PdfPage[] {
  const html = execFileSync("pdftotext", ["-bbox", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const pages: PdfPage[] = [];
  const pageRe = /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordRe =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const page of html.matchAll(pageRe)) {
    const words: PdfWord[] = [];
    for (const w of (page[3] ?? "").matchAll(wordRe))
      words.push({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: unescape(w[5] ?? ""),
      });
    pages.push({
      width: Number(page[1]),
      height: Number(page[2]),
      words,
      text: words.map((w) => w.text).join(" "),
    });
  }
  return pages;
}

/** A3 landscape is 1190.55 × 841.89 pt; A4 landscape 841.89 × 595.28. */
export function paperOf(page: PdfPage): "A3" | "A4" | "other" {
  const near = (a: number, b: number) => Math.abs(a - b) < 2;
  if (near(page.width, 1190.55) && near(page.height, 841.89)) return "A3";
  if (near(page.width, 841.89) && near(page.height, 595.28)) return "A4";
  return "other";
}

/**
 * LibreOffice's own evaluation of an .xlsx file: opened headless with «recalculate always» for
 * OOXML (set in a profile of its own, since LibreOffice otherwise trusts stored results), saved
 * again as .xlsx with its results. The second engine beside IronCalc.
 */
export function libreOfficeRecalc(bytes: Buffer): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gevinst-recalc-"));
  const input = path.join(dir, "in", "gevinst.xlsx");
  const out = path.join(dir, "out");
  fs.mkdirSync(path.dirname(input), { recursive: true });
  fs.writeFileSync(input, bytes);
  const profile = path.join(dir, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(profile, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      out,
      input,
    ],
    { stdio: "ignore", timeout: 240_000 },
  );
  const result = fs.readFileSync(path.join(out, "gevinst.xlsx"));
  fs.rmSync(dir, { recursive: true, force: true });
  return result;
}

/**
 * The part of a page that has ink on it, in points: pdftoppm draws the page in grey at a low
 * resolution and every pixel darker than the paper counts (borders, fills, text).
 */
export function inkBox(
  pdf: string,
  page: number,
): { xMin: number; yMin: number; xMax: number; yMax: number } | null {
  const dpi = 24;
  const pgm = execFileSync(
    "pdftoppm",
    ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), pdf],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  // Binary PGM: «P5 width height 255» and one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.toString("latin1", 0, 40));
  if (!header) throw new Error("pdftoppm gave no PGM");
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = pgm.subarray(header[0].length);
  let box: { xMin: number; yMin: number; xMax: number; yMax: number } | null = null;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      if ((data[y * width + x] ?? 255) > 240) continue;
      if (!box) box = { xMin: x, yMin: y, xMax: x, yMax: y };
      box.xMin = Math.min(box.xMin, x);
      box.xMax = Math.max(box.xMax, x);
      box.yMin = Math.min(box.yMin, y);
      box.yMax = Math.max(box.yMax, y);
    }
  if (!box) return null;
  const pt = 72 / dpi;
  return {
    xMin: box.xMin * pt,
    yMin: box.yMin * pt,
    xMax: (box.xMax + 1) * pt,
    yMax: (box.yMax + 1) * pt,
  };
}

/**
 * Word box height per point of font size for the fonts this LibreOffice prints with (Carlito for
 * Calibri: 1.30; DejaVu Sans, where Carlito is missing, differs), measured on a page with 11 pt
 * and 22 pt text at 100 %: the print checks turn word boxes into font sizes with it.
 */
export function boxPerPoint(calibrationPdf: string): number {
  const [page] = readPdf(calibrationPdf);
  const heights = (page?.words ?? []).map((w) => w.yMax - w.yMin).sort((a, b) => a - b);
  const small = heights[0];
  const large = heights[heights.length - 1];
  if (small === undefined || large === undefined) throw new Error("calibration page has no words");
  return (small / 11 + large / 22) / 2;
}

/** An .xlsx with «Kalibrering» at 11 pt in A1 and at 22 pt in A3, printed at 100 %. */
export async function calibrationXlsx(): Promise<Buffer> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Kalibrering");
  sheet.getCell("A1").value = "Kalibrering";
  sheet.getCell("A1").font = { name: "Calibri", size: 11 };
  sheet.getCell("A3").value = "Kalibrering";
  sheet.getCell("A3").font = { name: "Calibri", size: 22 };
  sheet.pageSetup.scale = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
