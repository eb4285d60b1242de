import { useMemo, useState } from "react";
import {
  confirmBudgetMapping,
  connectBudget,
  readBudgetSheets,
  type BudgetProposal,
} from "../../app/connect-budget";
import { messageText } from "../../app/messages";
import { previewMapping, type MappingPreview } from "../../core/budget/budget-lines";
import type { BudgetMapping } from "../../core/budget/budget.types";
import type { ManualProblem } from "../../core/budget/manual-mapping";
import type { MessageRef } from "../../core/model/issue.types";
import type { SheetGrid } from "../../core/workbook/workbook-port";
import { handChoiceFrom, handMappingOf, type HandChoice } from "../../app/hand-mapping";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { useAction, type ActionState } from "./useAction";

/** The hand mapping in progress: the sheets read once, the user's choice, what it gives. */
export type HandMapping = {
  grids: SheetGrid[];
  choice: HandChoice;
  mapping: BudgetMapping | null;
  /** Why the choice gives no budget yet, or null. */
  problem: ManualProblem | null;
};

export type BudgetConnection = {
  action: ActionState;
  proposal: BudgetProposal | null;
  draft: BudgetMapping | null;
  preview: MappingPreview | null;
  /** Set while the user maps by hand (spec §4), instead of the proposal. */
  hand: HandMapping | null;
  connect: () => void;
  setDraft: (mapping: BudgetMapping) => void;
  /** Opens the hand mapping on any sheet, starting from the proposal when there is one. */
  startHand: () => void;
  setHandChoice: (choice: HandChoice) => void;
  confirm: () => void;
  cancel: () => void;
};

/**
 * «Koble til budsjett»: detect, let the user change the proposal field by field (every change is
 * previewed on the grids already read, without reading the workbook again), or map any sheet by
 * hand when detection fails or guesses wrong, then «Bekreft» (the port's `watch` then makes the
 * views read the connected budget).
 */
export function useBudgetConnection(): BudgetConnection {
  const { port } = useServices();
  const strings = useStrings();
  /** A failure in the pane's language, from its catalogue key and params. */
  const shown = (ref: MessageRef) => messageText(ref, strings.messageLanguage);
  const action = useAction();
  const [proposal, setProposal] = useState<BudgetProposal | null>(null);
  const [draft, setDraft] = useState<BudgetMapping | null>(null);
  const [handState, setHandState] = useState<{ grids: SheetGrid[]; choice: HandChoice } | null>(
    null,
  );

  const hand = useMemo<HandMapping | null>(() => {
    if (!handState) return null;
    const result = handMappingOf(handState.grids, handState.choice);
    return "problem" in result
      ? { ...handState, mapping: null, problem: result }
      : { ...handState, mapping: result.mapping, problem: null };
  }, [handState]);

  const preview = useMemo(() => {
    if (hand) return hand.mapping ? previewMapping(hand.mapping, hand.grids, 5) : null;
    return proposal && draft ? previewMapping(draft, proposal.grids, 5) : null;
  }, [proposal, draft, hand]);

  const connect = () =>
    void action.run("connect", async () => {
      setHandState(null);
      const result = await connectBudget(port);
      if (result.status === "error")
        return { intent: "error", title: strings.common.errorTitle, lines: [shown(result)] };
      if (result.status === "not-found") {
        return { intent: "warning", title: strings.budget.notFoundTitle, lines: [shown(result)] };
      }
      setProposal(result);
      setDraft(result.mapping);
      return {
        intent: "info",
        title: strings.budget.proposal,
        lines: result.explanation.map(shown),
      };
    });

  const startHand = () =>
    void action.run("hand", async () => {
      let grids = proposal?.grids;
      if (!grids) {
        const read = await readBudgetSheets(port);
        if (read.status === "error")
          return { intent: "error", title: strings.common.errorTitle, lines: [shown(read)] };
        grids = read.grids;
      }
      setHandState({
        grids,
        choice: handChoiceFrom(draft, grids, new Date().getFullYear()),
      });
      return { intent: "info", title: strings.budget.handMap, lines: [strings.budget.handIntro] };
    });

  const setHandChoice = (choice: HandChoice) =>
    setHandState((state) => (state ? { ...state, choice } : state));

  const confirm = () =>
    void action.run("confirm", async () => {
      const mapping = hand ? hand.mapping : draft;
      if (!mapping) return { intent: "error", title: strings.common.errorTitle };
      await confirmBudgetMapping(port, mapping);
      const lines = preview?.lineCount ?? 0;
      setProposal(null);
      setDraft(null);
      setHandState(null);
      return {
        intent: "success",
        title: strings.common.doneTitle,
        lines: [strings.budget.confirmed(lines)],
      };
    });

  const cancel = () => {
    setProposal(null);
    setDraft(null);
    setHandState(null);
    action.dismiss();
  };

  return {
    action,
    proposal,
    draft,
    preview,
    hand,
    connect,
    setDraft,
    startHand,
    setHandChoice,
    confirm,
    cancel,
  };
}
