/**
 * The bokmål catalogue: the pane in nb and the command line. Every entry writes exactly the
 * `message` the core builds for the same issue (test/app/messages-nb.test.ts proves it), so the
 * workbook, the JSON report and the catalogue never disagree.
 */
import type { MessageParams } from "../../core/model/issue.types";
import { formatNumber } from "../../core/money";
import {
  AREA_DIMENSIONS,
  ACTION_STATUSES,
  BENEFIT_TYPES,
  BUDGET_EFFECTS,
  INDICATOR_DIRECTIONS,
  MEASURE_STATUSES,
  SELECTION_REASONS,
} from "../../core/model/portfolio.types";
import { describeFieldIn, hintKind, NB_FIELD_WORDS, type HintKind } from "./field-names";
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
  capitalised,
} from "./shared";

const ENTITIES: EntityWords = {
  portfolio: "Porteføljen",
  deepDive: "Dypdykk",
  measure: "Tiltak",
  benefit: "gevinst",
  indicator: "indikator",
  noId: "uten id",
};
const SHOWN: ShownWords = {
  null: "tom (null)",
  undefined: "tom",
  unshowable: "(verdi som ikke kan vises)",
};

const NB_PLACE: PlaceWords = {
  sheet: (sheet) => `arket «${sheet}»`,
  table: (table, sheet) => `tabellen «${table}» på arket «${sheet}»`,
  row: (row) => `overskrift i rad ${row}`,
};

/** Why a file is no JSON, by reason. */
const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: "ugyldig tegn",
  InvalidNumberFormat: "ugyldig tall",
  PropertyNameExpected: "mangler feltnavn i anførselstegn",
  ValueExpected: "mangler en verdi",
  ColonExpected: "mangler kolon",
  CommaExpected: "mangler komma",
  CloseBraceExpected: "mangler }",
  CloseBracketExpected: "mangler ]",
  EndOfFileExpected: "ventet slutt på filen",
  InvalidCommentToken: "kommentarer er ikke lov i JSON",
  UnexpectedEndOfComment: "kommentarer er ikke lov i JSON",
  UnexpectedEndOfString: "tekst mangler avsluttende anførselstegn",
  UnexpectedEndOfNumber: "tallet slutter for tidlig",
  InvalidUnicode: "ugyldig unicode",
  InvalidEscapeCharacter: "ugyldig escape-tegn",
  InvalidCharacter: "ugyldig tegn",
  Invalid: "ugyldig JSON",
  Empty: "filen er tom",
};

/** What each platform failure means, with what to do. */
const WORKBOOK_ERRORS: Record<WorkbookErrorReason, string> = {
  "cell-edit-mode":
    "Excel er opptatt fordi en celle redigeres. Trykk Enter eller Esc for å avslutte redigeringen, og prøv igjen.",
  "sheet-missing":
    "Fant ikke et ark eller et navn Gevinst trenger. Sjekk at arket ikke er slettet eller har fått nytt navn, og prøv igjen.",
  "sheet-protected":
    "Arket er beskyttet, så Gevinst kan ikke skrive til det. Opphev arkbeskyttelsen (Se gjennom → Opphev arkbeskyttelse) og prøv igjen.",
  "payload-too-large":
    "Endringen er for stor til at Excel kan ta imot den på én gang. Prøv igjen; hjelper ikke det, bruk Excel på skrivebordet.",
  "api-unsupported":
    "Denne versjonen av Excel mangler en funksjon Gevinst bruker. Oppdater Excel, eller bruk Excel på nettet.",
  "invalid-argument":
    "Excel godtok ikke det Gevinst prøvde å skrive. Det er en feil i Gevinst: meld fra om hva du gjorde.",
  unknown: "Excel meldte en uventet feil. Prøv igjen; skjer det igjen, meld fra om hva du gjorde.",
};

/** What a header row lacks to be a budget. */
const LACKS: LackWords = {
  LACK_KEY: () =>
    "en nøkkelkolonne: ansvar (eller avdeling), art (konto), funksjon (tjeneste), tjenesteområde eller prosjekt",
  LACK_BUDGET_COLUMN_FOR: (p) => `en budsjettkolonne for ${text(p, "year")}`,
  LACK_BUDGET_NOT_ACCOUNTS: () =>
    "en budsjettkolonne (her er bare regnskap, og et regnskap er ikke et budsjett)",
  LACK_BUDGET_COLUMN: () =>
    "en budsjettkolonne med årstall (som «Budsjett 2027») eller et årstall over tabellen",
  LACK_YEAR_OF_AMOUNT: (p) =>
    `budsjettåret: kolonnen «${text(p, "header")}» har ikke årstall, og verken tittelradene over eller arknavnet har det (oppgi året)`,
  LACK_ONE_VERSION: (p) =>
    `én budsjettversjon: kolonnen «${text(p, "header")}» har ${text(p, "count")} ` +
    `(${text(p, "values")}), og Gevinst ville lagt dem sammen. Filtrer til én versjon og ` +
    `kopier den til et eget ark, og koble det arket`,
  LACK_LINES: () => "budsjettlinjer under overskriften",
};

