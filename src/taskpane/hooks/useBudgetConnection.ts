import { useMemo, useState } from "react";
import { confirmBudgetMapping, connectBudget, type BudgetProposal } from "../../app/connect-budget";
import { previewMapping, type MappingPreview } from "../../core/budget/budget-lines";
import type { BudgetMapping } from "../../core/budget/budget.types";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { useAction, type ActionState } from "./useAction";

export type BudgetConnection = {
  action: ActionState;
  proposal: BudgetProposal | null;
  draft: BudgetMapping | null;
  preview: MappingPreview | null;
  connect: () => void;
  setDraft: (mapping: BudgetMapping) => void;
  confirm: () => void;
  cancel: () => void;
};

/**
 * «Koble til budsjett»: detect, let the user change the proposal field by field (every change is
 * previewed on the grids already read, without reading the workbook again), then «Bekreft».
 */
export function useBudgetConnection(onConfirmed: () => void): BudgetConnection {
  const { port } = useServices();
  const strings = useStrings();
  const action = useAction();
  const [proposal, setProposal] = useState<BudgetProposal | null>(null);
  const [draft, setDraft] = useState<BudgetMapping | null>(null);

  const preview = useMemo(
    () => (proposal && draft ? previewMapping(draft, proposal.grids, 5) : null),
    [proposal, draft],
  );

  const connect = () =>
    void action.run("connect", async () => {
      const result = await connectBudget(port);
      if (result.status === "error")
        return { intent: "error", title: strings.common.errorTitle, lines: [result.message] };
      if (result.status === "not-found")
        return { intent: "warning", title: strings.budget.notFoundTitle, lines: [result.message] };
      setProposal(result);
      setDraft(result.mapping);
      return { intent: "info", title: strings.budget.proposal, lines: result.explanation };
    });

  const confirm = () =>
    void action.run("confirm", async () => {
      if (!draft) return { intent: "error", title: strings.common.errorTitle };
      await confirmBudgetMapping(port, draft);
      const lines = preview?.lineCount ?? 0;
      setProposal(null);
      setDraft(null);
      onConfirmed();
      return {
        intent: "success",
        title: strings.common.doneTitle,
        lines: [strings.budget.confirmed(lines)],
      };
    });

  const cancel = () => {
    setProposal(null);
    setDraft(null);
    action.dismiss();
  };

  return { action, proposal, draft, preview, connect, setDraft, confirm, cancel };
}
