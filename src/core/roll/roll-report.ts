/**
 * The roll as the finance director reads it: what moved, what was archived, what needs a
 * decision. Plain Norwegian lines for the command line, the pane and the log.
 */
import { describeKey } from "../calculation/budget-key";
import { formatKroner } from "../money";
import type { RollReport } from "./roll-portfolio";

export type RollReportText = { moved: string[]; archived: string[]; decisions: string[] };

/**
 * The report's sentences in one language: bokmål here (the command line and the log); nynorsk
 * and English live with the pane's message catalogues (src/app/messages/roll-report.ts).
 */
export type RollReportWords = {
  moved: (from: number, to: number, last: number) => string;
  carried: (measures: number) => string;
  newLastYear: (last: number) => string;
  explicitPhaseIn: (benefits: string) => string;
  archived: (year: string, measures: number) => string;
  noneRealised: (year: string) => string;
  realised: (
    measures: number,
    year: string,
    realised: string,
    expected: string,
    deviation: string,
  ) => string;
  measureRealised: (
    measure: string,
    name: string,
    realised: string,
    expected: string,
    status: string,
  ) => string;
  status: Record<"i_rute" | "folg_med" | "avvik", string>;
  missingSavingsTarget: (year: string) => string;
  lostCostLine: (measure: string, key: string) => string;
  lostBenefitLine: (measure: string, benefit: string, key: string) => string;
  dropped: (who: string, raw: string, field: string) => string;
  who: (measure: string, benefit?: string) => string;
  portfolio: string;
  nothingToDecide: string;
};

export const NB_ROLL_WORDS: RollReportWords = {
  moved: (from, to, last) =>
    `Porteføljen er flyttet fra budsjettår ${from} til ${to} (økonomiplan ${to}–${last}).`,
  carried: (n) =>
    `${n} tiltak er med videre, med id, status, eiere, gevinster, handlinger, indikatorer, målinger og godkjenninger.`,
  newLastYear: (last) =>
    `${last} har fått samme innfasing og driftskostnad som ${last - 1}, og ingen engangskostnad.`,
  explicitPhaseIn: (benefits) =>
    `Gevinster uten egen innfasing har fått standardinnfasingen skrevet ut per år, så de ikke starter på nytt: ${benefits}.`,
  archived: (year, n) =>
    `${year} er lagt i «Gevinst Historikk» for ${n} tiltak (planlagt, forventet, kostnad og realisert).`,
  noneRealised: (year) => `Ingen tiltak hadde realiserte tall for ${year}.`,
  realised: (n, year, realised, expected, deviation) =>
    `${n} tiltak hadde realiserte tall for ${year}: ${realised} realisert mot ${expected} forventet (avvik ${deviation}).`,
  measureRealised: (measure, name, realised, expected, status) =>
    `  ${measure} «${name}»: ${realised} av ${expected} forventet — ${status}.`,
  status: { i_rute: "i rute", folg_med: "følg med", avvik: "avvik" },
  missingSavingsTarget: (year) =>
    `Innsparingskravet for ${year} mangler (MISSING_SAVINGS_TARGET). Sett det under «Omstillingsbehov» på arket «Gevinst Oversikt».`,
  lostCostLine: (measure, key) =>
    `Tiltak ${measure}: kostnadslinjen (${key}) finnes ikke i det nye budsjettet (LINK_NOT_FOUND). Velg en ny linje.`,
  lostBenefitLine: (measure, benefit, key) =>
    `Tiltak ${measure}, gevinst ${benefit}: budsjettlinjen (${key}) finnes ikke i det nye budsjettet (LINK_NOT_FOUND). Velg en ny linje.`,
  dropped: (who, raw, field) => `${who}: «${raw}» (${field}) kunne ikke leses og er ikke flyttet.`,
  who: (measure, benefit) => `Tiltak ${measure}${benefit ? `, gevinst ${benefit}` : ""}`,
  portfolio: "Porteføljen",
  nothingToDecide: "Ingenting må avgjøres: alle lenker finnes i det nye budsjettet.",
};

export function rollReportText(
  report: RollReport,
  words: RollReportWords = NB_ROLL_WORDS,
): RollReportText {
  const { fromYear, toYear } = report;
  const newLast = toYear + 3;
  const moved = [
    words.moved(fromYear, toYear, newLast),
    words.carried(report.measureCount),
    words.newLastYear(newLast),
  ];
  if (report.explicitPhaseIn.length > 0)
    moved.push(words.explicitPhaseIn(report.explicitPhaseIn.join(", ")));
  const year = String(fromYear);
  const rows = report.archived;
  const withRealised = rows.filter((r) => r.realised !== undefined);
  const expected = withRealised.reduce((s, r) => s + r.expected, 0);
  const realised = withRealised.reduce((s, r) => s + (r.realised ?? 0), 0);
  const archived = [
    words.archived(year, rows.length),
    withRealised.length === 0
      ? words.noneRealised(year)
      : words.realised(
          withRealised.length,
          year,
          formatKroner(realised),
          formatKroner(expected),
          formatKroner(realised - expected),
        ),
    ...withRealised
      .filter((r) => r.realisationStatus !== "i_rute")
      .sort((a, b) => (a.deviation ?? 0) - (b.deviation ?? 0))
      .map((r) =>
        words.measureRealised(
          r.measure,
          r.name,
          formatKroner(r.realised ?? 0),
          formatKroner(r.expected),
          r.realisationStatus ? words.status[r.realisationStatus] : "",
        ),
      ),
  ];
  const decisions: string[] = [];
  if (report.missingSavingsTarget)
    decisions.push(words.missingSavingsTarget(report.missingSavingsTarget));
  for (const lost of report.lostLinks)
    decisions.push(
      lost.kind === "cost"
        ? words.lostCostLine(lost.measure, describeKey(lost.key))
        : words.lostBenefitLine(lost.measure, lost.benefit ?? "", describeKey(lost.key)),
    );
  for (const value of report.dropped)
    decisions.push(
      words.dropped(
        value.measure ? words.who(value.measure, value.benefit) : words.portfolio,
        String(value.raw),
        value.field,
      ),
    );
  if (decisions.length === 0) decisions.push(words.nothingToDecide);
  return { moved, archived, decisions };
}

/** The text as lines under three headings. */
export function rollReportLines(report: RollReport): string[] {
  const text = rollReportText(report);
  return [
    "Flyttet:",
    ...text.moved.map((l) => `  ${l}`),
    "Arkivert:",
    ...text.archived.map((l) => `  ${l}`),
    "Må avgjøres:",
    ...text.decisions.map((l) => `  ${l}`),
  ];
}
