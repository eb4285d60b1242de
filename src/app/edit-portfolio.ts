/**
 * Small edits on a portfolio for the task pane's budget-officer view: add or rename a deep-dive and
 * assign its line manager, add a measure, add a benefit, set a benefit's budget links. Each edit is
 * pure (a new portfolio, the old one untouched) and refuses what the model cannot hold with a
 * Norwegian message. `applyPortfolioEdit` runs one through the workbook: read the sheets, edit,
 * import — so the sheets stay the source of truth and every input cell people typed survives.
 */
import type { BudgetMapping } from "../core/budget/budget.types";
import type { BudgetLookup } from "../core/calculation";
import { keyId } from "../core/calculation/budget-key";
import type {
  Benefit,
  BenefitType,
  BudgetEffect,
  BudgetLink,
  Measure,
  Portfolio,
} from "../core/model/portfolio.types";
import type { MessageParams } from "../core/model/issue.types";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { importPortfolio } from "./import-portfolio";
import type { MessageKey } from "./messages";
import { readPortfolio } from "./read-portfolio";
import type { ActionContext, SheetsResult } from "./set-up-sheets";

/**
 * A refused edit: a catalogue key and params the pane renders in its language; `message` is the
 * bokmål text from the same catalogue (for logs and callers without a language).
 */
export class EditError extends Error {
  readonly isEditError = true;
  readonly key: MessageKey;
  readonly params: MessageParams;
  constructor(key: MessageKey, params: MessageParams = {}) {
    // The text is made where it is shown, in the pane's language; this is for logs only.
    super(key);
    this.name = "EditError";
    this.key = key;
    this.params = params;
    Object.setPrototypeOf(this, EditError.prototype);
  }
}

/** Whose name `required` asks for (the catalogues name each in their language). */
export type NameKind = "deepDive" | "measure" | "benefit" | "indicator" | "approver";

export function isEditError(error: unknown): error is EditError {
  return typeof error === "object" && error !== null && "isEditError" in error;
}

/** Shares must sum to 1 within this (spec §4 says ±1e-9; the pane rounds percentages to 0.01). */
export const SHARE_TOLERANCE = 1e-6;

