/**
 * «Gevinst Innstillinger»: the workbook's settings (spec §3) as label/value rows, and the values
 * the formulas use («brukt»), computed by the same fallbacks as the core.
 */
import { fieldList, type FieldKeys } from "../shared/layout.types";

export const SETTINGS_TITLE = "Innstillinger for gevinstberegningen";

/** Input rows, in sheet order; column A label, column B value, column C a note. */
export const SETTINGS_FIELDS = fieldList([
  { key: "organisation", label: "Organisasjon", kind: "input", value: "text" },
  { key: "budgetYear", label: "Budsjettår", kind: "input", value: "number" },
  {
    key: "hoursPerFte",
    label: "Timer per årsverk",
    kind: "input",
    value: "number",
    note: "Standard 1 695 timer.",
  },
  {
    key: "hourlyCost",
    label: "Timekost (kr per time)",
    kind: "input",
    value: "kroner",
    note: "La stå tom for å regne ut timekosten fra lønn under.",
  },
  { key: "annualSalary", label: "Årslønn (kr)", kind: "input", value: "kroner" },
  {
    key: "holidayPay",
    label: "Feriepenger",
    kind: "input",
    value: "fraction",
    note: "For eksempel 12 %.",
  },
  {
    key: "employerTax",
    label: "Arbeidsgiveravgift",
    kind: "input",
    value: "fraction",
    note: "For eksempel 14,1 %.",
  },
  { key: "pension", label: "Pensjon", kind: "input", value: "fraction" },
  {
    key: "discountRate",
    label: "Kalkulasjonsrente",
    kind: "input",
    value: "fraction",
    note: "Rundskriv R-109: 4 %.",
  },
  {
    key: "tolerance",
    label: "Toleranse for indikatorer",
    kind: "input",
    value: "fraction",
    note: "Avvik innenfor toleransen er «i rute».",
  },
]);

/** A field of the block: a misspelt key is a compile error. */
export type SettingsFieldKey = FieldKeys<typeof SETTINGS_FIELDS>;

/** Computed rows the formulas on the other sheets reference. */
export const SETTINGS_USED = [
  { key: "hoursPerFteUsed", label: "Timer per årsverk brukt" },
  { key: "hourlyCostUsed", label: "Timekost brukt (kr per time)" },
  { key: "discountRateUsed", label: "Kalkulasjonsrente brukt" },
] as const;

export const PLAN_YEARS_LABEL = "Planår";
/** Spec §11, optional: the units (ansvar or funksjon codes) that get an A3 of their own. */
export const A3_UNITS_LABEL = "A3 per enhet (ansvar eller funksjon)";
export const A3_UNITS_NOTE =
  "Valgfritt. For eksempel «3100, 4100» (ansvar) eller «funksjon 254». Gir ett A3-ark per enhet.";
export const DEFAULT_PHASE_IN_LABEL = "Standard innfasing";
export const DEFAULT_PHASE_IN_USED_LABEL = "Standard innfasing brukt";
