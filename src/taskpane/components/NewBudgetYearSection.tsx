import { messageText } from "../../app/messages";
import { ROLL_WORDS, rollReportText } from "../../app/messages/roll-report";
import { Button, Text, makeStyles } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { rollBudgetYear } from "../../app/roll-budget-year";
import type { BudgetLookup } from "../../core/calculation";
import { readPortfolioJson } from "../../core/portfolio-json";
import { useAction } from "../hooks/useAction";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

const useStyles = makeStyles({ hidden: { display: "none" } });

export type NewBudgetYearSectionProps = {
  /** The new budget, connected in this workbook; the button waits for it. */
  budget?: { year: number; index: BudgetLookup } | undefined;
};

/**
 * Budsjettansvarlig, once a year (spec §12): «Nytt budsjettår» on the new budget workbook. Reads
 * last year's portfolio file (exported from last year's workbook), moves it one year and writes
 * it here; says what moved, what was archived and what needs a decision.
 */
export function NewBudgetYearSection({ budget }: NewBudgetYearSectionProps) {
  const strings = useStrings().newBudgetYear;
  const common = useStrings().common;
  const language = useStrings().messageLanguage;
  const styles = useStyles();
  const { port, now, user } = useServices();
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const roll = (file: File) =>
    void action.run("roll", async () => {
      if (!budget) return null;
      const { portfolio, issues } = readPortfolioJson(await file.text(), { validate: false });
      if (!portfolio)
        return {
          intent: "error",
          title: strings.badFile,
          lines: issues.slice(0, 5).map((i) => messageText(i, language)),
        };
      const outcome = await rollBudgetYear(
        port,
        { portfolio, log: [], name: file.name },
        { now: now(), user, budgetYear: budget.year, budget: budget.index },
      );
      if (outcome.status === "refused")
        return {
          intent: "warning",
          title: strings.refused,
          lines: [messageText(outcome, language)],
        };
      const text = rollReportText(outcome.report, ROLL_WORDS[language]);
      return {
        intent:
          outcome.report.lostLinks.length > 0 || outcome.report.missingSavingsTarget
            ? "warning"
            : "success",
        title: common.doneTitle,
        lines: [
          strings.moved,
          ...text.moved,
          strings.archived,
          ...text.archived,
          strings.decisions,
          ...text.decisions,
        ],
      };
    });

  return (
    <Section title={strings.heading}>
      <Text>{budget ? strings.intro(budget.year) : strings.needsBudget}</Text>
      <input
        id={inputId}
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".json,application/json"
        aria-label={strings.choose}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) roll(file);
        }}
      />
      <div>
        <Button
          size="small"
          disabled={!budget || action.running !== null}
          onClick={() => input.current?.click()}
        >
          {strings.choose}
        </Button>
      </div>
      <OutcomeBar action={action} />
    </Section>
  );
}
