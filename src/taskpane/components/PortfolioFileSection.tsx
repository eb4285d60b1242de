import { messageText } from "../../app/messages";
import type { BudgetLookup } from "../../core/calculation";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";
import { importPortfolio } from "../../app/import-portfolio";
import { readPortfolio } from "../../app/read-portfolio";
import { readPortfolioJson, writePortfolioJson } from "../../core/portfolio-json";
import { useAction } from "../hooks/useAction";
import { sheetsOutcome } from "../hooks/usePortfolioEdit";
import { download } from "../download";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hidden: { display: "none" },
});

export type PortfolioFileSectionProps = { hasSheets: boolean; budget?: BudgetLookup | undefined };

/** Import a portfolio JSON into the sheets; export the sheets as one. */
export function PortfolioFileSection({ hasSheets, budget }: PortfolioFileSectionProps) {
  const strings = useStrings();
  const styles = useStyles();
  const { port, now, user } = useServices();
  const action = useAction();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const importFile = (file: File) =>
    void action.run("import", async () => {
      const { portfolio, issues } = readPortfolioJson(await file.text(), { validate: false });
      if (!portfolio)
        return {
          intent: "error",
          title: strings.file.badFile,
          lines: issues.slice(0, 5).map((i) => messageText(i, strings.messageLanguage)),
        };
      const result = await importPortfolio(port, portfolio, {
        now: now(),
        user,
        ...(budget ? { budget } : {}),
      });
      return sheetsOutcome(
        result,
        strings.file.imported(portfolio.measures.length),
        { done: strings.common.doneTitle, warning: strings.common.warningTitle },
        strings.messageLanguage,
      );
    });
  const exportFile = () =>
    void action.run("export", async () => {
      const { portfolio } = await readPortfolio(port);
      download(
        writePortfolioJson(portfolio),
        `gevinst-portefolje-${portfolio.budgetYear}.json`,
        "application/json",
      );
      return { intent: "success", title: strings.common.doneTitle, lines: [strings.file.exported] };
    });

  return (
    <Section title={strings.file.heading}>
      <input
        id={inputId}
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".json,application/json"
        aria-label={strings.file.import}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) importFile(file);
        }}
      />
      <div className={styles.buttons}>
        <Button
          size="small"
          disabled={action.running !== null}
          onClick={() => input.current?.click()}
        >
          {strings.file.import}
        </Button>
        <ActionButton
          size="small"
          action={action}
          actionKey="export"
          disabled={!hasSheets}
          onRun={exportFile}
        >
          {strings.file.export}
        </ActionButton>
      </div>
      <OutcomeBar action={action} />
    </Section>
  );
}
