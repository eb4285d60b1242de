/** The nynorsk catalogue (the pane in nn): the same keys as bokmål, in nynorsk. */
import type { MessageParams } from "../../core/model/issue.types";
import {
  AREA_DIMENSIONS,
  ACTION_STATUSES,
  BENEFIT_TYPES,
  BUDGET_EFFECTS,
  INDICATOR_DIRECTIONS,
  MEASURE_STATUSES,
  SELECTION_REASONS,
} from "../../core/model/portfolio.types";
import { describeFieldIn, hintKind, type FieldWords, type HintKind } from "./field-names";
import type { MessageKey } from "./nb";
import type { WorkbookErrorReason } from "../../core/workbook/workbook-port";
import {
  columnMoves,
  innerMessage,
  overdrawnYears,
  pairs,
  place,
  workbookError,
  yearGaps,
  type PlaceWords,
  capitalised,
  percent,
  shown,
  text,
  who as whoIn,
  type EntityWords,
  type MessageCatalogue,
  type Render,
  type ShownWords,
  formatCount,
  sayLacks,
  type LackWords,
} from "./shared";

const ENTITIES: EntityWords = {
  portfolio: "Porteføljen",
  deepDive: "Djupdykk",
  measure: "Tiltak",
  benefit: "gevinst",
  indicator: "indikator",
  noId: "utan id",
};
const SHOWN: ShownWords = {
  null: "tom (null)",
  undefined: "tom",
  unshowable: "(verdi som ikkje kan visast)",
};

const FIELDS: FieldWords = {
  simple: {
    id: "id",
    name: "namn",
    owner: "ansvarleg",
    status: "status",
    mustDo: "må gjerast (lovkrav/minstekrav)",
    deepDive: "djupdykk",
    description: "skildring",
    type: "gevinsttype",
    annual: "årleg effekt",
    confidence: "konfidens",
    budgetEffect: "budsjettverknad",
    withdrawalShare: "uttaksdel",
    phaseIn: "innfasing",
    links: "budsjettkoplingar",
    costs: "kostnader",
    costLink: "kostnadsline",
    direction: "retning",
    baseline: "nullpunkt",
    baselineDate: "dato for nullpunkt",
    target: "målverdi",
    targetDate: "dato for målverdi",
    unit: "eining",
    frequency: "frekvens",
    measurements: "målingar",
    organisation: "organisasjon",
    budgetYear: "budsjettår",
    savingsTarget: "innsparingskrav",
    hoursPerFte: "timar per årsverk",
    hourlyCost: "timekost",
    discountRate: "kalkulasjonsrente",
    tolerance: "toleranse",
    defaultPhaseIn: "standard innfasing",
    salaryBasis: "lønsgrunnlag",
    annualSalary: "årsløn",
    holidayPay: "feriepengar",
    employerTax: "arbeidsgjevaravgift",
    pension: "pensjon",
    share: "del",
    ansvar: "ansvar",
    art: "art",
    funksjon: "funksjon",
    prosjekt: "prosjekt",
    date: "dato",
    value: "verdi",
    selectedBecause: "valt fordi",
    unmetNeeds: "udekte behov",
    problems: "problem",
    opportunities: "moglegheiter",
    valueChain: "verdikjede",
    minimumRequirements: "minstekrav",
    businessCases: "moglege gevinstcasar",
    workshopDate: "dato for verkstad",
    includedInBudget: "innarbeidd i budsjettet",
    actions: "handlingsplan",
    preconditions: "føresetnader",
    risks: "risiko",
    realised: "realisert",
    plan: "måleplan",
    approvals: "godkjenningar",
    what: "kva",
    who: "kven",
    due: "frist",
    by: "godkjend av",
    document: "dokument",
    version: "versjon",
    areas: "rammeområde",
    areaDimension: "dimensjon for rammeområde",
    areaPrefix: "tal på teikn som grupperer rammeområde",
    tjenesteomrade: "tenesteområde",
    realisedPeriods: "realisert",
    periodProfile: "periodeprofil",
    forecast: "prognose",
    deviationNote: "forklaring på avvik",
    correctiveAction: "korrigerande tiltak",
    followUpPeriods: "oppfølgingsperiodar",
    followUpPeriod: "oppfølgingsperiode",
  },
  oneTime: (year) => (year ? `eingongskostnad ${year}` : "eingongskostnader"),
  running: (year) => (year ? `løpande kostnad ${year}` : "løpande kostnader"),
  inLink: (field, n) => `${field} i kopling ${n}`,
  inMeasurement: (field, n) => `${field} i måling ${n}`,
  inAction: (field, n) => `${field} i handling ${n}`,
  inApproval: (field, n) => `${field} i godkjenning ${n}`,
  inArea: (field, n) => `${field} i rammeområde ${n}`,
  selectedBecause: (n) => `valt fordi, verdi ${n}`,
  defaultPhaseIn: (n) => `standard innfasing år ${n}`,
};

const FRACTION = "eit tal frå 0 til 1 (til dømes 0,8 for 80 %)";
const HINTS: Record<HintKind, string> = {
  actionStatus: `ein av ${ACTION_STATUSES.join(", ")}`,
  selection: `ei liste med ${SELECTION_REASONS.join(" og/eller ")}`,
  status: `ein av ${MEASURE_STATUSES.join(", ")}`,
  type: `ein av ${BENEFIT_TYPES.join(", ")}`,
  budgetEffect: `ein av ${BUDGET_EFFECTS.join(", ")}`,
  direction: `ein av ${INDICATOR_DIRECTIONS.join(", ")}`,
  boolean: "ja eller nei (true/false)",
  date: "ein dato på forma åååå-mm-dd",
  fraction: FRACTION,
  number: "eit tal utan mellomrom, eining eller hermeteikn",
  areaDimension: `ein av ${AREA_DIMENSIONS.join(", ")}`,
  positiveInteger: "eit heilt tal større enn 0 (til dømes 3)",
};

