/**
 * Names of field paths, for messages («innfasing 2027», «andel i lenke 2»), and what kind of
 * value a field takes: each catalogue gives its own words to `describeFieldIn` and its own hint
 * per `hintKind`.
 */

/** The words a language names fields with. */
export type FieldWords = {
  simple: Record<string, string>;
  /** «engangskostnad 2027» (year given) or «engangskostnader». */
  oneTime: (year?: string) => string;
  running: (year?: string) => string;
  /** «andel i lenke 2»: `field` already named, `n` 1-based. */
  inLink: (field: string, n: number) => string;
  inMeasurement: (field: string, n: number) => string;
  inAction: (field: string, n: number) => string;
  inApproval: (field: string, n: number) => string;
  /** «innsparingskrav 2027 i rammeområde 2». */
  inArea: (field: string, n: number) => string;
  selectedBecause: (n: number) => string;
  defaultPhaseIn: (n: number) => string;
};

const SIMPLE: Record<string, string> = {
  id: "id",
  name: "navn",
  owner: "ansvarlig",
  status: "status",
  mustDo: "må gjøres (lovkrav/minimumskrav)",
  deepDive: "dypdykk",
  description: "beskrivelse",
  type: "gevinsttype",
  annual: "årlig effekt",
  confidence: "konfidens",
  budgetEffect: "budsjetteffekt",
  withdrawalShare: "uttaksandel",
  phaseIn: "innfasing",
  links: "budsjettlenker",
  costs: "kostnader",
  costLink: "kostnadslenke",
  direction: "retning",
  baseline: "nullpunkt",
  baselineDate: "dato for nullpunkt",
  target: "målverdi",
  targetDate: "dato for målverdi",
  unit: "enhet",
  frequency: "frekvens",
  measurements: "målinger",
  organisation: "organisasjon",
  budgetYear: "budsjettår",
  savingsTarget: "innsparingskrav",
  hoursPerFte: "timer per årsverk",
  hourlyCost: "timekost",
  discountRate: "kalkulasjonsrente",
  tolerance: "toleranse",
  defaultPhaseIn: "standard innfasing",
  salaryBasis: "lønnsgrunnlag",
  annualSalary: "årslønn",
  holidayPay: "feriepenger",
  employerTax: "arbeidsgiveravgift",
  pension: "pensjon",
  share: "andel",
  ansvar: "ansvar",
  art: "art",
  funksjon: "funksjon",
  prosjekt: "prosjekt",
  date: "dato",
  value: "verdi",
  selectedBecause: "valgt fordi",
  unmetNeeds: "udekkede behov",
  problems: "problemer",
  opportunities: "muligheter",
  valueChain: "verdikjede",
  minimumRequirements: "minimumskrav",
  businessCases: "mulige gevinstcaser",
  workshopDate: "dato for verksted",
  includedInBudget: "innarbeidet i budsjettet",
  actions: "handlingsplan",
  preconditions: "forutsetninger",
  risks: "risiko",
  realised: "realisert",
  plan: "måleplan",
  approvals: "godkjenninger",
  what: "hva",
  who: "hvem",
  due: "frist",
  by: "godkjent av",
  document: "dokument",
  version: "versjon",
  areas: "rammeområder",
  areaDimension: "dimensjon for rammeområder",
  areaPrefix: "antall tegn som grupperer rammeområder",
  tjenesteomrade: "tjenesteområde",
  realisedPeriods: "realisert",
  periodProfile: "periodeprofil",
  forecast: "prognose",
  deviationNote: "forklaring på avvik",
  correctiveAction: "korrigerende tiltak",
  followUpPeriods: "oppfølgingsperioder",
  followUpPeriod: "oppfølgingsperiode",
};

/** Bokmål: the nb catalogue. */
export const NB_FIELD_WORDS: FieldWords = {
  simple: SIMPLE,
  oneTime: (year) => (year ? `engangskostnad ${year}` : "engangskostnader"),
  running: (year) => (year ? `løpende kostnad ${year}` : "løpende kostnader"),
  inLink: (field, n) => `${field} i lenke ${n}`,
  inMeasurement: (field, n) => `${field} i måling ${n}`,
  inAction: (field, n) => `${field} i handling ${n}`,
  inApproval: (field, n) => `${field} i godkjenning ${n}`,
  inArea: (field, n) => `${field} i rammeområde ${n}`,
  selectedBecause: (n) => `valgt fordi, verdi ${n}`,
  defaultPhaseIn: (n) => `standard innfasing år ${n}`,
};

/** A field path named with `words` («innfasing 2027», «andel i lenke 2», «timekost»). */
export function describeFieldIn(words: FieldWords, path: string): string {
  const parts = path.split(".");
  const [head, second, third] = parts;
  const name = (part: string) => words.simple[part] ?? part;
  if (head === "settings" && second) return describeFieldIn(words, parts.slice(1).join("."));
  if (head === "costs" && second === "oneTime") return words.oneTime(third);
  if (head === "costs" && second === "running") return words.running(third);
  if ((head === "phaseIn" || head === "savingsTarget" || head === "realised") && second)
    return `${name(head)} ${second}`;
  // Tertial follow-up (spec §14): «realisert 2027 T2», «periodeprofil T1», «prognose 2027».
  if ((head === "realisedPeriods" || head === "periodProfile" || head === "forecast") && second)
    return [name(head), ...parts.slice(1)].join(" ");
  const n = Number(second) + 1;
  if (head === "links" && second && third) return words.inLink(name(third), n);
  if (head === "measurements" && second && third) return words.inMeasurement(name(third), n);
  if (head === "actions" && second && third) return words.inAction(name(third), n);
  if (head === "approvals" && second && third) return words.inApproval(name(third), n);
  if (head === "areas" && second && third)
    return words.inArea(describeFieldIn(words, parts.slice(2).join(".")), n);
  if (head === "selectedBecause" && second) return words.selectedBecause(n);
  if (head === "defaultPhaseIn" && second) return words.defaultPhaseIn(n);
  return parts.map(name).join(" / ");
}

/** What kind of value a field takes: the catalogues say it in each language (`hint`). */
export type HintKind =
  | "actionStatus"
  | "selection"
  | "status"
  | "type"
  | "budgetEffect"
  | "direction"
  | "boolean"
  | "date"
  | "fraction"
  | "areaDimension"
  | "positiveInteger"
  | "number";

export function hintKind(path: string): HintKind {
  const last = path.split(".").pop() ?? path;
  if (path.startsWith("actions.") && last === "status") return "actionStatus";
  if (path === "areaDimension") return "areaDimension";
  if (path === "areaPrefix") return "positiveInteger";
  if (path.startsWith("selectedBecause")) return "selection";
  if (last === "status") return "status";
  if (last === "type") return "type";
  if (last === "budgetEffect") return "budgetEffect";
  if (last === "direction") return "direction";
  if (last === "mustDo" || last === "includedInBudget") return "boolean";
  if (last === "due") return "date";
  if (/date$/i.test(last) || last === "date") return "date";
  if (["confidence", "withdrawalShare", "share", "tolerance"].includes(last)) return "fraction";
  if (path.startsWith("phaseIn") || path.startsWith("defaultPhaseIn")) return "fraction";
  if (path.startsWith("periodProfile")) return "fraction";
  return "number";
}
