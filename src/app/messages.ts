/**
 * The message catalogues: an issue or an error carries a code (a catalogue key) and params, and
 * one catalogue per language renders it — the pane in nb, nn and en, the command line in nb.
 * An issue without a key, or with a key a catalogue does not know, keeps its bokmål `message`
 * (the compatible path for callers that still build the text themselves).
 */
import type { Issue, MessageParams } from "../core/model/issue.types";
import { WORKBOOK_ERROR_MESSAGES } from "../core/workbook/workbook-messages";
import type { WorkbookErrorReason } from "../core/workbook/workbook-port";
import { isWorkbookError } from "../core/workbook/workbook-port";

export type MessageLanguage = "nb" | "nn" | "en";

type Render = (p: MessageParams) => string;

export type MessageCatalogue = {
  issues: Record<string, Render>;
  /** What each platform failure means, with what to do: the one table for every reason. */
  workbookErrors: Record<WorkbookErrorReason, string>;
};

const text = (p: MessageParams, key: string): string => String(p[key] ?? "");
/** «T1 «Navn»», or the id alone when the entity has no name. */
const subject = (p: MessageParams): string =>
  text(p, "name") === "" ? text(p, "id") : `${text(p, "id")} «${text(p, "name")}»`;

const nb: MessageCatalogue = {
  issues: {
    MISSING_OWNER: (p) =>
      `Tiltak ${subject(p)} har ingen gevinstansvarlig. Skriv inn lederen som svarer for å hente ut gevinstene.`,
    MISSING_BASELINE: (p) =>
      `Tiltak ${subject(p)} har ingen måleindikator med nullpunkt. Legg til en indikator og mål nullpunktet før tiltaket starter («husk en baseline!»).`,
    MISSING_BUDGET_LINK: (p) =>
      `Gevinst ${subject(p)} skal tas ut av budsjettet, men er ikke knyttet til noen budsjettlinje. Velg linjen(e) gevinsten tas ut av.`,
    SHARES_NOT_ONE: (p) =>
      `Gevinst ${subject(p)}: andelene i budsjettkoblingene summerer til ${percent(p.sum, "nb")}, ikke 100 %. Juster andelene.`,
  },
  workbookErrors: WORKBOOK_ERROR_MESSAGES,
};

const nn: MessageCatalogue = {
  issues: {
    MISSING_OWNER: (p) =>
      `Tiltak ${subject(p)} har ingen gevinstansvarleg. Skriv inn leiaren som svarar for å hente ut gevinstane.`,
    MISSING_BASELINE: (p) =>
      `Tiltak ${subject(p)} har ingen måleindikator med nullpunkt. Legg til ein indikator og mål nullpunktet før tiltaket startar («hugs ein baseline!»).`,
    MISSING_BUDGET_LINK: (p) =>
      `Gevinst ${subject(p)} skal takast ut av budsjettet, men er ikkje knytt til nokon budsjettline. Vel lina eller linene gevinsten vert teken ut av.`,
    SHARES_NOT_ONE: (p) =>
      `Gevinst ${subject(p)}: delane i budsjettkoplingane summerer til ${percent(p.sum, "nn")}, ikkje 100 %. Juster delane.`,
  },
  workbookErrors: {
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
  },
};

const en: MessageCatalogue = {
  issues: {
    MISSING_OWNER: (p) =>
      `Measure ${subject(p)} has no benefit owner. Enter the manager who answers for realising the benefits.`,
    MISSING_BASELINE: (p) =>
      `Measure ${subject(p)} has no indicator with a baseline. Add an indicator and measure its baseline before the measure starts.`,
    MISSING_BUDGET_LINK: (p) =>
      `Benefit ${subject(p)} is to be withdrawn from the budget but is linked to no budget line. Choose the line(s) it is taken from.`,
    SHARES_NOT_ONE: (p) =>
      `Benefit ${subject(p)}: the shares of its budget links add up to ${percent(p.sum, "en")}, not 100 %. Adjust the shares.`,
  },
  workbookErrors: {
    "cell-edit-mode":
      "Excel is busy because a cell is being edited. Press Enter or Esc to finish editing, and try again.",
    "sheet-missing":
      "A sheet or name Gevinst needs was not found. Check that the sheet has not been deleted or renamed, and try again.",
    "sheet-protected":
      "The sheet is protected, so Gevinst cannot write to it. Unprotect it (Review → Unprotect Sheet) and try again.",
    "payload-too-large":
      "The change is too large for Excel to accept at once. Try again; if that does not help, use Excel on the desktop.",
    "api-unsupported":
      "This version of Excel lacks a feature Gevinst uses. Update Excel, or use Excel on the web.",
    "invalid-argument":
      "Excel did not accept what Gevinst tried to write. This is a bug in Gevinst: please report what you did.",
    unknown:
      "Excel reported an unexpected error. Try again; if it happens again, please report what you did.",
  },
};

export const CATALOGUES: Record<MessageLanguage, MessageCatalogue> = { nb, nn, en };

function percent(share: string | number | undefined, language: MessageLanguage): string {
  const value = typeof share === "number" ? share : Number(share);
  if (!Number.isFinite(value)) return String(share ?? "");
  const locale = language === "en" ? "en-GB" : "nb-NO";
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value * 100)} %`;
}

/** An issue in `language`: from its key and params where the catalogue has it, else its message. */
export function renderIssue(issue: Issue, language: MessageLanguage): string {
  const render = issue.key ? CATALOGUES[language].issues[issue.key] : undefined;
  return render && issue.params ? render(issue.params) : issue.message;
}

/** A platform failure in `language`, or null when `error` is not one. */
export function renderWorkbookError(error: unknown, language: MessageLanguage): string | null {
  return isWorkbookError(error) ? CATALOGUES[language].workbookErrors[error.reason] : null;
}