const KINDS: Record<string, string> = {
  measure: "tiltak",
  benefit: "gevinstar",
  deepDive: "djupdykk",
  indicator: "indikatorar",
};

const LIST_ITEMS: Record<string, string> = {
  link: "Budsjettkopling",
  measurement: "Måling",
  action: "Handling",
  indicator: "Indikator",
  benefit: "Gevinst",
  approval: "Godkjenning",
  history: "Historikkrad",
  area: "Rammeområde",
  version: "Versjon",
  deepDive: "Djupdykk",
  measure: "Tiltak",
};

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: "ugyldig teikn",
  InvalidNumberFormat: "ugyldig tal",
  PropertyNameExpected: "manglar feltnamn i hermeteikn",
  ValueExpected: "manglar ein verdi",
  ColonExpected: "manglar kolon",
  CommaExpected: "manglar komma",
  CloseBraceExpected: "manglar }",
  CloseBracketExpected: "manglar ]",
  EndOfFileExpected: "venta slutten på fila",
  InvalidCommentToken: "kommentarar er ikkje lov i JSON",
  UnexpectedEndOfComment: "kommentarar er ikkje lov i JSON",
  UnexpectedEndOfString: "tekst manglar avsluttande hermeteikn",
  UnexpectedEndOfNumber: "talet sluttar for tidleg",
  InvalidUnicode: "ugyldig unicode",
  InvalidEscapeCharacter: "ugyldig escape-teikn",
  InvalidCharacter: "ugyldig teikn",
  Invalid: "ugyldig JSON",
  Empty: "fila er tom",
};

const WORKBOOK_ERRORS: Record<WorkbookErrorReason, string> = {
  "cell-edit-mode":
    "Excel er oppteken fordi ei celle vert redigert. Trykk Enter eller Esc for å avslutte redigeringa, og prøv igjen.",
  "sheet-missing":
    "Fann ikkje eit ark eller eit namn Gevinst treng. Sjekk at arket ikkje er sletta eller har fått nytt namn, og prøv igjen.",
  "sheet-protected":
    "Arket er verna, så Gevinst kan ikkje skrive til det. Opphev arkvernet (Sjå gjennom → Opphev arkvern) og prøv igjen.",
  "payload-too-large":
    "Endringa er for stor til at Excel kan ta imot ho på éin gong. Prøv igjen; hjelper ikkje det, bruk Excel på skrivebordet.",
  "api-unsupported":
    "Denne versjonen av Excel manglar ein funksjon Gevinst brukar. Oppdater Excel, eller bruk Excel på nettet.",
  "invalid-argument":
    "Excel godtok ikkje det Gevinst prøvde å skrive. Det er ein feil i Gevinst: meld frå om kva du gjorde.",
  unknown: "Excel melde ein uventa feil. Prøv igjen; skjer det igjen, meld frå om kva du gjorde.",
};

const PLACE: PlaceWords = {
  sheet: (sheet) => `arket «${sheet}»`,
  table: (table, sheet) => `tabellen «${table}» på arket «${sheet}»`,
  row: (row) => `overskrift i rad ${row}`,
};

/** Skipped rows by kind, as the line count names them. */
/** What a header row lacks to be a budget (src/core/budget/lacks.ts). */
const LACKS: LackWords = {
  LACK_KEY: () =>
    "ein nøkkelkolonne: ansvar (eller avdeling), art (konto), funksjon (teneste), tenesteområde eller prosjekt",
  LACK_BUDGET_COLUMN_FOR: (p) => `ein budsjettkolonne for ${text(p, "year")}`,
  LACK_BUDGET_NOT_ACCOUNTS: () =>
    "ein budsjettkolonne (her er berre rekneskap, og eit rekneskap er ikkje eit budsjett)",
  LACK_BUDGET_COLUMN: () =>
    "ein budsjettkolonne med årstal (som «Budsjett 2027») eller eit årstal over tabellen",
  LACK_YEAR_OF_AMOUNT: (p) =>
    `budsjettåret: kolonnen «${text(p, "header")}» har ikkje årstal, og verken tittelradene over eller arknamnet har det (oppgi året)`,
  LACK_ONE_VERSION: (p) =>
    `éin budsjettversjon: kolonnen «${text(p, "header")}» har ${text(p, "count")} ` +
    `(${text(p, "values")}), og Gevinst ville lagt dei saman. Filtrer til éin versjon, kopier ` +
    `han til eit eige ark og kople det arket`,
  LACK_LINES: () => "budsjettlinjer under overskrifta",
};

const SKIPPED: Record<string, string> = {
  blank: "tom rad",
  subtotal: "sumrad",
  note: "merknad eller rad utan ansvar, art og funksjon",
  "bad-amount": "beløp som ikkje er tal",
  "header-repeat": "gjenteken overskrift",
};

const who = (p: MessageParams) => whoIn(p, ENTITIES);

