/**
 * The Q3 presentation (spec §16, KS: «stab/støtte lager en felles presentasjon»): one slide per A3
 * the kommune brings to the budget talks — the kommune's, the balance per plan year, and each
 * prioritised deep-dive's — as plain content. Every number is the report's, rounded to whole
 * kroner; the .pptx writer (src/adapters/pptx) only lays this out. Slide text is document content
 * in the workbook's language (bokmål), like the A3 sheets it mirrors.
 */
import { isCounted, type Portfolio } from "../model/portfolio.types";
import { formatNumber } from "../money";
import { prioritiseMeasures } from "../prioritisation";
import type { Report } from "../report/report.types";
import { a3Documents } from "../sheets/a3/a3-documents";
import { A3_KOMMUNE_TITLE } from "../sheets/a3/render-a3-kommune";
import type { OverviewTexts } from "../sheets/overview/render-overview";
import { labelOf } from "../sheets/shared/labels";

export type DeckRow = { cells: string[]; total?: boolean };
export type DeckTable = { title: string; header: string[]; rows: DeckRow[] };
export type DeckBox = { title: string; text: string };
/** Netto against krav per plan year, drawn as bars (the kommune A3's balance bars). */
export type DeckChart = {
  title: string;
  /** What the value axis counts in. */
  unit: string;
  series: { net: string; target: string };
  years: string[];
  net: number[];
  target: number[];
};

export type DeckSlide = {
  title: string;
  subtitle: string;
  boxes: DeckBox[];
  tables: DeckTable[];
  chart?: DeckChart;
  /** What did not fit, said on the slide rather than dropped silently. */
  note?: string;
};

export type Deck = { title: string; slides: DeckSlide[] };

/** Rows a slide's table holds at 12 pt under a title; the rest is said in the note. */
export const DECK_TABLE_ROWS = 9;
/** A box's text at 12 pt in a third of the slide: longer text is cut with «…». */
export const DECK_BOX_CHARS = 420;

/** Whole kroner as the slides write them («1 234 567», «−50 000»). */
export function deckAmount(value: number): string {
  const rounded = Math.round(Number.isFinite(value) ? value : 0);
  // The one number formatter (core/money); rounded first, and never «−0».
  return formatNumber(rounded === 0 ? 0 : rounded);
}

function cut(text: string | undefined): string {
  const t = (text ?? "").trim();
  return t.length <= DECK_BOX_CHARS ? t : `${t.slice(0, DECK_BOX_CHARS - 1).trimEnd()}…`;
}

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

