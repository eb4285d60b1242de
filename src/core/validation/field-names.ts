/**
 * Norwegian names of field paths, for messages («innfasing 2027», «andel i lenke 2»).
 */

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
};

/** «innfasing 2027», «engangskostnad 2027», «andel i lenke 2», «verdi i måling 1», «timekost». */
export function describeField(path: string): string {
  const parts = path.split(".");
  const [head, second, third] = parts;
  if (head === "settings" && second) return describeField(parts.slice(1).join("."));
  if (head === "costs" && second === "oneTime")
    return third ? `engangskostnad ${third}` : "engangskostnader";
  if (head === "costs" && second === "running")
    return third ? `løpende kostnad ${third}` : "løpende kostnader";
  if ((head === "phaseIn" || head === "savingsTarget" || head === "realised") && second)
    return `${SIMPLE[head]} ${second}`;
  if (head === "links" && second && third)
    return `${SIMPLE[third] ?? third} i lenke ${Number(second) + 1}`;
  if (head === "measurements" && second && third) {
    return `${SIMPLE[third] ?? third} i måling ${Number(second) + 1}`;
  }
  if (head === "actions" && second && third)
    return `${SIMPLE[third] ?? third} i handling ${Number(second) + 1}`;
  if (head === "approvals" && second && third)
    return `${SIMPLE[third] ?? third} i godkjenning ${Number(second) + 1}`;
  if (head === "selectedBecause" && second) return `valgt fordi, verdi ${Number(second) + 1}`;
  if (head === "defaultPhaseIn" && second) return `standard innfasing år ${Number(second) + 1}`;
  return parts.map((part) => SIMPLE[part] ?? part).join(" / ");
}
