/**
 * What a person reads in a sheet for each code (spec §11: «labels, not codes»). Drop-down lists
 * offer the labels and Gevinst writes them; the reader accepts the label or the code, trimmed and
 * in any case, so a sheet written by an older Gevinst (codes) still reads.
 */
import type {
  BenefitType,
  BudgetEffect,
  IndicatorDirection,
  MeasureStatus,
} from "../../model/portfolio.types";

export const STATUS_LABELS: Readonly<Record<MeasureStatus, string>> = {
  foreslatt: "Foreslått",
  prioritert: "Prioritert",
  vedtatt: "Vedtatt",
  under_realisering: "Under realisering",
  realisert: "Realisert",
  avbrutt: "Avbrutt",
};

export const BENEFIT_TYPE_LABELS: Readonly<Record<BenefitType, string>> = {
  kostnad: "Kostnad",
  inntekt: "Inntekt",
  tid: "Tid",
  kvalitet: "Kvalitet",
};

export const BUDGET_EFFECT_LABELS: Readonly<Record<BudgetEffect, string>> = {
  uttak: "Uttak",
  omdisponering: "Omdisponering",
  ingen: "Ingen",
};

export const DIRECTION_LABELS: Readonly<Record<IndicatorDirection, string>> = {
  okende: "Økende",
  minkende: "Minkende",
};

export const YES_NO_LABELS: Readonly<Record<"ja" | "nei", string>> = { ja: "Ja", nei: "Nei" };

/** Why a deep-dive was chosen (spec §11 `selectedBecause`). */
export const SELECTED_BECAUSE_LABELS: Readonly<Record<string, string>> = {
  ma_gjores: "Må gjøres",
  stort_potensial: "Stort potensial",
};

/** Status of an action (spec §11) and of an activity in the årshjul. */
export const ACTION_STATUS_LABELS: Readonly<Record<string, string>> = {
  ikke_startet: "Ikke startet",
  pagar: "Pågår",
  ferdig: "Ferdig",
};

const ALL_LABELS: Readonly<Record<string, string>> = {
  ...STATUS_LABELS,
  ...BENEFIT_TYPE_LABELS,
  ...BUDGET_EFFECT_LABELS,
  ...DIRECTION_LABELS,
  ...YES_NO_LABELS,
  ...SELECTED_BECAUSE_LABELS,
  ...ACTION_STATUS_LABELS,
};

/** The label for a code; a text that is no known code is returned as it is. */
export function labelOf(code: string): string {
  return ALL_LABELS[code] ?? code;
}

/** The labels of a list of codes, in order: what a drop-down offers. */
export function labelsOf(codes: readonly string[]): string[] {
  return codes.map(labelOf);
}

/** The code among `allowed` that `text` names, as label or code (trimmed, any case), or undefined. */
export function codeFromText<T extends string>(text: string, allowed: readonly T[]): T | undefined {
  const wanted = text.trim().toLowerCase();
  return allowed.find((code) => code === wanted || labelOf(code).toLowerCase() === wanted);
}

/**
 * The distinct texts a formula must accept for a code, as Excel compares (case-insensitive):
 * the label, and the code when it differs («Under realisering», «under_realisering»).
 */
export function textsFor(code: string): string[] {
  const label = labelOf(code);
  return label.toLowerCase() === code.toLowerCase() ? [label] : [label, code];
}