export function buildDeck(input: {
  portfolio: Portfolio;
  report: Report;
  overview: OverviewTexts;
}): Deck {
  const { portfolio, report, overview } = input;
  const years = report.years;
  const period = `${years[0] ?? ""}–${years.at(-1) ?? ""}`;
  const subtitle = `${portfolio.organisation} · budsjettår ${portfolio.budgetYear}`;
  const balance = (key: "target" | "budgetNet" | "gap") =>
    years.map((y) => report.balance[y]?.[key] ?? 0);
  const perYear = (label: string, values: number[], total = false): DeckRow => ({
    cells: [label, ...values.map(deckAmount), deckAmount(sum(values))],
    ...(total ? { total } : {}),
  });

  const kommune: DeckSlide = {
    title: `${A3_KOMMUNE_TITLE} — gevinstarbeid i økonomiplanen ${period}`,
    subtitle,
    boxes: [
      { title: "Nå-situasjon", text: cut(overview.currentSituation) },
      { title: "Ønsket situasjon", text: cut(overview.desiredSituation) },
      { title: "Gap", text: cut(overview.gap) },
    ],
    tables: [
      {
        title: "Netto budsjettvirkning mot innsparingskrav (kr)",
        header: ["Per planår", ...years, "Sum"],
        rows: [
          perYear("Innsparingskrav", balance("target")),
          perYear("Netto budsjettvirkning (telles)", balance("budgetNet")),
          perYear("Gap (krav − netto)", balance("gap"), true),
        ],
      },
    ],
  };

  const deepDiveRows = portfolio.deepDives.map((deepDive) => {
    const ids = new Set(
      portfolio.measures.filter((m) => m.deepDive === deepDive.id).map((m) => m.id),
    );
    const counted = report.measures.filter((m) => ids.has(m.id) && m.counted);
    const net = years.map((y) => sum(counted.map((m) => m.years[y]?.budgetNet ?? 0)));
    return {
      cells: [
        deepDive.name,
        ...net.map(deckAmount),
        deckAmount(sum(net)),
        `${counted.length} av ${ids.size}`,
      ],
    };
  });
  const balanceSlide: DeckSlide = {
    title: `Balanse per planår ${period}`,
    subtitle,
    boxes: [],
    tables: [
      {
        title: "Valgte dypdykk: netto budsjettvirkning som telles (kr)",
        header: ["Dypdykk", ...years, "Sum", "Tiltak som telles"],
        rows: deepDiveRows.slice(0, DECK_TABLE_ROWS),
      },
    ],
    chart: {
      title: "Netto mot innsparingskrav",
      unit: "1 000 kr",
      series: { net: "Netto budsjettvirkning (telles)", target: "Innsparingskrav" },
      years,
      net: balance("budgetNet"),
      target: balance("target"),
    },
    ...(deepDiveRows.length > DECK_TABLE_ROWS
      ? {
          note: `… og ${deepDiveRows.length - DECK_TABLE_ROWS} dypdykk til, se «Gevinst A3 Kommunen».`,
        }
      : {}),
  };

  const slides = [kommune, balanceSlide];
  if (report.areas && report.areas.length > 0) slides.push(areasSlide(report, subtitle, period));

  const ranking = prioritiseMeasures(portfolio).ranking.map((r) => r.id);
  const rankOf = (id: string) => (ranking.includes(id) ? ranking.indexOf(id) : ranking.length);
  const prioritised = new Set(
    a3Documents(portfolio)
      .filter((d) => d.key.startsWith("K3 "))
      .map((d) => d.key.slice(3)),
  );
  for (const deepDive of portfolio.deepDives.filter((d) => prioritised.has(d.id))) {
    const measures = portfolio.measures
      .filter((m) => m.deepDive === deepDive.id && m.status !== "avbrutt")
      .sort((a, b) => rankOf(a.id) - rankOf(b.id));
    const reported = new Map(report.measures.map((m) => [m.id, m]));
    const rows: DeckRow[] = measures.slice(0, DECK_TABLE_ROWS).map((m) => {
      const net = years.map((y) => reported.get(m.id)?.years[y]?.budgetNet ?? 0);
      return {
        cells: [
          `${m.id} ${m.name}`,
          labelOf(m.status),
          ...net.map(deckAmount),
          deckAmount(sum(net)),
        ],
      };
    });
    const counted = measures.filter((m) => isCounted(m.status));
    const countedNet = years.map((y) =>
      sum(counted.map((m) => reported.get(m.id)?.years[y]?.budgetNet ?? 0)),
    );
    rows.push({
      cells: [
        "Sum tiltak som telles",
        "",
        ...countedNet.map(deckAmount),
        deckAmount(sum(countedNet)),
      ],
      total: true,
    });
    slides.push({
      title: `Prioritert dypdykk: ${deepDive.name}`,
      subtitle: deepDive.owner ? `Eier: ${deepDive.owner} · ${subtitle}` : subtitle,
      boxes: [],
      tables: [
        {
          title: "Tiltak i prioritert rekkefølge: netto budsjettvirkning per planår (kr)",
          header: ["Tiltak", "Status", ...years, "Sum"],
          rows,
        },
      ],
      ...(measures.length > DECK_TABLE_ROWS
        ? { note: `… og ${measures.length - DECK_TABLE_ROWS} tiltak til, se dypdykkets A3.` }
        : {}),
    });
  }
  return { title: `Gevinstarbeid ${portfolio.organisation} ${period}`, slides };
}

/** Each rammeområde's gap per plan year (spec §13), as on «Gevinst Rammer». */
function areasSlide(report: Report, subtitle: string, period: string): DeckSlide {
  const areas = report.areas ?? [];
  const rows = areas.slice(0, DECK_TABLE_ROWS).map((area) => {
    const gaps = report.years.map((y) => area.years[y]?.gap ?? 0);
    return {
      cells: [
        area.name === area.id ? area.id : `${area.id} ${area.name}`,
        ...gaps.map(deckAmount),
        deckAmount(sum(gaps)),
      ],
    };
  });
  return {
    title: `Rammeområdene mot sine krav ${period}`,
    subtitle,
    boxes: [],
    tables: [
      {
        title: "Gap per rammeområde (krav − netto, kr)",
        header: ["Rammeområde", ...report.years, "Sum"],
        rows,
      },
    ],
    ...(areas.length > DECK_TABLE_ROWS
      ? { note: `… og ${areas.length - DECK_TABLE_ROWS} rammeområder til, se «Gevinst Rammer».` }
      : {}),
  };
}
