/** The English catalogue (the pane in en): the same keys as bokmål, in plain English. */
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
  sayLacks,
  type LackWords,
} from "./shared";

const ENTITIES: EntityWords = {
  portfolio: "The portfolio",
  deepDive: "Deep-dive",
  measure: "Measure",
  benefit: "benefit",
  indicator: "indicator",
  noId: "without id",
};
const SHOWN: ShownWords = {
  null: "empty (null)",
  undefined: "empty",
  unshowable: "(a value that cannot be shown)",
};

const FIELDS: FieldWords = {
  simple: {
    id: "id",
    name: "name",
    owner: "owner",
    status: "status",
    mustDo: "must be done (legal or minimum requirement)",
    deepDive: "deep-dive",
    description: "description",
    type: "benefit type",
    annual: "annual effect",
    confidence: "confidence",
    budgetEffect: "budget effect",
    withdrawalShare: "withdrawal share",
    phaseIn: "phase-in",
    links: "budget links",
    costs: "costs",
    costLink: "cost line",
    direction: "direction",
    baseline: "baseline",
    baselineDate: "baseline date",
    target: "target value",
    targetDate: "target date",
    unit: "unit",
    frequency: "frequency",
    measurements: "measurements",
    organisation: "organisation",
    budgetYear: "budget year",
    savingsTarget: "savings target",
    hoursPerFte: "hours per FTE",
    hourlyCost: "hourly cost",
    discountRate: "discount rate",
    tolerance: "tolerance",
    defaultPhaseIn: "default phase-in",
    salaryBasis: "salary basis",
    annualSalary: "annual salary",
    holidayPay: "holiday pay",
    employerTax: "employer's tax",
    pension: "pension",
    share: "share",
    ansvar: "ansvar",
    art: "art",
    funksjon: "funksjon",
    prosjekt: "prosjekt",
    date: "date",
    value: "value",
    selectedBecause: "selected because",
    unmetNeeds: "unmet needs",
    problems: "problems",
    opportunities: "opportunities",
    valueChain: "value chain",
    minimumRequirements: "minimum requirements",
    businessCases: "possible business cases",
    workshopDate: "workshop date",
    includedInBudget: "included in the budget",
    actions: "action plan",
    preconditions: "preconditions",
    risks: "risks",
    realised: "realised",
    plan: "measurement plan",
    approvals: "approvals",
    what: "what",
    who: "who",
    due: "due date",
    by: "approved by",
    document: "document",
    version: "version",
    areas: "budget areas",
    areaDimension: "budget area dimension",
    areaPrefix: "number of characters that group budget areas",
    tjenesteomrade: "tjenesteområde (service area)",
    realisedPeriods: "realised",
    periodProfile: "period profile",
    forecast: "forecast",
    deviationNote: "explanation of the deviation",
    correctiveAction: "corrective action",
    followUpPeriods: "follow-up periods",
    followUpPeriod: "follow-up period",
  },
  oneTime: (year) => (year ? `one-time cost ${year}` : "one-time costs"),
  running: (year) => (year ? `running cost ${year}` : "running costs"),
  inLink: (field, n) => `${field} in link ${n}`,
  inMeasurement: (field, n) => `${field} in measurement ${n}`,
  inAction: (field, n) => `${field} in action ${n}`,
  inApproval: (field, n) => `${field} in approval ${n}`,
  inArea: (field, n) => `${field} in budget area ${n}`,
  selectedBecause: (n) => `selected because, value ${n}`,
  defaultPhaseIn: (n) => `default phase-in year ${n}`,
};

const HINTS: Record<HintKind, string> = {
  actionStatus: `one of ${ACTION_STATUSES.join(", ")}`,
  selection: `a list of ${SELECTION_REASONS.join(" and/or ")}`,
  status: `one of ${MEASURE_STATUSES.join(", ")}`,
  type: `one of ${BENEFIT_TYPES.join(", ")}`,
  budgetEffect: `one of ${BUDGET_EFFECTS.join(", ")}`,
  direction: `one of ${INDICATOR_DIRECTIONS.join(", ")}`,
  boolean: "yes or no (ja/nei, true/false)",
  date: "a date in the form yyyy-mm-dd",
  fraction: "a number from 0 to 1 (for example 0.8 for 80 %)",
  number: "a number without spaces, unit or quotation marks",
  areaDimension: `one of ${AREA_DIMENSIONS.join(", ")}`,
  positiveInteger: "a whole number greater than 0 (for example 3)",
};

const KINDS: Record<string, string> = {
  measure: "measures",
  benefit: "benefits",
  deepDive: "deep-dives",
  indicator: "indicators",
};

