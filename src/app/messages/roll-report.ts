/**
 * The roll report (spec §12) in the pane's languages. The sentences are built once in
 * core/roll/roll-report; here are only the words, so nynorsk and English say the same as bokmål.
 */
import { NB_ROLL_WORDS, type RollReportWords } from "../../core/roll";
import type { MessageLanguage } from "./shared";

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
  nb: NB_ROLL_WORDS,
  nn: NN,
  en: EN,
};