/** A key dimension as the budget names it («tjenesteomrade» is written with its å). */
const dimensionWord = (d: string) => (d === "tjenesteomrade" ? "tenesteområde" : d);

/** A message inside another (`nested` in src/app/open-budget.ts), in this language. */
function inner(p: MessageParams): string {
  return innerMessage(p, NN_MESSAGES as Record<string, Render>);
}
const raw = (p: MessageParams) => shown(p, SHOWN);
const field = (p: MessageParams) => describeFieldIn(FIELDS, text(p, "path"));

const badValue =
  (reason: Render): Render =>
  (p) =>
    `${who(p)}: ${field(p)} ${reason(p)}. Skriv ${HINTS[hintKind(text(p, "path"))]}.`;

const linkWho = (p: MessageParams) =>
  p.link === undefined ? `${who(p)}, kostnadslina` : `${who(p)}, kopling ${text(p, "link")}`;

const cellExpects = (p: MessageParams) => (p.expects === "share" ? "ein del (0–100 %)" : "eit tal");

const NAME_OF: Record<string, string> = {
  deepDive: "Namnet på djupdykket",
  measure: "Namnet på tiltaket",
  benefit: "Namnet på gevinsten",
  indicator: "Namnet på indikatoren",
  approver: "Namnet på den som godkjenner",
};

const FRACTION_OF: Record<string, string> = {
  phaseIn: "Innfasinga",
  confidence: "Konfidensen",
  withdrawalShare: "Uttaksdelen",
};