/** The next free id with this prefix: «DD» + [DD1, DD3] → «DD4». */
export function nextId(prefix: string, taken: readonly string[]): string {
  let highest = 0;
  for (const id of taken) {
    const match = new RegExp(`^${prefix}(\\d+)$`).exec(id);
    if (match?.[1]) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}${highest + 1}`;
}

/** `text` trimmed. @throws EditError saying the name of `kind` is missing when it is blank. */
export function required(text: string, kind: NameKind): string {
  const trimmed = text.trim();
  if (trimmed === "") throw new EditError("EDIT_NAME_MISSING", { kind });
  return trimmed;
}

function findMeasure(portfolio: Portfolio, measureId: string): Measure {
  const measure = portfolio.measures.find((m) => m.id === measureId);
  if (!measure) throw new EditError("EDIT_MEASURE_NOT_FOUND", { id: measureId });
  return measure;
}

function withMeasure(
  portfolio: Portfolio,
  measureId: string,
  edit: (m: Measure) => Measure,
): Portfolio {
  findMeasure(portfolio, measureId);
  return {
    ...portfolio,
    measures: portfolio.measures.map((m) => (m.id === measureId ? edit(m) : m)),
  };
}

export type Edited = { portfolio: Portfolio; id: string };

/** Adds a deep-dive (id DD1, DD2, …) with its line manager. */
export function addDeepDive(portfolio: Portfolio, input: { name: string; owner?: string }): Edited {
  const name = required(input.name, "deepDive");
  if (portfolio.deepDives.some((d) => d.name.trim().toLowerCase() === name.toLowerCase()))
    throw new EditError("EDIT_DEEP_DIVE_EXISTS", { name });
  const id = nextId(
    "DD",
    portfolio.deepDives.map((d) => d.id),
  );
  const owner = input.owner?.trim();
  const deepDive = { id, name, ...(owner ? { owner } : {}) };
  return { portfolio: { ...portfolio, deepDives: [...portfolio.deepDives, deepDive] }, id };
}

/** Renames a deep-dive and sets its line manager (blank owner removes it). */
export function updateDeepDive(
  portfolio: Portfolio,
  id: string,
  input: { name: string; owner?: string },
): Portfolio {
  const name = required(input.name, "deepDive");
  if (!portfolio.deepDives.some((d) => d.id === id))
    throw new EditError("EDIT_DEEP_DIVE_NOT_FOUND", { id });
  if (
    portfolio.deepDives.some(
      (d) => d.id !== id && d.name.trim().toLowerCase() === name.toLowerCase(),
    )
  )
    throw new EditError("EDIT_DEEP_DIVE_EXISTS", { name });
  const owner = input.owner?.trim();
  return {
    ...portfolio,
    deepDives: portfolio.deepDives.map((d) => {
      if (d.id !== id) return d;
      const next = { ...d, name };
      delete next.owner;
      return owner ? { ...next, owner } : next;
    }),
  };
}

/** Adds a measure (id T1, T2, …), status «foreslatt», without costs or benefits. */
export function addMeasure(
  portfolio: Portfolio,
  input: { name: string; deepDive?: string; owner?: string },
): Edited {
  const name = required(input.name, "measure");
  if (input.deepDive && !portfolio.deepDives.some((d) => d.id === input.deepDive))
    throw new EditError("EDIT_DEEP_DIVE_NOT_FOUND", { id: input.deepDive });
  const id = nextId(
    "T",
    portfolio.measures.map((m) => m.id),
  );
  const owner = input.owner?.trim();
  const measure: Measure = {
    id,
    name,
    ...(input.deepDive ? { deepDive: input.deepDive } : {}),
    ...(owner ? { owner } : {}),
    status: "foreslatt",
    costs: { oneTime: {}, running: {} },
    benefits: [],
  };
  return { portfolio: { ...portfolio, measures: [...portfolio.measures, measure] }, id };
}

export type BenefitInput = {
  name: string;
  type: BenefitType;
  /** Kroner per year (kostnad/inntekt), hours per year (tid), 0 for kvalitet. */
  annual: number;
  budgetEffect: BudgetEffect;
};

/** Adds a benefit to a measure (id «T1-G1», «T1-G2», …), with no links yet. */
export function addBenefit(portfolio: Portfolio, measureId: string, input: BenefitInput): Edited {
  const name = required(input.name, "benefit");
  if (!Number.isFinite(input.annual)) throw new EditError("EDIT_ANNUAL_NOT_NUMBER");
  const measure = findMeasure(portfolio, measureId);
  const id = nextId(
    `${measureId}-G`,
    measure.benefits.map((b) => b.id),
  );
  const benefit: Benefit = {
    id,
    name,
    type: input.type,
    annual: input.type === "kvalitet" ? 0 : input.annual,
    budgetEffect: input.type === "kvalitet" ? "ingen" : input.budgetEffect,
    links: [],
    indicators: [],
  };
  const edited = withMeasure(portfolio, measureId, (m) => ({
    ...m,
    benefits: [...m.benefits, benefit],
  }));
  return { portfolio: edited, id };
}

/** Σ shares of a list of links (fractions). */
export function shareSum(links: readonly Pick<BudgetLink, "share">[]): number {
  return links.reduce((sum, link) => sum + link.share, 0);
}

/**
 * Replaces a benefit's budget links. An empty list removes them; otherwise the shares must each be
 * in (0, 1] and sum to 1, and no line may appear twice.
 */
export function setBenefitLinks(
  portfolio: Portfolio,
  measureId: string,
  benefitId: string,
  links: readonly BudgetLink[],
): Portfolio {
  const measure = findMeasure(portfolio, measureId);
  if (!measure.benefits.some((b) => b.id === benefitId))
    throw new EditError("EDIT_BENEFIT_NOT_FOUND", { id: benefitId });
  if (links.some((l) => !(l.share > 0 && l.share <= 1))) throw new EditError("EDIT_SHARE_RANGE");
  if (links.length > 0 && Math.abs(shareSum(links) - 1) > SHARE_TOLERANCE)
    throw new EditError("EDIT_SHARES_NOT_100");
  const keys = links.map(keyId);
  if (new Set(keys).size !== keys.length) throw new EditError("EDIT_SAME_LINE_TWICE");
  const cleaned = links.map((l) => ({ ...l, share: l.share }));
  return withMeasure(portfolio, measureId, (m) => ({
    ...m,
    benefits: m.benefits.map((b) => (b.id === benefitId ? { ...b, links: cleaned } : b)),
  }));
}

/**
 * Reads the portfolio from the sheets, applies `edit`, and writes it back with importPortfolio.
 * @throws EditError when the edit is refused; WorkbookError when the host refuses the write.
 */
export async function applyPortfolioEdit(
  port: WorkbookPort,
  edit: (portfolio: Portfolio) => Portfolio,
  options: ActionContext & {
    mapping?: BudgetMapping;
    budget?: BudgetLookup;
    /** What the edit did, for the log («La til tiltak T3 «Navn»»); said in the pane's outcome too. */
    description?: string;
  },
): Promise<SheetsResult> {
  const { portfolio } = await readPortfolio(port);
  const edited = edit(portfolio);
  const { description, ...rest } = options;
  return importPortfolio(port, edited, {
    ...rest,
    replace: true,
    log: {
      what: description ?? "Endret i oppgaveruten",
      before: `${portfolio.measures.length} tiltak`,
      after: `${edited.measures.length} tiltak`,
    },
  });
}
