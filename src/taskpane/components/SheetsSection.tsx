import { makeStyles, Text, tokens } from "@fluentui/react-components";
import type { LoadBudgetResult } from "../../app/connect-budget";
import { refreshGevinstSheets } from "../../app/refresh-sheets";
import { setUpGevinstSheets } from "../../app/set-up-sheets";
import { useAction } from "../hooks/useAction";
import { sheetsOutcome } from "../hooks/usePortfolioEdit";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export type SheetsSectionProps = { budget: LoadBudgetResult | undefined; hasSheets: boolean };

/** «Opprett gevinstark» and «Oppdater gevinstark». */
export function SheetsSection({ budget, hasSheets }: SheetsSectionProps) {
  const strings = useStrings();
  const styles = useStyles();
  const { port, now, user } = useServices();
  const action = useAction();
  const mapping = budget?.status === "loaded" ? budget.mapping : null;
  const index = budget?.status === "loaded" ? { budget: budget.index } : {};
  const titles = { done: strings.common.doneTitle, warning: strings.common.warningTitle };

  const create = () =>
    void action.run("create", async () => {
      if (!mapping) return { intent: "warning", title: strings.sheets.needBudget };
      const result = await setUpGevinstSheets(port, { mapping, now: now(), user });
      const done =
        result.cellsWritten === 0
          ? strings.sheets.nothingToDo
          : strings.sheets.created(result.sheetsAdded.length, result.cellsWritten);
      return sheetsOutcome(result, done, titles, strings.messageLanguage);
    });
  const refresh = () =>
    void action.run("refresh", async () => {
      const result = await refreshGevinstSheets(port, {
        ...(mapping ? { mapping } : {}),
        ...index,
        now: now(),
        user,
      });
      const done =
        result.cellsWritten === 0
          ? strings.sheets.nothingToDo
          : strings.sheets.created(result.sheetsAdded.length, result.cellsWritten);
      return sheetsOutcome(result, done, titles, strings.messageLanguage);
    });

  return (
    <Section title={strings.sheets.heading}>
      {mapping ? null : <Text>{strings.sheets.needBudget}</Text>}
      <div className={styles.buttons}>
        <ActionButton
          appearance={hasSheets ? "secondary" : "primary"}
          action={action}
          actionKey="create"
          disabled={!mapping}
          onRun={create}
        >
          {strings.sheets.create}
        </ActionButton>
        <ActionButton action={action} actionKey="refresh" disabled={!hasSheets} onRun={refresh}>
          {strings.sheets.refresh}
        </ActionButton>
      </div>
      <OutcomeBar action={action} />
    </Section>
  );
}
