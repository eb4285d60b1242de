/**
 * The Q3 deck (src/core/present) as a .pptx, with PptxGenJS (MIT, maintained, builds the OOXML
 * with the JSZip we already ship). Loaded on demand: the pane only fetches it when the user asks
 * for the presentation. Layout only — every text and number comes from the deck.
 */
import type PptxGenJS from "pptxgenjs";
import type { Deck, DeckSlide, DeckTable } from "../../core/present/deck";

/** 16:9 «Widescreen» (13.33 × 7.5 in), PowerPoint's default. */
const SLIDE = { w: 13.333, h: 7.5 };
const MARGIN = 0.5;
/** Nothing on a slide is smaller: readable in a meeting room (issue 27: ≥ 12 pt). */
const BODY_PT = 12;
const FONT = "Calibri";
const BLUE = "1F3864";
const HEAD_FILL = "D9E2F3";

/** Norwegian for spelling and hyphenation in PowerPoint. */
const LANG = "nb-NO";

const thousands = (value: number) => Math.round(value / 1000);

type Pptx = PptxGenJS;
type Slide = ReturnType<Pptx["addSlide"]>;

export async function writeDeckPptx(deck: Deck): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import("pptxgenjs");
  const pptx = new PptxGenJS();
  pptx.layout = "LAYOUT_WIDE";
  pptx.title = deck.title;
  pptx.company = "Gevinst";
  for (const content of deck.slides) drawSlide(pptx, pptx.addSlide(), content);
  const out = await pptx.write({ outputType: "uint8array", compression: true });
  return out as Uint8Array;
}

function drawSlide(pptx: Pptx, slide: Slide, content: DeckSlide): void {
  const width = SLIDE.w - 2 * MARGIN;
  slide.addText(content.title, {
    x: MARGIN,
    y: 0.3,
    w: width,
    h: 0.6,
    fontFace: FONT,
    lang: LANG,
    fontSize: 24,
    bold: true,
    color: BLUE,
    fit: "none",
  });
  slide.addText(content.subtitle, {
    x: MARGIN,
    y: 0.9,
    w: width,
    h: 0.35,
    fontFace: FONT,
    lang: LANG,
    fontSize: 14,
    color: "404040",
  });
  let y = 1.45;
  if (content.boxes.length > 0) {
    const gap = 0.2;
    const w = (width - gap * (content.boxes.length - 1)) / content.boxes.length;
    const h = 2.4;
    content.boxes.forEach((box, i) => {
      slide.addText(
        [
          { text: box.title, options: { bold: true, color: BLUE, breakLine: true } },
          { text: box.text },
        ],
        {
          x: MARGIN + i * (w + gap),
          y,
          w,
          h,
          fontFace: FONT,
          lang: LANG,
          fontSize: BODY_PT,
          valign: "top",
          line: { color: "A6A6A6", width: 0.75 },
          margin: 6,
          // Never shrink to fit: the deck cuts long text instead, so 12 pt stays 12 pt.
          fit: "none",
        },
      );
    });
    y += h + 0.3;
  }
  const tableWidth = content.chart ? width * 0.58 : width;
  for (const table of content.tables) y = drawTable(slide, table, MARGIN, y, tableWidth) + 0.25;
  if (content.chart) {
    const { chart } = content;
    const x = MARGIN + tableWidth + 0.3;
    slide.addChart(
      pptx.ChartType.bar,
      [
        { name: chart.series.net, labels: chart.years, values: chart.net.map(thousands) },
        { name: chart.series.target, labels: chart.years, values: chart.target.map(thousands) },
      ],
      {
        x,
        y: 1.45,
        w: SLIDE.w - MARGIN - x,
        h: 4.8,
        barDir: "col",
        barGrouping: "clustered",
        chartColors: ["2E75B6", "C00000"],
        showTitle: true,
        // The unit in the title: an axis title is turned 90° and harder to read across a room.
        title: `${chart.title} (${chart.unit})`,
        titleFontSize: 14,
        titleFontFace: FONT,
        showLegend: true,
        legendPos: "b",
        legendFontSize: BODY_PT,
        legendFontFace: FONT,
        catAxisLabelFontSize: BODY_PT,
        catAxisLabelFontFace: FONT,
        valAxisLabelFontSize: BODY_PT,
        valAxisLabelFontFace: FONT,
        // In thousands without a separator: a chart's format code is read in the viewer's locale,
        // so «#,##0» shows «1,000,000» in an English LibreOffice; «1000» reads the same anywhere.
        valAxisLabelFormatCode: "0",

        altText: chart.title,
      },
    );
  }
  if (content.note)
    slide.addText(content.note, {
      x: MARGIN,
      y: SLIDE.h - 0.7,
      w: width,
      h: 0.4,
      fontFace: FONT,
      lang: LANG,
      fontSize: BODY_PT,
      italic: true,
      color: "404040",
    });
}

/** Draws the table with its title; returns where it ends (inches from the top). */
function drawTable(slide: Slide, table: DeckTable, x: number, y: number, w: number): number {
  slide.addText(table.title, {
    x,
    y,
    w,
    h: 0.35,
    fontFace: FONT,
    lang: LANG,
    fontSize: 14,
    bold: true,
    color: BLUE,
  });
  const rowH = 0.34;
  const numbers = table.header.length - 1;
  // The first column holds names; the figures share the rest evenly.
  const first = Math.min(w * 0.34, 3.6);
  const colW = [first, ...Array.from({ length: numbers }, () => (w - first) / numbers)];
  // Figures right, as in the A3s; a column of words (names, status) left.
  const figure = table.header.map((_, c) =>
    table.rows.every((r) => /^[-\u2212]?[\d\s\u00a0\u202f]*$/.test(r.cells[c] ?? "")),
  );
  const cell = (text: string, head: boolean, total: boolean, col: number) => ({
    text,
    options: {
      bold: head || total,
      fill: { color: head ? HEAD_FILL : total ? "F2F2F2" : "FFFFFF" },
      align: figure[col] ? ("right" as const) : ("left" as const),
    },
  });
  const rows = [
    table.header.map((t, c) => cell(t, true, false, c)),
    ...table.rows.map((r) => r.cells.map((t, c) => cell(t, false, r.total === true, c))),
  ];
  slide.addTable(rows, {
    x,
    y: y + 0.4,
    w,
    colW,
    rowH,
    fontFace: FONT,
    lang: LANG,
    fontSize: BODY_PT,
    border: { type: "solid", pt: 0.5, color: "A6A6A6" },
    valign: "middle",
    margin: 0.04,
  });
  return y + 0.4 + rows.length * rowH;
}
