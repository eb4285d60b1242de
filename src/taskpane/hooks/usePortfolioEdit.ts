import { applyPortfolioEdit } from "../../app/edit-portfolio";
import { messageText, type MessageLanguage } from "../../app/messages";
import type { SheetsResult } from "../../app/set-up-sheets";
import type { BudgetLookup } from "../../core/calculation";
import type { Portfolio } from "../../core/model/portfolio.types";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { useAction, type ActionState, type Outcome } from "./useAction";

export type PortfolioEdit = {
  action: ActionState;
  /** Applies `edit` through the sheets; `done` is the success sentence. */
  edit: (key: string, edit: (p: Portfolio) => Portfolio, done: string, after?: () => void) => void;
};

/** The outcome of a write: success, or success with the issues it found. */
export function sheetsOutcome(
  result: SheetsResult,
  done: string,
  titles: { done: string; warning: string },
  language: MessageLanguage,
): Outcome {
  const errors = result.issues.filter((i) => i.severity === "error");
  if (errors.length === 0) return { intent: "success", title: titles.done, lines: [done] };
  return {
    intent: "warning",
    title: titles.warning,
    lines: [done, ...errors.slice(0, 3).map((i) => messageText(i, language))],
  };
}

/**
 * Portfolio edits (deep-dives, measures, benefits, links) as actions with progress and outcome.
 * `budget`, when connected, lets the sheets store each linked line's budget row (faster recalc).
 */
export function usePortfolioEdit(budget?: BudgetLookup): PortfolioEdit {
  const { port, now, user } = useServices();
  const strings = useStrings();
  const action = useAction();
  const edit: PortfolioEdit["edit"] = (key, change, done, after) =>
    void action.run(key, async () => {
      const result = await applyPortfolioEdit(port, change, {
        now: now(),
        user,
        ...(budget ? { budget } : {}),
        // The log line says what the pane said it did, not «Importerte portefølje».
        description: done,
      });
      after?.();
      return sheetsOutcome(
        result,
        done,
        {
          done: strings.common.doneTitle,
          warning: strings.common.warningTitle,
        },
        strings.messageLanguage,
      );
    });
  return { action, edit };
}
