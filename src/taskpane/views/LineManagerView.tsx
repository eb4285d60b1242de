import { Button, Caption1, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import type { Portfolio } from "../../core/model/portfolio.types";
import { ChoiceField } from "../components/ChoiceField";
import { BenefitList } from "../components/edit/BenefitList";
import { MeasureList } from "../components/edit/MeasureList";
import { FollowUpSection } from "../components/FollowUpSection";
import { IssueList } from "../components/IssueList";
import { OutcomeBar } from "../components/OutcomeBar";
import { Section } from "../components/Section";
import { useLineManager } from "../hooks/useLineManager";
import { usePortfolioEdit } from "../hooks/usePortfolioEdit";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * The measures `me` answers for: those in a deep-dive `me` leads, and those `me` owns. The rest of
 * the portfolio stays as it is; edits are applied to the whole portfolio read from the sheets.
 */
function myPortfolio(portfolio: Portfolio, me: string): Portfolio {
  const mine = (owner: string | undefined) => (owner ?? "").trim() === me;
  const myDeepDives = new Set(portfolio.deepDives.filter((d) => mine(d.owner)).map((d) => d.id));
  return {
    ...portfolio,
    measures: portfolio.measures.filter(
      (m) => mine(m.owner) || (m.deepDive !== undefined && myDeepDives.has(m.deepDive)),
    ),
  };
}

/** Linjeleder: «Mine ark», and the own measures and benefits to edit from the pane. */
export function LineManagerView() {
  const strings = useStrings();
  const styles = useStyles();
  const state = useLineManager();
  // Edits go through the sheets, as the budget officer's do; the list re-reads them afterwards.
  const editor = usePortfolioEdit();
  if (!state.data)
    return state.error ? (
      <Text>{state.error}</Text>
    ) : (
      <Spinner size="small" label={strings.common.loading} />
    );
  if (state.data.sheets.length === 0) return <Text>{strings.common.sheetsMissing}</Text>;
  if (!state.me)
    return (
      <Section title={strings.lineManager.whoAreYou}>
        <Text size={200}>{strings.lineManager.whoHint}</Text>
        {state.owners.length === 0 ? (
          <Text>{strings.lineManager.noOwners}</Text>
        ) : (
          <ChoiceField
            label={strings.lineManager.whoAreYou}
            choices={state.owners.map((o) => ({ value: o, text: o }))}
            value={undefined}
            placeholder={strings.common.choose}
            onChange={state.setMe}
          />
        )}
      </Section>
    );
  const issues = state.sheets.flatMap((s) => s.issues);
  return (
    <>
      <div className={styles.row}>
        <Text weight="semibold">{state.me}</Text>
        <Button size="small" appearance="subtle" onClick={() => state.setMe(null)}>
          {strings.lineManager.change}
        </Button>
      </div>
      <Section title={strings.lineManager.heading}>
        {state.sheets.length === 0 ? <Text>{strings.lineManager.noSheets}</Text> : null}
        <ul className={styles.list}>
          {state.sheets.map((s) => (
            <li key={s.sheet} className={styles.sheet}>
              <div className={styles.row}>
                <Text weight="semibold">{s.name}</Text>
                <Button
                  size="small"
                  disabled={state.action.running !== null}
                  aria-label={strings.common.goToSheet(s.sheet)}
                  onClick={() => state.goTo(s.sheet)}
                >
                  {strings.common.openSheet}
                </Button>
              </div>
              <Caption1>{strings.lineManager.missing(s.issues.length)}</Caption1>
            </li>
          ))}
        </ul>
      </Section>
      <MeasureList portfolio={myPortfolio(state.data.portfolio, state.me)} editor={editor} />
      <BenefitList portfolio={myPortfolio(state.data.portfolio, state.me)} editor={editor} />
      <FollowUpSection portfolio={myPortfolio(state.data.portfolio, state.me)} editor={editor} />
      <Section title={strings.lineManager.issuesHeading}>
        <IssueList issues={issues} busy={state.action.running !== null} onGoTo={state.goTo} />
      </Section>
      <OutcomeBar action={state.action} />
    </>
  );
}