const NN_MESSAGES: Record<MessageKey, Render> = {
  BAD_VALUE_UNREADABLE: badValue((p) => `kan ikkje lesast (${raw(p)})`),
  BAD_VALUE_NOT_NUMBER: badValue((p) => `er ikkje eit tal (${raw(p)})`),
  BAD_VALUE_TOO_LARGE: badValue((p) => `er ${text(p, "value")}, urimeleg stort`),
  BAD_VALUE_NOT_FRACTION: badValue((p) => `er ${text(p, "value")}, utanfor 0–1`),
  BAD_VALUE_NOT_POSITIVE: badValue(() => "må vere større enn 0"),
  BAD_VALUE_NOT_RATE: badValue(
    (p) => `er ${text(p, "value")}; ei rente vert skriven som del, til dømes 0,04 for 4 %`,
  ),
  BAD_VALUE_NEGATIVE: badValue(() => "kan ikkje vere negativ"),
  BAD_VALUE_UNKNOWN: badValue((p) => `er ukjend (${raw(p)})`),
  BAD_VALUE_BAD_DATE: badValue((p) => `er ikkje ein gyldig dato (${raw(p)})`),
  BAD_VALUE_QUALITY_KRONER: badValue(
    () => "er fylt ut, men ein kvalitetsgevinst vert aldri tald i kroner",
  ),
  BAD_VALUE_QUALITY_REALISED: badValue(
    () =>
      "er fylt ut, men ein kvalitetsgevinst vert følgd med indikatorar, ikkje i kroner eller timar",
  ),
  BAD_VALUE_QUALITY_UTTAK: (p) =>
    `${who(p)}: ein kvalitetsgevinst kan ikkje takast ut av budsjettet. Vel budsjettverknad «ingen», ` +
    `eller gjer gevinsten om til kostnad, inntekt eller tid.`,
  YEAR_OUTSIDE_PLAN: (p) =>
    `${who(p)}: ${field(p)} gjeld ikkje planperioden ${text(p, "first")}–${text(p, "last")} og er halden utanfor. ` +
    `Flytt beløpet til eit år i perioden, eller slett det.`,
  DUPLICATE_ID: (p) =>
    `${who(p)}: id «${text(p, "id")}» er brukt av fleire ${KINDS[text(p, "kind")] ?? text(p, "kind")}. Gje kvar si eiga id.`,
  MISSING_ID: (p) => `${who(p)} manglar id. Fyll inn id.`,
  MISSING_NAME: (p) => `${who(p)} manglar namn. Fyll inn namn.`,
  UNKNOWN_DEEP_DIVE: (p) =>
    `${who(p)} høyrer til djupdykk «${text(p, "deepDive")}», som ikkje finst. Vel eit djupdykk som finst, eller legg det til.`,
  MISSING_OWNER: (p) =>
    `${who(p)} har ingen gevinstansvarleg. Skriv inn leiaren som svarar for å hente ut gevinstane.`,
  MISSING_BASELINE: (p) =>
    `${who(p)} har ingen måleindikator med nullpunkt. Legg til ein indikator og mål nullpunktet før tiltaket startar («hugs ein baseline!»).`,
  COST_UNLINKED: (p) =>
    `${who(p)} har kostnader, men inga budsjettline å føre dei på. Vel ei kostnadsline (ansvar, art, funksjon).`,
  MISSING_BUDGET_LINK: (p) =>
    `${who(p)} skal takast ut av budsjettet, men er ikkje kopla til noka budsjettline. Vel lina eller linene gevinsten vert teken ut av.`,
  SHARES_NOT_ONE: (p) =>
    `${who(p)}: delane i budsjettkoplingane summerer til ${percent(p.sum, "nn")}, ikkje 100 %. Juster delane så dei vert 100 % til saman.`,
  MISSING_HOURLY_COST: () =>
    "Timekost manglar, så spart tid er verdsett til 0 kr. Skriv inn timekost, eller årsløn med feriepengar, arbeidsgjevaravgift og pensjon.",
  LINK_NOT_FOUND: (p) =>
    `${linkWho(p)}: fann inga budsjettline med ${text(p, "key")}. Rett koden, eller vel ei line som finst i budsjettet.`,
  LINK_AMBIGUOUS: (p) =>
    `${linkWho(p)}: ${text(p, "count")} budsjettliner har ${text(p, "key")}. Legg til det som skil dei (til dømes prosjekt).`,
  LINE_OVERDRAWN: (p) => {
    const detail = overdrawnYears(p)
      .map((y) => `${y.year}: tek ut ${y.withdrawn} av ${y.original}`)
      .join("; ");
    return (
      `Budsjettlina ${text(p, "key")} vert tappa for meir enn ho har (${detail}). ` +
      `Tiltak ${text(p, "measures")} tek ut av same line — sjekk at ikkje to tiltak reknar med same innsparing, og juster delane.`
    );
  },
  BAD_FORMAT_NOT_JSON: (p) =>
    `Fila er ikkje gyldig JSON (linje ${text(p, "line")}: ${JSON_ERRORS[text(p, "why")] ?? text(p, "why")}). Rett feilen, eller eksporter fila på nytt.`,
  BAD_FORMAT_NOT_OBJECT: () =>
    "Fila er ikkje ein Gevinst-portefølje: ho må vere eitt JSON-objekt ({ … }).",
  BAD_FORMAT_NOT_PORTFOLIO: (p) =>
    `Fila er ikkje ein Gevinst-portefølje: format er ${p.given === undefined ? "ikkje oppgitt" : `«${text(p, "given")}»`}, men skal vere «${text(p, "format")}». Vel ei porteføljefil eksportert frå Gevinst.`,
  BAD_FORMAT_VERSION: (p) =>
    `Porteføljefila har versjon ${p.given === undefined ? "(manglar)" : text(p, "given")}, men denne utgåva av Gevinst les berre versjon ${text(p, "readable").split(",").join(" og ")}. Eksporter fila på nytt, eller oppdater Gevinst.`,
  BAD_FORMAT_NO_BUDGET_YEAR: () =>
    "Porteføljefila manglar budsjettår (budgetYear), til dømes 2027. Skriv budsjettåret som eit heiltal.",
  BAD_FORMAT_NOT_OBJECT_ITEM: (p) =>
    `${LIST_ITEMS[text(p, "kind")] ?? text(p, "kind")} nr. ${text(p, "n")} er ikkje eit objekt ({ … }) og er hoppa over. Rett det i fila.`,
  MISSING_DIRECTION: (p) =>
    `Indikator ${text(p, "i")} manglar retning; rekna som «okende». Skriv «okende» eller «minkende».`,
  MISSING_TYPE: (p) =>
    `Gevinst ${text(p, "b")} i tiltak ${text(p, "m")} manglar type og vert ikkje tald i kroner. Skriv kostnad, inntekt, tid eller kvalitet.`,
  MISSING_BUDGET_EFFECT: (p) =>
    `Gevinst ${text(p, "b")} i tiltak ${text(p, "m")} manglar budsjettverknad; rekna som «ingen». Skriv uttak, omdisponering eller ingen.`,
  MISSING_STATUS: (p) =>
    `Tiltak ${text(p, "m")} manglar status; rekna som «foreslatt». Skriv status.`,
  BUDGET_BAD_AMOUNT: (p) =>
    `Budsjettet, arket «${text(p, "sheet")}» celle ${text(p, "cell")}: «${text(p, "text")}» er ikkje eit beløp. ` +
    `Skriv eit tal (til dømes 1 456 538 eller -12 000,50); rada er ikkje med før det er retta.`,
  // Versjonar (spec §15, issue 26)
  VERSION_UNKNOWN: (p) =>
    `Versjonen «${text(p, "version")}» finst ikkje${p.known ? ` (arbeidsboka har ${text(p, "known")})` : " (arbeidsboka har ingen versjonar enno)"}. Frys ein versjon med «gevinst snapshot --version forslag» eller «--version vedtatt», eller oppgi ein som finst.`,
  // Tertial follow-up (spec §14).
  PERIOD_OUTSIDE_SCHEME_TERTIAL: (p) =>
    `${who(p)}: ${field(p)} er ikkje ein tertial. Porteføljen vert følgd opp per tertial: skriv T1, T2 eller T3 (eller byt oppfølgingsperiodar til månad).`,
  PERIOD_OUTSIDE_SCHEME_MONTH: (p) =>
    `${who(p)}: ${field(p)} er ikkje ein månad. Porteføljen vert følgd opp per månad: skriv M01–M12 (eller byt oppfølgingsperiodar til tertial).`,
  PROFILE_NOT_ONE: (p) =>
    `${who(p)}: periodeprofilen summerer til ${text(p, "sum")}, ikkje 1. Rett delane så dei vert 1 til saman; til då vert forventa fordelt likt over periodane.`,
  FORECAST_WITHOUT_NOTE: (p) =>
    `${who(p)}: prognosen for ${text(p, "year")} er ${text(p, "forecast")}, under forventa ${text(p, "expected")}, utan forklaring. Skriv kvifor i «Forklaring» og kva som vert gjort i «Korrigerande tiltak».`,
  REALISED_NOT_PERIOD_SUM: (p) =>
    `${who(p)}: realisert ${text(p, "year")} er ${text(p, "realised")}, men periodane summerer til ${text(p, "sum")}. Summen av periodane vert brukt; rett eller fjern årstalet.`,
  AREA_TARGETS_EXCEED_TOTAL: (p) =>
    `Innsparingskrava til rammeområda for ${text(p, "year")} er til saman ${text(p, "sum")}, meir enn innsparingskravet til kommunen på ${text(p, "total")}. Rett krava til rammeområda eller innsparingskravet til kommunen.`,
  AREA_DUPLICATE: (p) =>
    `Rammeområde ${text(p, "id")} står to gonger (nr. ${text(p, "first")} og ${text(p, "at")}); krava ville telje dobbelt. Slå dei saman eller gje det eine ein annan kode.`,
  AREA_NOT_IN_BUDGET: (p) =>
    `Inga budsjettline har ${dimensionWord(text(p, "dimension"))} ${text(p, "id")}${p.prefix !== undefined ? ` (dei første ${text(p, "prefix")} teikna av koden)` : ""}, så ramma er 0. Rett koden eller inndelinga på arket «Gevinst Rammer» (eller i porteføljefila).`,
  MISSING_SAVINGS_TARGET: (p) =>
    `Innsparingskravet for ${text(p, "year")}, nytt siste år i økonomiplanen, er ikkje sett. Skriv det inn under «Omstillingsbehov» på arket «Gevinst Oversikt» (eller i porteføljefila).`,
  CONFIG_SETTING_UNREADABLE: (p) =>
    `Innstillinga «${text(p, "setting")}» i ${text(p, "sheet")} er skadd og vert ikkje brukt.`,
  CONFIG_MAPPING_UNREADABLE: (p) =>
    `Innstillinga «${text(p, "setting")}» i ${text(p, "sheet")} er skadd og vert ikkje brukt. Kople til budsjettet på nytt.`,
  CONFIG_BAD_VERSION: (p) => `Versjonen i ${text(p, "sheet")} er ugyldig.`,
  CONFIG_NEWER_VERSION: (p) =>
    `Innstillingane er lagra av ein nyare versjon av Gevinst (versjon ${text(p, "version")}); oppdater tillegget før du endrar koplinga.`,
  // The detail (`problem`) is a technical bokmål note from the mapping check; left out here.
  CONFIG_MAPPING_DAMAGED: (p) =>
    `Budsjettkoplinga i ${text(p, "sheet")} er skadd (feltet «${text(p, "field")}»${p.fieldSheet === undefined ? "" : ` på arket «${text(p, "fieldSheet")}»`} er ugyldig). Kople til budsjettet på nytt.`,
  CELL_UNKNOWN_BENEFIT: (p) =>
    `Cella ${text(p, "where")}: gevinst-id ${text(p, "benefit")} finst ikkje i delen «${text(p, "section")}». Rett id-en, eller legg til gevinsten.`,
  CELL_NOT_NUMBER: (p) =>
    `Cella ${text(p, "where")} inneheld «${text(p, "raw")}», som ikkje er ${cellExpects(p)}. Skriv ${cellExpects(p)} i cella.`,
  CELL_UNKNOWN: (p) =>
    `Cella ${text(p, "where")} inneheld «${text(p, "raw")}». Vel ein av ${text(p, "allowed")}.`,
  CELL_NOT_DATE: (p) =>
    `Cella ${text(p, "where")} inneheld «${text(p, "raw")}», som ikkje er ein dato. Skriv datoen som åååå-mm-dd.`,
  CELL_EMPTY: (p) => `Cella ${text(p, "where")} («${text(p, "label")}») er tom. Fyll henne ut.`,
  BENEFIT_MEASURE_NOT_ON_SHEET: (p) =>
    `Gevinsten ${text(p, "b")} på arket «${text(p, "sheet")}» høyrer til tiltak ${text(p, "m")}, som ikkje står i delen «Tiltak» på same ark. Rett tiltak-id-en.`,
  SHEET_SECTION_MISSING: (p) =>
    `Arket «${text(p, "sheet")}» manglar delen «${text(p, "section")}». Køyr «Oppdater gevinstark» for å leggje henne inn att.`,
  SHEET_COLUMN_MISSING: (p) =>
    `Kolonnen «${text(p, "column")}» i delen «${text(p, "section")}» på arket «${text(p, "sheet")}» finst ikkje. Køyr «Oppdater gevinstark».`,
  MEASURE_DEEP_DIVE_NOT_FOUND: (p) =>
    `Tiltak ${text(p, "m")} viser til djupdykk ${text(p, "deepDive")}, som ikkje finst. Det er lagt på arket «${text(p, "sheet")}»; legg til djupdykket eller rett tiltaket.`,
  SHEET_NO_BUDGET_YEAR: (p) =>
    `Budsjettåret manglar på arket «${text(p, "sheet")}». Skriv budsjettåret (til dømes 2027).`,
  IMPORT_OTHER_BUDGET_YEAR: (p) =>
    `Porteføljen gjeld budsjettår ${text(p, "year")}, men gevinstarka gjaldt ${text(p, "sheetsYear")}. Arka er oppdaterte til ${text(p, "year")}.`,
  BUDGET_SHEET_RENAMED: (p) =>
    `Budsjettarket «${text(p, "from")}» heiter no «${text(p, "to")}»; Gevinst les det nye namnet. Stadfest koplinga for å lagre det.`,
  BUDGET_NO_LINES: () => "Budsjettet har ingen liner lenger. Kople til budsjettet på nytt.",
  TEXT_TOO_LONG: (p) =>
    `Teksten er ${Number(p.length).toLocaleString("nb-NO")} teikn; ei celle i Excel rommar høgst 32 767. Berre dei første 32 767 teikna er skrivne: kort ned teksten i porteføljen.`,
  EDIT_NAME_MISSING: (p) => `${NAME_OF[text(p, "kind")] ?? "Namnet"} manglar. Skriv inn eit namn.`,
  EDIT_MEASURE_NOT_FOUND: (p) => `Fann ikkje tiltaket ${text(p, "id")}. Oppdater og prøv igjen.`,
  EDIT_BENEFIT_NOT_FOUND: (p) => `Fann ikkje gevinsten ${text(p, "id")}. Oppdater og prøv igjen.`,
  EDIT_INDICATOR_NOT_FOUND: (p) =>
    `Fann ikkje indikatoren ${text(p, "id")}. Oppdater og prøv igjen.`,
  EDIT_DEEP_DIVE_NOT_FOUND: (p) =>
    `Fann ikkje djupdykket ${text(p, "id")}. Oppdater og prøv igjen.`,
  EDIT_DEEP_DIVE_EXISTS: (p) =>
    `Det finst alt eit djupdykk som heiter «${text(p, "name")}». Vel eit anna namn.`,
  EDIT_ANNUAL_NOT_NUMBER: () => "Årleg effekt må vere eit tal. Skriv til dømes 250000.",
  EDIT_SHARE_RANGE: () => "Kvar del må vere mellom 0 og 100 %.",
  EDIT_SHARES_NOT_100: () => "Delane må til saman vere 100 %. Juster delane og prøv igjen.",
  EDIT_SAME_LINE_TWICE: () => "Same budsjettline er vald to gonger. Fjern den eine.",
  EDIT_FOLLOW_UP_NUMBER: (p) => `Beløpet for ${text(p, "period")} må vere eit tal.`,
  EDIT_FOLLOW_UP_PERIOD: (p) =>
    `${text(p, "period")} er ikkje ein periode i oppfølginga. Bruk periodane under Innstillingar.`,
  EDIT_AREA_GROUPING_HAS_TARGETS: () =>
    "Rammeområda har innsparingskrav. Fjern krava før du deler budsjettet på ein annan måte, så ingen krav hamnar på feil område.",
  EDIT_AREA_NOT_CHOSEN: () => "Vel eit rammeområde først.",
  EDIT_AREA_TARGET_NUMBER: (p) => `Kravet for ${text(p, "year")} må vere eit tal.`,
  EDIT_FRACTION_RANGE: (p) =>
    `${FRACTION_OF[text(p, "field")] ?? text(p, "field")} må vere mellom 0 og 100 %.`,
  EDIT_DATE_FORMAT: () => "Skriv datoen som åååå-mm-dd, til dømes 2027-03-31.",
  EDIT_MEASUREMENT_NOT_NUMBER: () => "Måleverdien må vere eit tal.",
  EDIT_NO_SHEETS: () => "Gevinst-arka finst ikkje enno. Opprett dei først.",
  EDIT_APPROVER_ROLE: () => "Vel om du godkjenner som økonomisjef eller kommunedirektør.",
  EDIT_DOCUMENT_NOT_FOUND: (p) => `Fann ikkje A3-dokumentet ${text(p, "document")}.`,
  EDIT_DOCUMENT_VERSION: (p) => `Vel versjon for «${text(p, "title")}»: ${text(p, "versions")}.`,
  READ_TOO_LARGE: () =>
    "Budsjettet er for stort til å lesast i denne Excel-versjonen. Vel budsjettarket åleine, eller fjern tomme rader og kolonnar under og til høgre for budsjettet.",
  SHEET_NOT_FOUND_NAMED: (p) => `Fann ikkje arket «${text(p, "sheet")}».`,
  SHEET_NAME_EMPTY: () => "Arknamnet kan ikkje vere tomt.",
  SHEET_NAME_TOO_LONG: (p) =>
    `Arknamnet «${text(p, "name")}» er lengre enn ${text(p, "max")} teikn.`,
  SHEET_NAME_FORBIDDEN_CHARACTER: (p) =>
    `Arknamnet «${text(p, "name")}» inneheld eitt av teikna [ ] : * ? / \\ som Excel ikkje tillèt.`,
  SHEET_NAME_APOSTROPHE: (p) =>
    `Arknamnet «${text(p, "name")}» kan ikkje byrje eller slutte med apostrof.`,
  SHEET_NAME_TAKEN: (p) => `Det finst alt eit ark som heiter «${text(p, "name")}».`,
  SHEET_NAME_RESERVED: (p) => `«${text(p, "name")}» er eit reservert arknamn i Excel.`,
  SHEET_PROTECTED_NAMED: (p) => `Arket «${text(p, "sheet")}» er verna.`,
  API_MISSING_FOR: (p) => `Manglar for: ${text(p, "change")}.`,
  NAME_NOT_ABSOLUTE_RANGE: (p) =>
    `Namnet ${text(p, "name")} må peike på eit celleområde med absolutte referansar (${text(p, "refersTo")}).`,
  WORKBOOK_NAME_EXISTS: () => "Eit ark eller namn med same namn finst alt.",
  SHEET_TOO_MANY_CELLS: (p) =>
    `Arket «${text(p, "sheet")}» har meir enn ${formatCount(Number(p.limit))} celler med innhald, for mykje for kommandolina. Flytt budsjettet til ei mindre arbeidsbok, eller bruk tillegget i Excel.`,
  WORKBOOK_STRUCTURE_LOCKED: () =>
    "Strukturen i arbeidsboka er verna, så Gevinst kan ikkje leggje til eller endre ark. Opphev vernet i Excel (Sjå gjennom → Vern arbeidsbok) og prøv igjen.",
  WORKBOOK_PASSWORD: () =>
    "Eit Gevinst-ark er verna med passord, så Gevinst kan ikkje oppheve vernet og oppdatere det. Opphev arkvernet med passordet (Sjå gjennom → Opphev arkvern), og prøv igjen; Gevinst vernar arket igjen utan passord.",
  WORKBOOK_ACCESS_DENIED: () =>
    "Excel nekta Gevinst å endre arbeidsboka. Arket eller arbeidsboka kan vere verna, eller arbeidsboka er opna skriveverna eller i visingsmodus. Opphev vernet eller vel Rediger arbeidsbok, og prøv igjen.",
  WORKBOOK_PARTLY_WRITTEN: () =>
    "Gevinst rakk å skrive ein del av endringane før feilen, så Gevinst-arka er berre delvis oppdaterte. Rett feilen og køyr det same på nytt, så vert arka fullførte.",
  WORKBOOK_ERROR: (p) => workbookError(WORKBOOK_ERRORS, p),
  SHEET_TOO_LARGE: (p) =>
    `Arket «${text(p, "sheet")}» er større enn Excel tillèt (${text(p, "rows")} rader × ${text(p, "cols")} kolonnar) og kan ikkje lesast som budsjett.`,
  NO_BUDGET_SHEETS: () => "Arbeidsboka har ikkje noko ark med eit budsjett Gevinst kan lese.",
  SHEET_NOT_IN_WORKBOOK: (p) => `Arket «${text(p, "sheet")}» finst ikkje i arbeidsboka.`,
  // What the nearest candidate lacks is bokmål detection text, so it is left out here.
  BUDGET_NOT_DETECTED: (p) => {
    const where = p.sheet === undefined ? "i arbeidsboka" : `på arket «${text(p, "sheet")}»`;
    const base =
      `Fann ikkje noko budsjett ${where}. Gevinst ser etter ei overskriftsrad med minst éin nøkkelkolonne ` +
      `– ansvar (eller avdeling), art (konto), funksjon (teneste), tenesteområde eller prosjekt – og ein ` +
      `beløpskolonne for budsjettåret.`;
    if (p.nearSheet === undefined) return base;
    const sheet = `arket «${text(p, "nearSheet")}»`;
    const place =
      p.nearTable === undefined ? sheet : `tabellen «${text(p, "nearTable")}» på ${sheet}`;
    return `${base} Nærast var ${place}, overskrift i rad ${text(p, "nearRow")}, men der manglar ${sayLacks(p, "nearMissing", LACKS, "og") || "noko av dette"}.`;
  },
  NOT_CONNECTED: () => "Budsjettet er ikkje kopla til enno. Vel «Kople til budsjett».",
  MAPPING_SHEET_GONE: (p) =>
    `Arket «${text(p, "sheet")}» med budsjettet finst ikkje lenger. Kople til budsjettet på nytt.`,
  MAPPING_TABLE_GONE: (p) =>
    `Tabellen «${text(p, "table")}» på arket «${text(p, "sheet")}» finst ikkje lenger; Gevinst les arket som eit område.`,
  MAPPING_HEADER_LOST: (p) =>
    `Fann ikkje lenger budsjettoverskrifta på arket «${text(p, "sheet")}» (rad ${text(p, "row")} er endra). Kople til budsjettet på nytt.`,
  MAPPING_MOVED: (p) => {
    const row =
      text(p, "from") === text(p, "to")
        ? `Kolonnane på arket «${text(p, "sheet")}» har flytta seg`
        : `Overskrifta på arket «${text(p, "sheet")}» har flytta seg frå rad ${text(p, "from")} til rad ${text(p, "to")}`;
    const moves = columnMoves(p, (n) => `planår ${n}`);
    return `${row}${moves === "" ? "" : ` (${moves})`}. Gevinst les den nye plasseringa; stadfest koplinga på nytt.`;
  },
  ROLL_ALREADY_THERE: (p) =>
    `Porteføljen gjeld alt budsjettår ${text(p, "year")}; han kan ikkje flyttast til ${text(p, "target")}. Bruk arbeidsboka frå det gamle budsjettåret.`,
  ROLL_ONE_YEAR: (p) =>
    `Porteføljen gjeld ${text(p, "year")} og kan flyttast eitt år om gongen, til ${text(p, "next")} — ikkje til ${text(p, "target")}. Flytt han eitt år, og så eitt til.`,
  ROLL_ALREADY_ROLLED: (p) =>
    `Porteføljen er alt flytta til budsjettår ${text(p, "year")} i denne arbeidsboka; ingenting er endra.`,
  PRIORITY_ALREADY_CLOSED: () =>
    "Gapet er lukka alle år med tiltaka som alt er prioriterte; det trengst ikkje fleire tiltak.",
  PRIORITY_CLOSES_GAP: (p) =>
    `Forslaget lukkar gapet alle år med ${text(p, "count")} tiltak: ${text(p, "ids")}.`,
  PRIORITY_GAP_OPEN: (p) =>
    `Gapet er ikkje lukka i ${yearGaps(p, (year, gap) => `${year} (manglar ${gap})`)}; ` +
    "ingen fleire foreslåtte tiltak hjelper. Finn nye tiltak, eller vurder innsparingskravet.",
  CANDIDATE_AT: (p) => capitalised(place(p, PLACE)),
  BUDGET_FOUND_AT: (p) => `Fann budsjettet i ${place(p, PLACE)}.`,
  BUDGET_KEY_COLUMNS: (p) =>
    `Nøkkelkolonnar: ${pairs(p, "columns")
      .map(([d, c]) => `${dimensionWord(d)} i ${c}`)
      .join(", ")}.`,
  BUDGET_NO_PROSJEKT: () =>
    "Budsjettet har ingen prosjektkolonne; koplingar ser bort frå prosjekt.",
  BUDGET_NAME_COLUMNS: (p) =>
    `Namnekolonnar: ${pairs(p, "columns")
      .map(([d, c]) => `${dimensionWord(d)} i ${c}`)
      .join(", ")}.`,
  BUDGET_PLAN_YEARS: (p) =>
    `Budsjettår ${text(p, "year")}; planåra ${text(p, "year")}–${text(p, "last")} står i ${text(p, "columns")}.`,
  BUDGET_OWN_YEARS: (p) =>
    `Budsjettår ${text(p, "year")}: ${pairs(p, "columns")
      .map(([y, c]) => `${y} i ${c}`)
      .join(", ")}.`,
  BUDGET_CARRIED_YEARS: (p) =>
    `Vidareført (ingen eigen kolonne, same beløp som ${text(p, "year")}): ${text(p, "years")}.`,
  BUDGET_REFERENCE_COLUMNS: (p) => `Til referanse (vert aldri endra): ${text(p, "headers")}.`,
  BUDGET_IN_THOUSANDS: () => "Beløpa står i 1 000 kr; Gevinst reknar dei om til kroner.",
  BUDGET_IN_KRONER: () => "Beløpa står i heile kroner.",
  BUDGET_LINE_COUNT: (p) => {
    const lines = `${formatCount(Number(p.lines))} budsjettliner`;
    const parts = pairs(p, "skipped").map(([kind, n]) => `${n} × ${SKIPPED[kind] ?? kind}`);
    return parts.length === 0 ? `${lines}.` : `${lines}; hoppa over ${parts.join(", ")}.`;
  },
  BUDGET_MERGED_SHEETS: (p) =>
    `Slo saman ${text(p, "count")} ark med like overskrifter: ${text(p, "sheets")}.`,
  BUDGET_DUPLICATE_SHEET: (p) =>
    `Arket «${text(p, "sheet")}» har dei same linene som eit valt ark og er ikkje teke med.`,
  BUDGET_MERGED_ROWS: (p) =>
    `${formatCount(Number(p.count))} rader har same nøkkel som ei anna rad (delt på til dømes fri dimensjon) og er lagde saman med henne.`,
  BUDGET_ALSO_POSSIBLE: (p) =>
    `Òg mogleg: ${place(p, PLACE)} (${formatCount(Number(p.lines))} liner, lågare poeng).`,
  // What the candidate lacks is bokmål detection text, so it is left out here.
  BUDGET_NOT_CHOSEN: (p) =>
    `Ikkje valt: ${place(p, PLACE)} manglar ${sayLacks(p, "missing", LACKS, "og") || "noko som trengst"}.`,
  SKIPPED_ROW: (p) => capitalised(SKIPPED[text(p, "rowKind")] ?? text(p, "rowKind")),
  MAPPING_LACKS: (p) => `Koplinga manglar ${sayLacks(p, "missing", LACKS, "og")}.`,
  MAPPING_NO_AMOUNT_COLUMN: (p) =>
    p.year === undefined
      ? "Vel minst éin beløpskolonne med årstal (budsjettåret)."
      : `Vel kolonnen med beløpa for budsjettåret ${text(p, "year")}.`,
  COLUMNS_NOT_NAME_IS_COLUMN: (p) =>
    `«${text(p, "part")}» er ikkje på forma namn=KOLONNE (til dømes art=B eller 2013=J).`,
  COLUMNS_UNKNOWN_NAME: (p) =>
    `«${text(p, "name")}» er ikkje ansvar, art, funksjon, prosjekt, tjenesteomrade eller eit årstal.`,
  MAPPING_NO_LINES: (p) =>
    `Fann ingen budsjettlinjer under rad ${text(p, "row")} på arket «${text(p, "sheet")}» med desse kolonnane.`,
  CONFIG_UPGRADED: (p) =>
    `Innstillingane i ${text(p, "sheet")} var lagra av ein eldre versjon av Gevinst (versjon ${text(p, "version")}) og er oppgraderte.`,
  CONNECTION_NOT_REBUILT: (p) =>
    `Koplinga til budsjettet i ${text(p, "sheet")} manglar eller er skadd, og Gevinst fann ikkje budsjettet på nytt: ${inner(p)} Vel «Kople til budsjett».`,
  CONNECTION_REBUILT: (p) =>
    `Koplinga til budsjettet i ${text(p, "sheet")} mangla eller var skadd. Gevinst fann budsjettet${p.budgetSheet === undefined ? "" : ` på arket «${text(p, "budgetSheet")}»`} på nytt (budsjettår ${text(p, "year")}); kontroller koplinga under «Kople til budsjett».`,
};

export const nn: MessageCatalogue<MessageKey> = {
  messages: NN_MESSAGES,
  workbookErrors: WORKBOOK_ERRORS,
};