const LIST_ITEMS: Record<string, string> = {
  link: "Budget link",
  measurement: "Measurement",
  action: "Action",
  indicator: "Indicator",
  benefit: "Benefit",
  approval: "Approval",
  history: "History row",
  area: "Budget area",
  version: "Version",
  deepDive: "Deep-dive",
  measure: "Measure",
};

const JSON_ERRORS: Record<string, string> = {
  InvalidSymbol: "invalid character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "a field name in quotation marks is missing",
  ValueExpected: "a value is missing",
  ColonExpected: "a colon is missing",
  CommaExpected: "a comma is missing",
  CloseBraceExpected: "} is missing",
  CloseBracketExpected: "] is missing",
  EndOfFileExpected: "expected the end of the file",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "a text lacks its closing quotation mark",
  UnexpectedEndOfNumber: "a number ends too early",
  InvalidUnicode: "invalid unicode",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "invalid character",
  Invalid: "invalid JSON",
  Empty: "the file is empty",
};

const WORKBOOK_ERRORS: Record<WorkbookErrorReason, string> = {
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
};

const PLACE: PlaceWords = {
  sheet: (sheet) => `the sheet «${sheet}»`,
  table: (table, sheet) => `the table «${table}» on the sheet «${sheet}»`,
  row: (row) => `header in row ${row}`,
};

/** What a header row lacks to be a budget (src/core/budget/lacks.ts). */
const LACKS: LackWords = {
  LACK_KEY: () =>
    "a key column: ansvar (or avdeling), art (account), funksjon (service), tjenesteområde (service area) or prosjekt",
  LACK_BUDGET_COLUMN_FOR: (p) => `a budget column for ${text(p, "year")}`,
  LACK_BUDGET_NOT_ACCOUNTS: () =>
    "a budget column (there are only accounts here, and accounts are not a budget)",
  LACK_BUDGET_COLUMN: () =>
    "a budget column with a year (such as «Budsjett 2027») or a year above the table",
  LACK_YEAR_OF_AMOUNT: (p) =>
    `the budget year: the column «${text(p, "header")}» has no year, and neither the title rows above nor the sheet name has one (give the year)`,
  LACK_ONE_VERSION: (p) =>
    `one budget version: the column «${text(p, "header")}» has ${text(p, "count")} ` +
    `(${text(p, "values")}), and Gevinst would add them together. Filter to one version, copy ` +
    `it to a sheet of its own and connect that sheet`,
  LACK_LINES: () => "budget lines under the header",
};

/** Skipped rows by kind, as the line count names them. */
const SKIPPED: Record<string, string> = {
  blank: "blank row",
  subtotal: "subtotal row",
  note: "note or row without ansvar, art and funksjon",
  "bad-amount": "amount that is not a number",
  "header-repeat": "repeated header",
};

const who = (p: MessageParams) => whoIn(p, ENTITIES);

/** A key dimension as the budget names it («tjenesteomrade» is written with its å). */
const dimensionWord = (d: string) => (d === "tjenesteomrade" ? "tjenesteområde" : d);

/** A message inside another (`nested` in src/app/open-budget.ts), in this language. */
function inner(p: MessageParams): string {
  return innerMessage(p, EN_MESSAGES as Record<string, Render>);
}
const raw = (p: MessageParams) => shown(p, SHOWN);
const field = (p: MessageParams) => describeFieldIn(FIELDS, text(p, "path"));

const badValue =
  (reason: Render): Render =>
  (p) =>
    `${who(p)}: ${field(p)} ${reason(p)}. Write ${HINTS[hintKind(text(p, "path"))]}.`;

const linkWho = (p: MessageParams) =>
  p.link === undefined ? `${who(p)}, the cost line` : `${who(p)}, link ${text(p, "link")}`;

const cellExpects = (p: MessageParams) =>
  p.expects === "share" ? "a share (0–100 %)" : "a number";

const NAME_OF: Record<string, string> = {
  deepDive: "The deep-dive's name",
  measure: "The measure's name",
  benefit: "The benefit's name",
  indicator: "The indicator's name",
  approver: "The approver's name",
};

const FRACTION_OF: Record<string, string> = {
  phaseIn: "The phase-in",
  confidence: "The confidence",
  withdrawalShare: "The withdrawal share",
};