/** Why the budget reader left a row out. */
const SKIPPED: Record<string, string> = {
  blank: "Tom rad",
  subtotal: "Sumrad",
  note: "Merknad eller rad uten ansvar, art og funksjon",
  "bad-amount": "Beløp som ikke er tall",
  "header-repeat": "Gjentatt overskrift",
};
const skipped = (kind: string) => SKIPPED[kind] ?? kind;

/** What to write instead. */
const HINTS: Record<HintKind, string> = {
  actionStatus: `en av ${ACTION_STATUSES.join(", ")}`,
  selection: `en liste med ${SELECTION_REASONS.join(" og/eller ")}`,
  status: `en av ${MEASURE_STATUSES.join(", ")}`,
  type: `en av ${BENEFIT_TYPES.join(", ")}`,
  budgetEffect: `en av ${BUDGET_EFFECTS.join(", ")}`,
  direction: `en av ${INDICATOR_DIRECTIONS.join(", ")}`,
  boolean: "ja eller nei (true/false)",
  date: "en dato på formen åååå-mm-dd",
  fraction: "et tall fra 0 til 1 (for eksempel 0,8 for 80 %)",
  number: "et tall uten mellomrom, enhet eller anførselstegn",
  areaDimension: `en av ${AREA_DIMENSIONS.join(", ")}`,
  positiveInteger: "et helt tall større enn 0 (for eksempel 3)",
};

/** What a duplicate id is shared by. */
const KINDS: Record<string, string> = {
  measure: "tiltak",
  benefit: "gevinster",
  deepDive: "dypdykk",
  indicator: "indikatorer",
};

/** What a list in a portfolio file holds. */
const LIST_ITEMS: Record<string, string> = {
  link: "Budsjettlenke",
  measurement: "Måling",
  action: "Handling",
  indicator: "Indikator",
  benefit: "Gevinst",
  approval: "Godkjenning",
  history: "Historikkrad",
  area: "Rammeområde",
  version: "Versjon",
  deepDive: "Dypdykk",
  measure: "Tiltak",
};

const who = (p: MessageParams) => whoIn(p, ENTITIES);

/** A key dimension as the budget names it («tjenesteomrade» is written with its å). */
const dimensionWord = (d: string) => (d === "tjenesteomrade" ? "tjenesteområde" : d);

/** A message inside another (`nested` in src/app/open-budget.ts), in this language. */
function inner(p: MessageParams): string {
  return innerMessage(p, NB_MESSAGES as Record<string, Render>);
}
const raw = (p: MessageParams) => shown(p, SHOWN);
const field = (p: MessageParams) => describeFieldIn(NB_FIELD_WORDS, text(p, "path"));

/** «<who>: <field> <reason>. Skriv <what to write>.» */
const badValue =
  (reason: Render): Render =>
  (p) =>
    `${who(p)}: ${field(p)} ${reason(p)}. Skriv ${HINTS[hintKind(text(p, "path"))]}.`;

/** The cost link, or link n of a benefit. */
const linkWho = (p: MessageParams) =>
  p.link === undefined ? `${who(p)}, kostnadslenken` : `${who(p)}, lenke ${text(p, "link")}`;

const notObjectItem = (p: MessageParams) => LIST_ITEMS[text(p, "kind")] ?? text(p, "kind");

const cellExpects = (p: MessageParams) =>
  p.expects === "share" ? "en andel (0–100 %)" : "et tall";

/** Whose name is missing (`required` in src/app/edit-portfolio.ts). */
const NB_NAME_OF: Record<string, string> = {
  deepDive: "Navnet på dypdykket",
  measure: "Navnet på tiltaket",
  benefit: "Navnet på gevinsten",
  indicator: "Navnet på indikatoren",
  approver: "Navnet på den som godkjenner",
};

/** Which share is out of range (src/app/edit-details.ts). */
const NB_FRACTION_OF: Record<string, string> = {
  phaseIn: "Innfasingen",
  confidence: "Konfidensen",
  withdrawalShare: "Uttaksandelen",
};

