import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { setSavingsTarget } from "../../../app/edit-details";
import { planYearsOf, type Portfolio } from "../../../core/model/portfolio.types";
import type { PortfolioEdit } from "../../hooks/usePortfolioEdit";
import { useStrings } from "../../strings";
import { ActionButton } from "../ActionButton";
import { OutcomeBar } from "../OutcomeBar";
import { Section } from "../Section";
import { YearFields, yearNumbers, yearTexts, type YearTexts } from "./YearFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export type SavingsTargetSectionProps = { portfolio: Portfolio; editor: PortfolioEdit };

/** Innsparingskrav per plan year: what the budget must be reduced by, net. */
export function SavingsTargetSection({ portfolio, editor }: SavingsTargetSectionProps) {
  const strings = useStrings();
  const styles = useStyles();
  const years = planYearsOf(portfolio.budgetYear);
  // null: untouched, so the sheets' values (which may arrive after the first render) are shown.
  const [draft, setDraft] = useState<YearTexts | null>(null);
  const texts = draft ?? yearTexts(years, portfolio.savingsTarget);
  const values = yearNumbers(texts);
  return (
    <Section title={strings.edit.targetHeading}>
      <div className={styles.form}>
        <Text size={200}>{strings.edit.targetHint}</Text>
        <YearFields
          legend={strings.edit.targetLegend}
          years={years}
          values={texts}
          onChange={setDraft}
          unit="kr"
        />
        <ActionButton
          size="small"
          action={editor.action}
          actionKey="target"
          disabled={values === null || draft === null}
          onRun={() => {
            if (values)
              editor.edit(
                "target",
                (p) => setSavingsTarget(p, values),
                strings.edit.targetSaved,
                () => setDraft(null),
              );
          }}
        >
          {strings.edit.saveTarget}
        </ActionButton>
      </div>
      <OutcomeBar action={editor.action} keys={["target"]} />
    </Section>
  );
}