const EN_MESSAGES: Record<MessageKey, Render> = {
  BAD_VALUE_UNREADABLE: badValue((p) => `cannot be read (${raw(p)})`),
  BAD_VALUE_NOT_NUMBER: badValue((p) => `is not a number (${raw(p)})`),
  BAD_VALUE_TOO_LARGE: badValue((p) => `is ${text(p, "value")}, unreasonably large`),
  BAD_VALUE_NOT_FRACTION: badValue((p) => `is ${text(p, "value")}, outside 0–1`),
  BAD_VALUE_NOT_POSITIVE: badValue(() => "must be greater than 0"),
  BAD_VALUE_NOT_RATE: badValue(
    (p) => `is ${text(p, "value")}; a rate is written as a fraction, for example 0.04 for 4 %`,
  ),
  BAD_VALUE_NEGATIVE: badValue(() => "cannot be negative"),
  BAD_VALUE_UNKNOWN: badValue((p) => `is unknown (${raw(p)})`),
  BAD_VALUE_BAD_DATE: badValue((p) => `is not a valid date (${raw(p)})`),
  BAD_VALUE_QUALITY_KRONER: badValue(
    () => "is filled in, but a quality benefit is never counted in kroner",
  ),
  BAD_VALUE_QUALITY_REALISED: badValue(
    () => "is filled in, but a quality benefit is followed with indicators, not in kroner or hours",
  ),
  BAD_VALUE_QUALITY_UTTAK: (p) =>
    `${who(p)}: a quality benefit cannot be withdrawn from the budget. Choose budget effect «ingen» (none), ` +
    `or make it a cost, income or time benefit.`,
  YEAR_OUTSIDE_PLAN: (p) =>
    `${who(p)}: ${field(p)} is outside the plan period ${text(p, "first")}–${text(p, "last")} and is left out. ` +
    `Move the amount to a year in the period, or delete it.`,
  DUPLICATE_ID: (p) =>
    `${who(p)}: id «${text(p, "id")}» is used by several ${KINDS[text(p, "kind")] ?? text(p, "kind")}. Give each its own id.`,
  MISSING_ID: (p) => `${who(p)} has no id. Fill in the id.`,
  MISSING_NAME: (p) => `${who(p)} has no name. Fill in the name.`,
  UNKNOWN_DEEP_DIVE: (p) =>
    `${who(p)} belongs to deep-dive «${text(p, "deepDive")}», which does not exist. Choose a deep-dive that exists, or add it.`,
  MISSING_OWNER: (p) =>
    `${who(p)} has no benefit owner. Enter the manager who answers for realising the benefits.`,
  MISSING_BASELINE: (p) =>
    `${who(p)} has no indicator with a baseline. Add an indicator and measure its baseline before the measure starts.`,
  COST_UNLINKED: (p) =>
    `${who(p)} has costs but no budget line to book them on. Choose a cost line (ansvar, art, funksjon).`,
  MISSING_BUDGET_LINK: (p) =>
    `${who(p)} is to be withdrawn from the budget but is linked to no budget line. Choose the line(s) it is taken from.`,
  SHARES_NOT_ONE: (p) =>
    `${who(p)}: the shares of its budget links add up to ${percent(p.sum, "en")}, not 100 %. Adjust the shares so they add up to 100 %.`,
  MISSING_HOURLY_COST: () =>
    "The hourly cost is missing, so time saved is valued at 0 kr. Enter the hourly cost, or the annual salary with holiday pay, employer's tax and pension.",
  LINK_NOT_FOUND: (p) =>
    `${linkWho(p)}: no budget line has ${text(p, "key")}. Correct the code, or choose a line that is in the budget.`,
  LINK_AMBIGUOUS: (p) =>
    `${linkWho(p)}: ${text(p, "count")} budget lines have ${text(p, "key")}. Add what tells them apart (for example prosjekt).`,
  LINE_OVERDRAWN: (p) => {
    const detail = overdrawnYears(p)
      .map((y) => `${y.year}: takes ${y.withdrawn} of ${y.original}`)
      .join("; ");
    return (
      `Budget line ${text(p, "key")} is drawn on for more than it holds (${detail}). ` +
      `Measures ${text(p, "measures")} take from the same line — check that two measures do not count the same saving, and adjust the shares.`
    );
  },
  BAD_FORMAT_NOT_JSON: (p) =>
    `The file is not valid JSON (line ${text(p, "line")}: ${JSON_ERRORS[text(p, "why")] ?? text(p, "why")}). Correct the error, or export the file again.`,
  BAD_FORMAT_NOT_OBJECT: () =>
    "The file is not a Gevinst portfolio: it must be one JSON object ({ … }).",
  BAD_FORMAT_NOT_PORTFOLIO: (p) =>
    `The file is not a Gevinst portfolio: its format is ${p.given === undefined ? "not given" : `«${text(p, "given")}»`}, but must be «${text(p, "format")}». Choose a portfolio file exported from Gevinst.`,
  BAD_FORMAT_VERSION: (p) =>
    `The portfolio file has version ${p.given === undefined ? "(missing)" : text(p, "given")}, but this edition of Gevinst reads only version ${text(p, "readable").split(",").join(" and ")}. Export the file again, or update Gevinst.`,
  BAD_FORMAT_NO_BUDGET_YEAR: () =>
    "The portfolio file has no budget year (budgetYear), for example 2027. Write the budget year as a whole number.",
  BAD_FORMAT_NOT_OBJECT_ITEM: (p) =>
    `${LIST_ITEMS[text(p, "kind")] ?? text(p, "kind")} no. ${text(p, "n")} is not an object ({ … }) and was skipped. Correct it in the file.`,
  MISSING_DIRECTION: (p) =>
    `Indicator ${text(p, "i")} has no direction; taken as «okende» (rising). Write «okende» or «minkende».`,
  MISSING_TYPE: (p) =>
    `Benefit ${text(p, "b")} in measure ${text(p, "m")} has no type and is not counted in kroner. Write kostnad, inntekt, tid or kvalitet.`,
  MISSING_BUDGET_EFFECT: (p) =>
    `Benefit ${text(p, "b")} in measure ${text(p, "m")} has no budget effect; taken as «ingen» (none). Write uttak, omdisponering or ingen.`,
  MISSING_STATUS: (p) =>
    `Measure ${text(p, "m")} has no status; taken as «foreslatt» (proposed). Write the status.`,
  BUDGET_BAD_AMOUNT: (p) =>
    `The budget, sheet «${text(p, "sheet")}» cell ${text(p, "cell")}: «${text(p, "text")}» is not an amount. ` +
    `Write a number (for example 1 456 538 or -12 000,50); the row is left out until it is corrected.`,
  // Versions (spec §15, issue 26)
  VERSION_UNKNOWN: (p) =>
    `There is no version «${text(p, "version")}»${p.known ? ` (the workbook has ${text(p, "known")})` : " (the workbook has no versions yet)"}. Freeze one with «gevinst snapshot --version forslag» or «--version vedtatt», or name one that exists.`,
  // Tertial follow-up (spec §14).
  PERIOD_OUTSIDE_SCHEME_TERTIAL: (p) =>
    `${who(p)}: ${field(p)} is not a tertial. The portfolio is followed up per tertial: write T1, T2 or T3 (or switch the follow-up periods to month).`,
  PERIOD_OUTSIDE_SCHEME_MONTH: (p) =>
    `${who(p)}: ${field(p)} is not a month. The portfolio is followed up per month: write M01–M12 (or switch the follow-up periods to tertial).`,
  PROFILE_NOT_ONE: (p) =>
    `${who(p)}: the period profile sums to ${text(p, "sum")}, not 1. Correct the shares so they add up to 1; until then expected is spread evenly over the periods.`,
  FORECAST_WITHOUT_NOTE: (p) =>
    `${who(p)}: the forecast for ${text(p, "year")} is ${text(p, "forecast")}, below the expected ${text(p, "expected")}, with no explanation. Write why under «Forklaring» and what is being done under «Korrigerende tiltak».`,
  REALISED_NOT_PERIOD_SUM: (p) =>
    `${who(p)}: realised ${text(p, "year")} is ${text(p, "realised")}, but the periods sum to ${text(p, "sum")}. The sum of the periods is used; correct or remove the year's figure.`,
  AREA_TARGETS_EXCEED_TOTAL: (p) =>
    `The savings targets of the budget areas for ${text(p, "year")} add up to ${text(p, "sum")}, more than the kommune's savings target of ${text(p, "total")}. Correct the areas' targets or the kommune's savings target.`,
  AREA_DUPLICATE: (p) =>
    `Budget area ${text(p, "id")} is listed twice (no. ${text(p, "first")} and ${text(p, "at")}); its targets would count twice. Merge them or give one another code.`,
  AREA_NOT_IN_BUDGET: (p) =>
    `No budget line has ${dimensionWord(text(p, "dimension"))} ${text(p, "id")}${p.prefix !== undefined ? ` (the first ${text(p, "prefix")} characters of the code)` : ""}, so its ramme is 0. Correct the code or the grouping on the sheet «Gevinst Rammer» (or in the portfolio file).`,
  MISSING_SAVINGS_TARGET: (p) =>
    `The savings target for ${text(p, "year")}, the new last year of the financial plan, is not set. Enter it under «Omstillingsbehov» on the sheet «Gevinst Oversikt» (or in the portfolio file).`,
  CONFIG_SETTING_UNREADABLE: (p) =>
    `The setting «${text(p, "setting")}» in ${text(p, "sheet")} is damaged and is not used.`,
  CONFIG_MAPPING_UNREADABLE: (p) =>
    `The setting «${text(p, "setting")}» in ${text(p, "sheet")} is damaged and is not used. Connect the budget again.`,
  CONFIG_BAD_VERSION: (p) => `The version in ${text(p, "sheet")} is invalid.`,
  CONFIG_NEWER_VERSION: (p) =>
    `The settings were saved by a newer version of Gevinst (version ${text(p, "version")}); update the add-in before you change the mapping.`,
  // The detail (`problem`) is a technical bokmål note from the mapping check; left out here.
  CONFIG_MAPPING_DAMAGED: (p) =>
    `The budget mapping in ${text(p, "sheet")} is damaged (the field «${text(p, "field")}»${p.fieldSheet === undefined ? "" : ` on the sheet «${text(p, "fieldSheet")}»`} is invalid). Connect the budget again.`,
  CELL_UNKNOWN_BENEFIT: (p) =>
    `Cell ${text(p, "where")}: benefit id ${text(p, "benefit")} is not in the section «${text(p, "section")}». Correct the id, or add the benefit.`,
  CELL_NOT_NUMBER: (p) =>
    `Cell ${text(p, "where")} holds «${text(p, "raw")}», which is not ${cellExpects(p)}. Write ${cellExpects(p)} in the cell.`,
  CELL_UNKNOWN: (p) =>
    `Cell ${text(p, "where")} holds «${text(p, "raw")}». Choose one of ${text(p, "allowed")}.`,
  CELL_NOT_DATE: (p) =>
    `Cell ${text(p, "where")} holds «${text(p, "raw")}», which is not a date. Write the date as yyyy-mm-dd.`,
  // The label is the bokmål column name on the sheet; quoted, since the user finds it there.
  CELL_EMPTY: (p) => `Cell ${text(p, "where")} («${text(p, "label")}») is empty. Fill it in.`,
  BENEFIT_MEASURE_NOT_ON_SHEET: (p) =>
    `Benefit ${text(p, "b")} on the sheet «${text(p, "sheet")}» belongs to measure ${text(p, "m")}, which is not in the «Tiltak» section of the same sheet. Correct the measure id.`,
  SHEET_SECTION_MISSING: (p) =>
    `The sheet «${text(p, "sheet")}» lacks the section «${text(p, "section")}». Run «Oppdater gevinstark» (update sheets) to put it back.`,
  SHEET_COLUMN_MISSING: (p) =>
    `The column «${text(p, "column")}» in the section «${text(p, "section")}» on the sheet «${text(p, "sheet")}» is missing. Run «Oppdater gevinstark» (update sheets).`,
  MEASURE_DEEP_DIVE_NOT_FOUND: (p) =>
    `Measure ${text(p, "m")} refers to deep-dive ${text(p, "deepDive")}, which does not exist. It is placed on the sheet «${text(p, "sheet")}»; add the deep-dive or correct the measure.`,
  SHEET_NO_BUDGET_YEAR: (p) =>
    `The budget year is missing on the sheet «${text(p, "sheet")}». Write the budget year (for example 2027).`,
  IMPORT_OTHER_BUDGET_YEAR: (p) =>
    `The portfolio is for budget year ${text(p, "year")}, but the Gevinst sheets were for ${text(p, "sheetsYear")}. The sheets are updated to ${text(p, "year")}.`,
  BUDGET_SHEET_RENAMED: (p) =>
    `The budget sheet «${text(p, "from")}» is now called «${text(p, "to")}»; Gevinst reads the new name. Confirm the mapping to save it.`,
  BUDGET_NO_LINES: () => "The budget has no lines any more. Connect the budget again.",
  TEXT_TOO_LONG: (p) =>
    `The text is ${Number(p.length).toLocaleString("en-GB")} characters; an Excel cell holds at most 32 767. Only the first 32 767 characters are written: shorten the text in the portfolio.`,
  EDIT_NAME_MISSING: (p) => `${NAME_OF[text(p, "kind")] ?? "The name"} is missing. Enter a name.`,
  EDIT_MEASURE_NOT_FOUND: (p) => `Measure ${text(p, "id")} was not found. Refresh and try again.`,
  EDIT_BENEFIT_NOT_FOUND: (p) => `Benefit ${text(p, "id")} was not found. Refresh and try again.`,
  EDIT_INDICATOR_NOT_FOUND: (p) =>
    `Indicator ${text(p, "id")} was not found. Refresh and try again.`,
  EDIT_DEEP_DIVE_NOT_FOUND: (p) =>
    `Deep-dive ${text(p, "id")} was not found. Refresh and try again.`,
  EDIT_DEEP_DIVE_EXISTS: (p) =>
    `There is already a deep-dive called «${text(p, "name")}». Choose another name.`,
  EDIT_ANNUAL_NOT_NUMBER: () => "The annual effect must be a number. Write for example 250000.",
  EDIT_SHARE_RANGE: () => "Each share must be between 0 and 100 %.",
  EDIT_SHARES_NOT_100: () => "The shares must add up to 100 %. Adjust the shares and try again.",
  EDIT_SAME_LINE_TWICE: () => "The same budget line is chosen twice. Remove one of them.",
  EDIT_FOLLOW_UP_NUMBER: (p) => `The amount for ${text(p, "period")} must be a number.`,
  EDIT_FOLLOW_UP_PERIOD: (p) =>
    `${text(p, "period")} is not a period of the follow-up. Use the periods set under Settings.`,
  EDIT_AREA_GROUPING_HAS_TARGETS: () =>
    "The budget areas have savings targets. Remove the targets before grouping the budget another way, so no target ends up on the wrong area.",
  EDIT_AREA_NOT_CHOSEN: () => "Choose a budget area first.",
  EDIT_AREA_TARGET_NUMBER: (p) => `The target for ${text(p, "year")} must be a number.`,
  EDIT_FRACTION_RANGE: (p) =>
    `${FRACTION_OF[text(p, "field")] ?? text(p, "field")} must be between 0 and 100 %.`,
  EDIT_DATE_FORMAT: () => "Write the date as yyyy-mm-dd, for example 2027-03-31.",
  EDIT_MEASUREMENT_NOT_NUMBER: () => "The measured value must be a number.",
  EDIT_NO_SHEETS: () => "The Gevinst sheets do not exist yet. Create them first.",
  EDIT_APPROVER_ROLE: () =>
    "Choose whether you approve as finance director (økonomisjef) or chief executive (kommunedirektør).",
  EDIT_DOCUMENT_NOT_FOUND: (p) => `The A3 document ${text(p, "document")} was not found.`,
  EDIT_DOCUMENT_VERSION: (p) =>
    `Choose a version of «${text(p, "title")}»: ${text(p, "versions")}.`,
  READ_TOO_LARGE: () =>
    "The budget is too large to read in this version of Excel. Choose the budget sheet alone, or remove empty rows and columns below and to the right of the budget.",
  SHEET_NOT_FOUND_NAMED: (p) => `The sheet «${text(p, "sheet")}» was not found.`,
  SHEET_NAME_EMPTY: () => "A sheet name cannot be empty.",
  SHEET_NAME_TOO_LONG: (p) =>
    `The sheet name «${text(p, "name")}» is longer than ${text(p, "max")} characters.`,
  SHEET_NAME_FORBIDDEN_CHARACTER: (p) =>
    `The sheet name «${text(p, "name")}» contains one of the characters [ ] : * ? / \\ that Excel does not allow.`,
  SHEET_NAME_APOSTROPHE: (p) =>
    `The sheet name «${text(p, "name")}» cannot begin or end with an apostrophe.`,
  SHEET_NAME_TAKEN: (p) => `There is already a sheet called «${text(p, "name")}».`,
  SHEET_NAME_RESERVED: (p) => `«${text(p, "name")}» is a reserved sheet name in Excel.`,
  SHEET_PROTECTED_NAMED: (p) => `The sheet «${text(p, "sheet")}» is protected.`,
  API_MISSING_FOR: (p) => `Missing for: ${text(p, "change")}.`,
  NAME_NOT_ABSOLUTE_RANGE: (p) =>
    `The name ${text(p, "name")} must refer to a cell range with absolute references (${text(p, "refersTo")}).`,
  WORKBOOK_NAME_EXISTS: () => "A sheet or name with the same name already exists.",
  SHEET_TOO_MANY_CELLS: (p) =>
    `The sheet «${text(p, "sheet")}» has more than ${text(p, "limit")} cells with content, too many for the command line. Move the budget to a smaller workbook, or use the add-in in Excel.`,
  WORKBOOK_STRUCTURE_LOCKED: () =>
    "The workbook structure is protected, so Gevinst cannot add or change sheets. Unprotect it in Excel (Review → Protect Workbook) and try again.",
  WORKBOOK_PASSWORD: () =>
    "A Gevinst sheet is protected with a password, so Gevinst cannot unprotect and update it. Unprotect the sheet with the password (Review → Unprotect Sheet) and try again; Gevinst protects it again without a password.",
  WORKBOOK_ACCESS_DENIED: () =>
    "Excel refused to let Gevinst change the workbook. The sheet or workbook may be protected, or the workbook is open read-only or in view mode. Unprotect it or choose Edit Workbook, and try again.",
  WORKBOOK_PARTLY_WRITTEN: () =>
    "Gevinst had written part of the changes before the error, so the Gevinst sheets are only partly updated. Fix the problem and run the same again to complete them.",
  WORKBOOK_ERROR: (p) => workbookError(WORKBOOK_ERRORS, p),
  SHEET_TOO_LARGE: (p) =>
    `The sheet «${text(p, "sheet")}» is larger than Excel allows (${text(p, "rows")} rows × ${text(p, "cols")} columns) and cannot be read as a budget.`,
  NO_BUDGET_SHEETS: () => "The workbook has no sheet with a budget Gevinst can read.",
  SHEET_NOT_IN_WORKBOOK: (p) => `There is no sheet «${text(p, "sheet")}» in the workbook.`,
  BUDGET_NOT_DETECTED: (p) => {
    const where = p.sheet === undefined ? "in the workbook" : `on the sheet «${text(p, "sheet")}»`;
    const base =
      `No budget was found ${where}. Gevinst looks for a header row with at least one key column ` +
      `– ansvar (or avdeling), art (account), funksjon (service), tjenesteområde (service area) or prosjekt – and an ` +
      `amount column for the budget year.`;
    if (p.nearSheet === undefined) return base;
    const sheet = `the sheet «${text(p, "nearSheet")}»`;
    const place =
      p.nearTable === undefined ? sheet : `the table «${text(p, "nearTable")}» on ${sheet}`;
    const lacks = sayLacks(p, "nearMissing", LACKS, "and");
    return `${base} The nearest was ${place}, header in row ${text(p, "nearRow")}, but ${lacks === "" ? "something there is missing" : `it lacks ${lacks}`}.`;
  },
  NOT_CONNECTED: () => "The budget is not connected yet. Choose «Connect budget».",
  MAPPING_SHEET_GONE: (p) =>
    `The budget sheet «${text(p, "sheet")}» no longer exists. Connect the budget again.`,
  MAPPING_TABLE_GONE: (p) =>
    `The table «${text(p, "table")}» on the sheet «${text(p, "sheet")}» no longer exists; Gevinst reads the sheet as a range.`,
  MAPPING_HEADER_LOST: (p) =>
    `The budget header on the sheet «${text(p, "sheet")}» is gone (row ${text(p, "row")} has changed). Connect the budget again.`,
  MAPPING_MOVED: (p) => {
    const row =
      text(p, "from") === text(p, "to")
        ? `The columns on the sheet «${text(p, "sheet")}» have moved`
        : `The header on the sheet «${text(p, "sheet")}» has moved from row ${text(p, "from")} to row ${text(p, "to")}`;
    const moves = columnMoves(p, (n) => `plan year ${n}`);
    return `${row}${moves === "" ? "" : ` (${moves})`}. Gevinst reads the new position; confirm the mapping again.`;
  },
  ROLL_ALREADY_THERE: (p) =>
    `The portfolio is already for budget year ${text(p, "year")}; it cannot be moved to ${text(p, "target")}. Use the workbook from the old budget year.`,
  ROLL_ONE_YEAR: (p) =>
    `The portfolio is for ${text(p, "year")} and moves one year at a time, to ${text(p, "next")} — not to ${text(p, "target")}. Move it one year, and then one more.`,
  ROLL_ALREADY_ROLLED: (p) =>
    `The portfolio is already moved to budget year ${text(p, "year")} in this workbook; nothing was changed.`,
  PRIORITY_ALREADY_CLOSED: () =>
    "The gap is closed in every year by the measures already prioritised; no more measures are needed.",
  PRIORITY_CLOSES_GAP: (p) =>
    `The proposal closes the gap in every year with ${text(p, "count")} ${Number(p.count) === 1 ? "measure" : "measures"}: ${text(p, "ids")}.`,
  PRIORITY_GAP_OPEN: (p) =>
    `The gap is not closed in ${yearGaps(p, (year, gap) => `${year} (${gap} short)`)}; ` +
    "no other proposed measure helps. Find new measures, or reconsider the savings target.",
  CANDIDATE_AT: (p) => capitalised(place(p, PLACE)),
  BUDGET_FOUND_AT: (p) => `Found the budget in ${place(p, PLACE)}.`,
  BUDGET_KEY_COLUMNS: (p) =>
    `Key columns: ${pairs(p, "columns")
      .map(([d, c]) => `${dimensionWord(d)} in ${c}`)
      .join(", ")}.`,
  BUDGET_NO_PROSJEKT: () => "The budget has no prosjekt column; links ignore prosjekt.",
  BUDGET_NAME_COLUMNS: (p) =>
    `Name columns: ${pairs(p, "columns")
      .map(([d, c]) => `${dimensionWord(d)} in ${c}`)
      .join(", ")}.`,
  BUDGET_PLAN_YEARS: (p) =>
    `Budget year ${text(p, "year")}; the plan years ${text(p, "year")}–${text(p, "last")} are in ${text(p, "columns")}.`,
  BUDGET_OWN_YEARS: (p) =>
    `Budget year ${text(p, "year")}: ${pairs(p, "columns")
      .map(([y, c]) => `${y} in ${c}`)
      .join(", ")}.`,
  BUDGET_CARRIED_YEARS: (p) =>
    `Carried forward (no column of their own, the same amount as ${text(p, "year")}): ${text(p, "years")}.`,
  BUDGET_REFERENCE_COLUMNS: (p) => `For reference (never changed): ${text(p, "headers")}.`,
  BUDGET_IN_THOUSANDS: () => "The amounts are in 1,000 kr; Gevinst converts them to kroner.",
  BUDGET_IN_KRONER: () => "The amounts are in whole kroner.",
  BUDGET_LINE_COUNT: (p) => {
    const lines = `${Number(p.lines).toLocaleString("en-GB")} budget lines`;
    const parts = pairs(p, "skipped").map(([kind, n]) => `${n} × ${SKIPPED[kind] ?? kind}`);
    return parts.length === 0 ? `${lines}.` : `${lines}; skipped ${parts.join(", ")}.`;
  },
  BUDGET_MERGED_SHEETS: (p) =>
    `Merged ${text(p, "count")} sheets with the same headers: ${text(p, "sheets")}.`,
  BUDGET_DUPLICATE_SHEET: (p) =>
    `The sheet «${text(p, "sheet")}» has the same lines as a chosen sheet and is left out.`,
  BUDGET_MERGED_ROWS: (p) =>
    `${Number(p.count).toLocaleString("en-GB")} rows have the same key as another row (split by, for example, a free dimension) and are added to it.`,
  BUDGET_ALSO_POSSIBLE: (p) =>
    `Also possible: ${place(p, PLACE)} (${Number(p.lines).toLocaleString("en-GB")} lines, a lower score).`,
  // What the candidate lacks is bokmål detection text, so it is left out here.
  BUDGET_NOT_CHOSEN: (p) =>
    `Not chosen: ${place(p, PLACE)} lacks ${sayLacks(p, "missing", LACKS, "and") || "something a budget needs"}.`,
  SKIPPED_ROW: (p) => capitalised(SKIPPED[text(p, "rowKind")] ?? text(p, "rowKind")),
  MAPPING_LACKS: (p) => `The connection lacks ${sayLacks(p, "missing", LACKS, "and")}.`,
  MAPPING_NO_AMOUNT_COLUMN: (p) =>
    p.year === undefined
      ? "Choose at least one amount column with a year (the budget year)."
      : `Choose the column with the amounts for the budget year ${text(p, "year")}.`,
  COLUMNS_NOT_NAME_IS_COLUMN: (p) =>
    `«${text(p, "part")}» is not of the form name=COLUMN (for example art=B or 2013=J).`,
  COLUMNS_UNKNOWN_NAME: (p) =>
    `«${text(p, "name")}» is not ansvar, art, funksjon, prosjekt, tjenesteomrade or a year.`,
  MAPPING_NO_LINES: (p) =>
    `No budget lines were found under row ${text(p, "row")} on the sheet «${text(p, "sheet")}» with these columns.`,
  CONFIG_UPGRADED: (p) =>
    `The settings in ${text(p, "sheet")} were saved by an older version of Gevinst (version ${text(p, "version")}) and have been upgraded.`,
  CONNECTION_NOT_REBUILT: (p) =>
    `The connection to the budget in ${text(p, "sheet")} is missing or damaged, and Gevinst did not find the budget again: ${inner(p)} Choose «Connect budget».`,
  CONNECTION_REBUILT: (p) =>
    `The connection to the budget in ${text(p, "sheet")} was missing or damaged. Gevinst found the budget again${p.budgetSheet === undefined ? "" : ` on the sheet «${text(p, "budgetSheet")}»`} (budget year ${text(p, "year")}); check the connection under «Connect budget».`,
};

export const en: MessageCatalogue<MessageKey> = {
  messages: EN_MESSAGES,
  workbookErrors: WORKBOOK_ERRORS,
};