export const NB_MESSAGES = {
  BAD_VALUE_UNREADABLE: badValue((p) => `kan ikke leses (${raw(p)})`),
  BAD_VALUE_NOT_NUMBER: badValue((p) => `er ikke et tall (${raw(p)})`),
  BAD_VALUE_TOO_LARGE: badValue((p) => `er ${text(p, "value")}, urimelig stort`),
  BAD_VALUE_NOT_FRACTION: badValue((p) => `er ${text(p, "value")}, utenfor 0–1`),
  BAD_VALUE_NOT_POSITIVE: badValue(() => "må være større enn 0"),
  BAD_VALUE_NOT_RATE: badValue(
    (p) => `er ${text(p, "value")}; en rente skrives som andel, for eksempel 0,04 for 4 %`,
  ),
  BAD_VALUE_NEGATIVE: badValue(() => "kan ikke være negativ"),
  BAD_VALUE_UNKNOWN: badValue((p) => `er ukjent (${raw(p)})`),
  BAD_VALUE_BAD_DATE: badValue((p) => `er ikke en gyldig dato (${raw(p)})`),
  BAD_VALUE_QUALITY_KRONER: badValue(
    () => "er fylt ut, men en kvalitetsgevinst telles aldri i kroner",
  ),
  BAD_VALUE_QUALITY_REALISED: badValue(
    () => "er fylt ut, men en kvalitetsgevinst følges med indikatorer, ikke i kroner eller timer",
  ),
  BAD_VALUE_QUALITY_UTTAK: (p) =>
    `${who(p)}: en kvalitetsgevinst kan ikke tas ut av budsjettet. Velg budsjetteffekt «ingen», ` +
    `eller gjør gevinsten om til kostnad, inntekt eller tid.`,
  YEAR_OUTSIDE_PLAN: (p) =>
    `${who(p)}: ${field(p)} gjelder ikke planperioden ${text(p, "first")}–${text(p, "last")} og er holdt utenfor. ` +
    `Flytt beløpet til et år i perioden, eller slett det.`,
  DUPLICATE_ID: (p) =>
    `${who(p)}: id «${text(p, "id")}» er brukt av flere ${KINDS[text(p, "kind")] ?? text(p, "kind")}. Gi hver sin egen id.`,
  MISSING_ID: (p) => `${who(p)} mangler id. Fyll inn id.`,
  MISSING_NAME: (p) => `${who(p)} mangler navn. Fyll inn navn.`,
  UNKNOWN_DEEP_DIVE: (p) =>
    `${who(p)} hører til dypdykk «${text(p, "deepDive")}», som ikke finnes. Velg et dypdykk som finnes, eller legg det til.`,
  MISSING_OWNER: (p) =>
    `${who(p)} har ingen gevinstansvarlig. Skriv inn lederen som svarer for å hente ut gevinstene.`,
  MISSING_BASELINE: (p) =>
    `${who(p)} har ingen måleindikator med nullpunkt. Legg til en indikator og mål nullpunktet før tiltaket starter («husk en baseline!»).`,
  COST_UNLINKED: (p) =>
    `${who(p)} har kostnader, men ingen budsjettlinje å føre dem på. Velg en kostnadslenke (ansvar, art, funksjon).`,
  MISSING_BUDGET_LINK: (p) =>
    `${who(p)} skal tas ut av budsjettet, men er ikke lenket til noen budsjettlinje. Velg linjen(e) gevinsten tas ut av.`,
  SHARES_NOT_ONE: (p) =>
    `${who(p)}: andelene i budsjettlenkene summerer til ${formatNumber(Number(p.sum) * 100)} %, ikke 100 %. Juster andelene så de blir 100 % til sammen.`,
  MISSING_HOURLY_COST: () =>
    "Timekost mangler, så spart tid er verdsatt til 0 kr. Skriv inn timekost, eller årslønn med feriepenger, arbeidsgiveravgift og pensjon.",
  LINK_NOT_FOUND: (p) =>
    `${linkWho(p)}: finner ingen budsjettlinje med ${text(p, "key")}. Rett koden, eller velg en linje som finnes i budsjettet.`,
  LINK_AMBIGUOUS: (p) =>
    `${linkWho(p)}: ${text(p, "count")} budsjettlinjer har ${text(p, "key")}. Legg til det som skiller dem (for eksempel prosjekt).`,
  LINE_OVERDRAWN: (p) => {
    const detail = overdrawnYears(p)
      .map((y) => `${y.year}: tar ut ${y.withdrawn} av ${y.original}`)
      .join("; ");
    return (
      `Budsjettlinjen ${text(p, "key")} tappes for mer enn den har (${detail}). ` +
      `Tiltak ${text(p, "measures")} tar ut av samme linje — sjekk at ikke to tiltak regner med samme innsparing, og juster andelene.`
    );
  },
  BAD_FORMAT_NOT_JSON: (p) =>
    `Filen er ikke gyldig JSON (linje ${text(p, "line")}: ${JSON_ERRORS[text(p, "why")] ?? text(p, "why")}). Rett feilen, eller eksporter filen på nytt.`,
  BAD_FORMAT_NOT_OBJECT: () =>
    "Filen er ikke en Gevinst-portefølje: den må være ett JSON-objekt ({ … }).",
  BAD_FORMAT_NOT_PORTFOLIO: (p) =>
    `Filen er ikke en Gevinst-portefølje: format er ${p.given === undefined ? "ikke oppgitt" : `«${text(p, "given")}»`}, men skal være «${text(p, "format")}». Velg en porteføljefil eksportert fra Gevinst.`,
  BAD_FORMAT_VERSION: (p) =>
    `Porteføljefilen har versjon ${p.given === undefined ? "(mangler)" : text(p, "given")}, men denne utgaven av Gevinst leser bare versjon ${text(p, "readable").split(",").join(" og ")}. Eksporter filen på nytt, eller oppdater Gevinst.`,
  BAD_FORMAT_NO_BUDGET_YEAR: () =>
    "Porteføljefilen mangler budsjettår (budgetYear), for eksempel 2027. Skriv budsjettåret som et heltall.",
  BAD_FORMAT_NOT_OBJECT_ITEM: (p) =>
    `${notObjectItem(p)} nr. ${text(p, "n")} er ikke et objekt ({ … }) og er hoppet over. Rett det i filen.`,
  MISSING_DIRECTION: (p) =>
    `Indikator ${text(p, "i")} mangler retning; regnet som «okende». Skriv «okende» eller «minkende».`,
  MISSING_TYPE: (p) =>
    `Gevinst ${text(p, "b")} i tiltak ${text(p, "m")} mangler type og telles ikke i kroner. Skriv kostnad, inntekt, tid eller kvalitet.`,
  MISSING_BUDGET_EFFECT: (p) =>
    `Gevinst ${text(p, "b")} i tiltak ${text(p, "m")} mangler budsjetteffekt; regnet som «ingen». Skriv uttak, omdisponering eller ingen.`,
  MISSING_STATUS: (p) =>
    `Tiltak ${text(p, "m")} mangler status; regnet som «foreslatt». Skriv status.`,
  BUDGET_BAD_AMOUNT: (p) =>
    `Budsjettet, arket «${text(p, "sheet")}» celle ${text(p, "cell")}: «${text(p, "text")}» er ikke et beløp. ` +
    `Skriv et tall (for eksempel 1 456 538 eller -12 000,50); raden er ikke med før det er rettet.`,
  // Versjoner (spec §15, issue 26)
  VERSION_UNKNOWN: (p) =>
    `Versjonen «${text(p, "version")}» finnes ikke${p.known ? ` (arbeidsboka har ${text(p, "known")})` : " (arbeidsboka har ingen versjoner ennå)"}. Frys en versjon med «gevinst snapshot --version forslag» eller «--version vedtatt», eller oppgi en som finnes.`,
  // Tertial follow-up (spec §14).
  PERIOD_OUTSIDE_SCHEME_TERTIAL: (p) =>
    `${who(p)}: ${field(p)} er ikke en tertial. Porteføljen følges opp per tertial: skriv T1, T2 eller T3 (eller bytt oppfølgingsperioder til måned).`,
  PERIOD_OUTSIDE_SCHEME_MONTH: (p) =>
    `${who(p)}: ${field(p)} er ikke en måned. Porteføljen følges opp per måned: skriv M01–M12 (eller bytt oppfølgingsperioder til tertial).`,
  PROFILE_NOT_ONE: (p) =>
    `${who(p)}: periodeprofilen summerer til ${text(p, "sum")}, ikke 1. Rett andelene så de blir 1 til sammen; til da fordeles forventet likt over periodene.`,
  FORECAST_WITHOUT_NOTE: (p) =>
    `${who(p)}: prognosen for ${text(p, "year")} er ${text(p, "forecast")}, under forventet ${text(p, "expected")}, uten forklaring. Skriv hvorfor i «Forklaring» og hva som gjøres i «Korrigerende tiltak».`,
  REALISED_NOT_PERIOD_SUM: (p) =>
    `${who(p)}: realisert ${text(p, "year")} er ${text(p, "realised")}, men periodene summerer til ${text(p, "sum")}. Summen av periodene brukes; rett eller fjern årstallet.`,
  AREA_TARGETS_EXCEED_TOTAL: (p) =>
    `Innsparingskravene til rammeområdene for ${text(p, "year")} er til sammen ${text(p, "sum")}, mer enn kommunens innsparingskrav på ${text(p, "total")}. Rett kravene til rammeområdene eller kommunens innsparingskrav.`,
  AREA_DUPLICATE: (p) =>
    `Rammeområde ${text(p, "id")} står to ganger (nr. ${text(p, "first")} og ${text(p, "at")}); kravene ville telle dobbelt. Slå dem sammen eller gi det ene en annen kode.`,
  AREA_NOT_IN_BUDGET: (p) =>
    `Ingen budsjettlinje har ${dimensionWord(text(p, "dimension"))} ${text(p, "id")}${p.prefix !== undefined ? ` (de første ${text(p, "prefix")} tegnene av koden)` : ""}, så rammen er 0. Rett koden eller inndelingen på arket «Gevinst Rammer» (eller i porteføljefilen).`,
  MISSING_SAVINGS_TARGET: (p) =>
    `Innsparingskravet for ${text(p, "year")}, nytt siste år i økonomiplanen, er ikke satt. Skriv det inn under «Omstillingsbehov» på arket «Gevinst Oversikt» (eller i porteføljefilen).`,
  CONFIG_SETTING_UNREADABLE: (p) =>
    `Innstillingen «${text(p, "setting")}» i ${text(p, "sheet")} er skadet og blir ikke brukt.`,
  CONFIG_MAPPING_UNREADABLE: (p) =>
    `Innstillingen «${text(p, "setting")}» i ${text(p, "sheet")} er skadet og blir ikke brukt. Koble til budsjettet på nytt.`,
  CONFIG_BAD_VERSION: (p) => `Versjonen i ${text(p, "sheet")} er ugyldig.`,
  CONFIG_NEWER_VERSION: (p) =>
    `Innstillingene er lagret av en nyere versjon av Gevinst (versjon ${text(p, "version")}); oppdater tillegget før du endrer koblingen.`,
  CONFIG_MAPPING_DAMAGED: (p) =>
    `Budsjettkoblingen i ${text(p, "sheet")} er skadet (feltet «${text(p, "field")}»${p.fieldSheet === undefined ? "" : ` på arket «${text(p, "fieldSheet")}»`} er ugyldig). Koble til budsjettet på nytt.`,
  CELL_UNKNOWN_BENEFIT: (p) =>
    `Cellen ${text(p, "where")}: gevinst-id ${text(p, "benefit")} finnes ikke i delen «${text(p, "section")}». Rett id-en, eller legg til gevinsten.`,
  CELL_NOT_NUMBER: (p) =>
    `Cellen ${text(p, "where")} inneholder «${text(p, "raw")}», som ikke er ${cellExpects(p)}. Skriv ${cellExpects(p)} i cellen.`,
  CELL_UNKNOWN: (p) =>
    `Cellen ${text(p, "where")} inneholder «${text(p, "raw")}». Velg en av ${text(p, "allowed")}.`,
  CELL_NOT_DATE: (p) =>
    `Cellen ${text(p, "where")} inneholder «${text(p, "raw")}», som ikke er en dato. Skriv datoen som åååå-mm-dd.`,
  CELL_EMPTY: (p) => `Cellen ${text(p, "where")} (${text(p, "label")}) er tom. Fyll den ut.`,
  BENEFIT_MEASURE_NOT_ON_SHEET: (p) =>
    `Gevinsten ${text(p, "b")} på arket «${text(p, "sheet")}» hører til tiltak ${text(p, "m")}, som ikke står i delen «Tiltak» på samme ark. Rett tiltak-id-en.`,
  SHEET_SECTION_MISSING: (p) =>
    `Arket «${text(p, "sheet")}» mangler delen «${text(p, "section")}». Kjør «Oppdater gevinstark» for å legge den inn igjen.`,
  SHEET_COLUMN_MISSING: (p) =>
    `Kolonnen «${text(p, "column")}» i delen «${text(p, "section")}» på arket «${text(p, "sheet")}» finnes ikke. Kjør «Oppdater gevinstark».`,
  MEASURE_DEEP_DIVE_NOT_FOUND: (p) =>
    `Tiltak ${text(p, "m")} viser til dypdykk ${text(p, "deepDive")}, som ikke finnes. Det er lagt på arket «${text(p, "sheet")}»; legg til dypdykket eller rett tiltaket.`,
  SHEET_NO_BUDGET_YEAR: (p) =>
    `Budsjettåret mangler på arket «${text(p, "sheet")}». Skriv budsjettåret (for eksempel 2027).`,
  IMPORT_OTHER_BUDGET_YEAR: (p) =>
    `Porteføljen gjelder budsjettår ${text(p, "year")}, men gevinstarkene gjaldt ${text(p, "sheetsYear")}. Arkene er oppdatert til ${text(p, "year")}.`,
  BUDGET_SHEET_RENAMED: (p) =>
    `Budsjettarket «${text(p, "from")}» heter nå «${text(p, "to")}»; Gevinst leser det nye navnet. Bekreft koblingen for å lagre det.`,
  BUDGET_NO_LINES: () => "Budsjettet har ingen linjer lenger. Koble til budsjettet på nytt.",
  TEXT_TOO_LONG: (p) =>
    `Teksten er ${Number(p.length).toLocaleString("nb-NO")} tegn; en celle i Excel rommer høyst 32 767. Bare de første 32 767 tegnene er skrevet: kort ned teksten i porteføljen.`,

  // The pane's edits (EditError, src/app/edit-*.ts, record-approval.ts): built from here.
  EDIT_NAME_MISSING: (p) =>
    `${NB_NAME_OF[text(p, "kind")] ?? "Navnet"} mangler. Skriv inn et navn.`,
  EDIT_MEASURE_NOT_FOUND: (p) => `Fant ikke tiltaket ${text(p, "id")}. Oppdater og prøv igjen.`,
  EDIT_BENEFIT_NOT_FOUND: (p) => `Fant ikke gevinsten ${text(p, "id")}. Oppdater og prøv igjen.`,
  EDIT_INDICATOR_NOT_FOUND: (p) =>
    `Fant ikke indikatoren ${text(p, "id")}. Oppdater og prøv igjen.`,
  EDIT_DEEP_DIVE_NOT_FOUND: (p) => `Fant ikke dypdykket ${text(p, "id")}. Oppdater og prøv igjen.`,
  EDIT_DEEP_DIVE_EXISTS: (p) =>
    `Det finnes allerede et dypdykk som heter «${text(p, "name")}». Velg et annet navn.`,
  EDIT_ANNUAL_NOT_NUMBER: () => "Årlig effekt må være et tall. Skriv for eksempel 250000.",
  EDIT_SHARE_RANGE: () => "Hver andel må være mellom 0 og 100 %.",
  EDIT_SHARES_NOT_100: () => "Andelene må til sammen være 100 %. Juster andelene og prøv igjen.",
  EDIT_SAME_LINE_TWICE: () => "Samme budsjettlinje er valgt to ganger. Fjern den ene.",
  EDIT_FOLLOW_UP_NUMBER: (p) => `Beløpet for ${text(p, "period")} må være et tall.`,
  EDIT_FOLLOW_UP_PERIOD: (p) =>
    `${text(p, "period")} er ikke en periode i oppfølgingen. Bruk periodene under Innstillinger.`,
  EDIT_AREA_GROUPING_HAS_TARGETS: () =>
    "Rammeområdene har innsparingskrav. Fjern kravene før du deler budsjettet på en annen måte, så ingen krav havner på feil område.",
  EDIT_AREA_NOT_CHOSEN: () => "Velg et rammeområde først.",
  EDIT_AREA_TARGET_NUMBER: (p) => `Kravet for ${text(p, "year")} må være et tall.`,
  EDIT_FRACTION_RANGE: (p) =>
    `${NB_FRACTION_OF[text(p, "field")] ?? text(p, "field")} må være mellom 0 og 100 %.`,
  EDIT_DATE_FORMAT: () => "Skriv datoen som åååå-mm-dd, for eksempel 2027-03-31.",
  EDIT_MEASUREMENT_NOT_NUMBER: () => "Måleverdien må være et tall.",
  EDIT_NO_SHEETS: () => "Gevinst-arkene finnes ikke ennå. Opprett dem først.",
  EDIT_APPROVER_ROLE: () => "Velg om du godkjenner som økonomisjef eller kommunedirektør.",
  EDIT_DOCUMENT_NOT_FOUND: (p) => `Fant ikke A3-dokumentet ${text(p, "document")}.`,
  EDIT_DOCUMENT_VERSION: (p) => `Velg versjon for «${text(p, "title")}»: ${text(p, "versions")}.`,

  // Reading and finding the budget (src/app/budget-read-errors.ts, connect-budget.ts,
  // load-budget.ts; core/budget for detection and the mapping check).
  READ_TOO_LARGE: () =>
    "Budsjettet er for stort til å leses i denne Excel-versjonen. Velg budsjettarket alene, eller fjern tomme rader og kolonner under og til høyre for budsjettet.",
  SHEET_NOT_FOUND_NAMED: (p) => `Fant ikke arket «${text(p, "sheet")}».`,
  SHEET_NAME_EMPTY: () => "Arknavnet kan ikke være tomt.",
  SHEET_NAME_TOO_LONG: (p) =>
    `Arknavnet «${text(p, "name")}» er lengre enn ${text(p, "max")} tegn.`,
  SHEET_NAME_FORBIDDEN_CHARACTER: (p) =>
    `Arknavnet «${text(p, "name")}» inneholder et av tegnene [ ] : * ? / \\ som Excel ikke tillater.`,
  SHEET_NAME_APOSTROPHE: (p) =>
    `Arknavnet «${text(p, "name")}» kan ikke begynne eller slutte med apostrof.`,
  SHEET_NAME_TAKEN: (p) => `Det finnes allerede et ark som heter «${text(p, "name")}».`,
  SHEET_NAME_RESERVED: (p) => `«${text(p, "name")}» er et reservert arknavn i Excel.`,
  SHEET_PROTECTED_NAMED: (p) => `Arket «${text(p, "sheet")}» er beskyttet.`,
  API_MISSING_FOR: (p) => `Mangler for: ${text(p, "change")}.`,
  NAME_NOT_ABSOLUTE_RANGE: (p) =>
    `Navnet ${text(p, "name")} må peke på et celleområde med absolutte referanser (${text(p, "refersTo")}).`,
  WORKBOOK_NAME_EXISTS: () => "Et ark eller navn med samme navn finnes allerede.",
  SHEET_TOO_MANY_CELLS: (p) =>
    `Arket «${text(p, "sheet")}» har mer enn ${formatCount(Number(p.limit))} celler med innhold, for mye for kommandolinjen. Flytt budsjettet til en mindre arbeidsbok, eller bruk tillegget i Excel.`,
  WORKBOOK_STRUCTURE_LOCKED: () =>
    "Arbeidsbokas struktur er beskyttet, så Gevinst kan ikke legge til eller endre ark. Opphev beskyttelsen i Excel (Se gjennom → Beskytt arbeidsbok) og prøv igjen.",
  WORKBOOK_PASSWORD: () =>
    "Et Gevinst-ark er beskyttet med et passord, så Gevinst kan ikke oppheve beskyttelsen og oppdatere det. Opphev arkbeskyttelsen med passordet (Se gjennom → Opphev arkbeskyttelse), og prøv igjen; Gevinst beskytter arket igjen uten passord.",
  WORKBOOK_ACCESS_DENIED: () =>
    "Excel nektet Gevinst å endre arbeidsboken. Arket eller arbeidsboken kan være beskyttet, eller arbeidsboken er åpnet skrivebeskyttet eller i visningsmodus. Opphev beskyttelsen eller velg Rediger arbeidsbok, og prøv igjen.",
  WORKBOOK_PARTLY_WRITTEN: () =>
    "Gevinst rakk å skrive en del av endringene før feilen, så Gevinst-arkene er bare delvis oppdatert. Rett feilen og kjør det samme på nytt, så blir arkene fullført.",
  WORKBOOK_ERROR: (p) => workbookError(WORKBOOK_ERRORS, p),
  SHEET_TOO_LARGE: (p) =>
    `Arket «${text(p, "sheet")}» er større enn Excel tillater (${text(p, "rows")} rader × ${text(p, "cols")} kolonner) og kan ikke leses som budsjett.`,
  NO_BUDGET_SHEETS: () => "Arbeidsboka har ingen ark med et budsjett Gevinst kan lese.",
  SHEET_NOT_IN_WORKBOOK: (p) => `Arket «${text(p, "sheet")}» finnes ikke i arbeidsboka.`,
  BUDGET_NOT_DETECTED: (p) => {
    const where = p.sheet === undefined ? "i arbeidsboka" : `på arket «${text(p, "sheet")}»`;
    const base =
      `Fant ikke noe budsjett ${where}. Gevinst ser etter en overskriftsrad med minst én nøkkelkolonne ` +
      `– ansvar (eller avdeling), art (konto), funksjon (tjeneste), tjenesteområde eller prosjekt – og en ` +
      `beløpskolonne for budsjettåret.`;
    if (p.nearSheet === undefined) return base;
    const sheet = `arket «${text(p, "nearSheet")}»`;
    const place =
      p.nearTable === undefined ? sheet : `tabellen «${text(p, "nearTable")}» på ${sheet}`;
    return `${base} Nærmest var ${place}, overskrift i rad ${text(p, "nearRow")}, men der mangler ${sayLacks(p, "nearMissing", LACKS, "og")}.`;
  },
  NOT_CONNECTED: () => "Budsjettet er ikke koblet til ennå. Velg «Koble til budsjett».",
  MAPPING_SHEET_GONE: (p) =>
    `Arket «${text(p, "sheet")}» med budsjettet finnes ikke lenger. Koble til budsjettet på nytt.`,
  MAPPING_TABLE_GONE: (p) =>
    `Tabellen «${text(p, "table")}» på arket «${text(p, "sheet")}» finnes ikke lenger; Gevinst leser arket som et område.`,
  MAPPING_HEADER_LOST: (p) =>
    `Fant ikke lenger budsjettoverskriften på arket «${text(p, "sheet")}» (rad ${text(p, "row")} er endret). Koble til budsjettet på nytt.`,
  MAPPING_MOVED: (p) => {
    const row =
      text(p, "from") === text(p, "to")
        ? `Kolonnene på arket «${text(p, "sheet")}» har flyttet seg`
        : `Overskriften på arket «${text(p, "sheet")}» har flyttet seg fra rad ${text(p, "from")} til rad ${text(p, "to")}`;
    const moves = columnMoves(p, (n) => `planår ${n}`);
    return `${row}${moves === "" ? "" : ` (${moves})`}. Gevinst leser den nye plasseringen; bekreft koblingen på nytt.`;
  },
  // The move to the next budget year (core/roll, src/app/roll-budget-year.ts).
  ROLL_ALREADY_THERE: (p) =>
    `Porteføljen gjelder allerede budsjettår ${text(p, "year")}; den kan ikke flyttes til ${text(p, "target")}. Bruk arbeidsboka fra det gamle budsjettåret.`,
  ROLL_ONE_YEAR: (p) =>
    `Porteføljen gjelder ${text(p, "year")} og kan flyttes ett år om gangen, til ${text(p, "next")} — ikke til ${text(p, "target")}. Flytt den ett år, og så ett til.`,
  ROLL_ALREADY_ROLLED: (p) =>
    `Porteføljen er allerede flyttet til budsjettår ${text(p, "year")} i denne arbeidsboka; ingenting er endret.`,
  // The prioritisation's closing line (core/prioritisation/prioritise.ts).
  PRIORITY_ALREADY_CLOSED: () =>
    "Gapet er lukket alle år med tiltakene som alt er prioritert; ingen flere tiltak trengs.",
  PRIORITY_CLOSES_GAP: (p) =>
    `Forslaget lukker gapet alle år med ${text(p, "count")} tiltak: ${text(p, "ids")}.`,
  PRIORITY_GAP_OPEN: (p) =>
    `Gapet er ikke lukket i ${yearGaps(p, (year, gap) => `${year} (mangler ${gap})`)}; ` +
    "ingen flere foreslåtte tiltak hjelper. Finn nye tiltak, eller vurder innsparingskravet.",
  // How the budget was found (core/budget/explain-detection.ts, detect-budget.ts).
  CANDIDATE_AT: (p) => capitalised(place(p, NB_PLACE)),
  BUDGET_FOUND_AT: (p) => `Fant budsjettet i ${place(p, NB_PLACE)}.`,
  BUDGET_KEY_COLUMNS: (p) =>
    `Nøkkelkolonner: ${pairs(p, "columns")
      .map(([d, c]) => `${dimensionWord(d)} i ${c}`)
      .join(", ")}.`,
  BUDGET_NO_PROSJEKT: () =>
    "Budsjettet har ingen prosjektkolonne; koblinger ser bort fra prosjekt.",
  BUDGET_NAME_COLUMNS: (p) =>
    `Navnekolonner: ${pairs(p, "columns")
      .map(([d, c]) => `${dimensionWord(d)} i ${c}`)
      .join(", ")}.`,
  BUDGET_PLAN_YEARS: (p) =>
    `Budsjettår ${text(p, "year")}; planårene ${text(p, "year")}–${text(p, "last")} står i ${text(p, "columns")}.`,
  BUDGET_OWN_YEARS: (p) =>
    `Budsjettår ${text(p, "year")}: ${pairs(p, "columns")
      .map(([y, c]) => `${y} i ${c}`)
      .join(", ")}.`,
  BUDGET_CARRIED_YEARS: (p) =>
    `Videreført (ingen egen kolonne, samme beløp som ${text(p, "year")}): ${text(p, "years")}.`,
  BUDGET_REFERENCE_COLUMNS: (p) => `Til referanse (endres aldri): ${text(p, "headers")}.`,
  BUDGET_IN_THOUSANDS: () => "Beløpene står i 1 000 kr; Gevinst regner dem om til kroner.",
  BUDGET_IN_KRONER: () => "Beløpene står i hele kroner.",
  BUDGET_LINE_COUNT: (p) => {
    const lines = `${formatCount(Number(p.lines))} budsjettlinjer`;
    const parts = pairs(p, "skipped").map(([kind, n]) => `${n} × ${skipped(kind).toLowerCase()}`);
    return parts.length === 0 ? `${lines}.` : `${lines}; hoppet over ${parts.join(", ")}.`;
  },
  BUDGET_MERGED_SHEETS: (p) =>
    `Slo sammen ${text(p, "count")} ark med like overskrifter: ${text(p, "sheets")}.`,
  BUDGET_DUPLICATE_SHEET: (p) =>
    `Arket «${text(p, "sheet")}» har de samme linjene som et valgt ark og er ikke tatt med.`,
  BUDGET_MERGED_ROWS: (p) =>
    `${formatCount(Number(p.count))} rader har samme nøkkel som en annen rad (delt på for eksempel fri dimensjon) og er lagt sammen med den.`,
  BUDGET_ALSO_POSSIBLE: (p) =>
    `Også mulig: ${place(p, NB_PLACE)} (${formatCount(Number(p.lines))} linjer, lavere poeng).`,
  BUDGET_NOT_CHOSEN: (p) =>
    `Ikke valgt: ${place(p, NB_PLACE)} mangler ${sayLacks(p, "missing", LACKS, "og")}.`,
  SKIPPED_ROW: (p) => skipped(text(p, "rowKind")),
  // A hand mapping that will not do (src/core/budget/manual-mapping.ts).
  MAPPING_LACKS: (p) => `Koblingen mangler ${sayLacks(p, "missing", LACKS, "og")}.`,
  MAPPING_NO_AMOUNT_COLUMN: (p) =>
    p.year === undefined
      ? "Velg minst én beløpskolonne med årstall (budsjettåret)."
      : `Velg kolonnen med beløpene for budsjettåret ${text(p, "year")}.`,
  COLUMNS_NOT_NAME_IS_COLUMN: (p) =>
    `«${text(p, "part")}» er ikke på formen navn=KOLONNE (for eksempel art=B eller 2013=J).`,
  COLUMNS_UNKNOWN_NAME: (p) =>
    `«${text(p, "name")}» er ikke ansvar, art, funksjon, prosjekt, tjenesteomrade eller et årstall.`,
  MAPPING_NO_LINES: (p) =>
    `Fant ingen budsjettlinjer under rad ${text(p, "row")} på arket «${text(p, "sheet")}» med disse kolonnene.`,
  // Opening the budget: what Gevinst upgraded or repaired (src/app/open-budget.ts).
  CONFIG_UPGRADED: (p) =>
    `Innstillingene i ${text(p, "sheet")} var lagret av en eldre versjon av Gevinst (versjon ${text(p, "version")}) og er oppgradert.`,
  CONNECTION_NOT_REBUILT: (p) =>
    `Koblingen til budsjettet i ${text(p, "sheet")} mangler eller er skadet, og Gevinst fant ikke budsjettet på nytt: ${inner(p)} Velg «Koble til budsjett».`,
  CONNECTION_REBUILT: (p) =>
    `Koblingen til budsjettet i ${text(p, "sheet")} manglet eller var skadet. Gevinst fant budsjettet${p.budgetSheet === undefined ? "" : ` på arket «${text(p, "budgetSheet")}»`} på nytt (budsjettår ${text(p, "year")}); kontroller koblingen under «Koble til budsjett».`,
} satisfies Record<string, Render>;

/** Every catalogue key: nn and en must have each one (their type says so). */
export type MessageKey = keyof typeof NB_MESSAGES;

export const nb: MessageCatalogue<MessageKey> = {
  messages: NB_MESSAGES,
  workbookErrors: WORKBOOK_ERRORS,
};
