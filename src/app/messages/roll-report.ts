/**
 * The roll as the finance director reads it (spec §12): what moved, what was archived, what needs
 * a decision — in bokmål (the command line and the log), nynorsk and English (the pane). The
 * sentences are built once here from each language's words.
 */
import { describeKey } from "../../core/calculation/budget-key";
import { formatKroner } from "../../core/money";
import type { RollReport } from "../../core/roll";
import type { MessageLanguage } from "./shared";

export type RollReportText = { moved: string[]; archived: string[]; decisions: string[] };

/** The report's sentences in one language. */
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

const NB: RollReportWords = {
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

export function rollReportText(report: RollReport, words: RollReportWords = NB): RollReportText {
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

const NN: RollReportWords = {
  moved: (from, to, last) =>
    `Porteføljen er flytta frå budsjettår ${from} til ${to} (økonomiplan ${to}–${last}).`,
  carried: (n) =>
    `${n} tiltak er med vidare, med id, status, eigarar, gevinstar, handlingar, indikatorar, målingar og godkjenningar.`,
  newLastYear: (last) =>
    `${last} har fått same innfasing og driftskostnad som ${last - 1}, og ingen eingongskostnad.`,
  explicitPhaseIn: (benefits) =>
    `Gevinstar utan eiga innfasing har fått standardinnfasinga skriven ut per år, så dei ikkje startar på nytt: ${benefits}.`,
  archived: (year, n) =>
    `${year} er lagt i «Gevinst Historikk» for ${n} tiltak (planlagt, forventa, kostnad og realisert).`,
  noneRealised: (year) => `Ingen tiltak hadde realiserte tal for ${year}.`,
  realised: (n, year, realised, expected, deviation) =>
    `${n} tiltak hadde realiserte tal for ${year}: ${realised} realisert mot ${expected} forventa (avvik ${deviation}).`,
  measureRealised: (measure, name, realised, expected, status) =>
    `  ${measure} «${name}»: ${realised} av ${expected} forventa — ${status}.`,
  status: { i_rute: "i rute", folg_med: "følg med", avvik: "avvik" },
  missingSavingsTarget: (year) =>
    `Innsparingskravet for ${year} manglar (MISSING_SAVINGS_TARGET). Set det under «Omstillingsbehov» på arket «Gevinst Oversikt».`,
  lostCostLine: (measure, key) =>
    `Tiltak ${measure}: kostnadslina (${key}) finst ikkje i det nye budsjettet (LINK_NOT_FOUND). Vel ei ny line.`,
  lostBenefitLine: (measure, benefit, key) =>
    `Tiltak ${measure}, gevinst ${benefit}: budsjettlina (${key}) finst ikkje i det nye budsjettet (LINK_NOT_FOUND). Vel ei ny line.`,
  dropped: (who, raw, field) =>
    `${who}: «${raw}» (${field}) kunne ikkje lesast og er ikkje flytta.`,
  who: (measure, benefit) => `Tiltak ${measure}${benefit ? `, gevinst ${benefit}` : ""}`,
  portfolio: "Porteføljen",
  nothingToDecide: "Ingenting må avgjerast: alle koplingane finst i det nye budsjettet.",
};

const EN: RollReportWords = {
  moved: (from, to, last) =>
    `The portfolio has moved from budget year ${from} to ${to} (financial plan ${to}–${last}).`,
  carried: (n) =>
    `${n} measures carry on, with their ids, statuses, owners, benefits, actions, indicators, measurements and approvals.`,
  newLastYear: (last) =>
    `${last} has the same phase-in and running cost as ${last - 1}, and no one-off cost.`,
  explicitPhaseIn: (benefits) =>
    `Benefits without a phase-in of their own have the default phase-in written out per year, so they do not start over: ${benefits}.`,
  archived: (year, n) =>
    `${year} is kept in «Gevinst Historikk» for ${n} measures (planned, expected, cost and realised).`,
  noneRealised: (year) => `No measure had realised figures for ${year}.`,
  realised: (n, year, realised, expected, deviation) =>
    `${n} measures had realised figures for ${year}: ${realised} realised against ${expected} expected (deviation ${deviation}).`,
  measureRealised: (measure, name, realised, expected, status) =>
    `  ${measure} «${name}»: ${realised} of ${expected} expected — ${status}.`,
  status: { i_rute: "on track", folg_med: "watch", avvik: "off track" },
  missingSavingsTarget: (year) =>
    `The savings requirement for ${year} is missing (MISSING_SAVINGS_TARGET). Set it under «Omstillingsbehov» on the sheet «Gevinst Oversikt».`,
  lostCostLine: (measure, key) =>
    `Measure ${measure}: its cost line (${key}) does not exist in the new budget (LINK_NOT_FOUND). Choose a new line.`,
  lostBenefitLine: (measure, benefit, key) =>
    `Measure ${measure}, benefit ${benefit}: its budget line (${key}) does not exist in the new budget (LINK_NOT_FOUND). Choose a new line.`,
  dropped: (who, raw, field) => `${who}: «${raw}» (${field}) could not be read and was not moved.`,
  who: (measure, benefit) => `Measure ${measure}${benefit ? `, benefit ${benefit}` : ""}`,
  portfolio: "The portfolio",
  nothingToDecide: "Nothing needs a decision: every link exists in the new budget.",
};

export const ROLL_WORDS: Record<MessageLanguage, RollReportWords> = {
  nb: NB,
  nn: NN,
  en: EN,
};
