import {
  Button,
  Field,
  Input,
  makeStyles,
  SearchBox,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { BudgetLine } from "../../core/budget/budget.types";
import { formatNumber } from "../../core/money";
import type { Measure } from "../../core/model/portfolio.types";
import { useLinkEditor } from "../hooks/useLinkEditor";
import type { PortfolioEdit } from "../hooks/usePortfolioEdit";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { ChoiceField } from "./ChoiceField";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  hit: {
    justifyContent: "flex-start",
    textAlign: "left",
    width: "100%",
    fontWeight: tokens.fontWeightRegular,
  },
  chosen: {
    display: "grid",
    gridTemplateColumns: "1fr 4.5rem auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
  label: { overflowWrap: "anywhere" },
  // Fluent's SearchBox has a fixed minimum width; in a 350 px pane its clear button fell outside.
  search: { minWidth: 0, width: "100%", boxSizing: "border-box" },
});

export type LinkEditorProps = {
  measures: readonly Measure[];
  lines: readonly BudgetLine[] | null;
  editor: PortfolioEdit;
};

/** Links a benefit to budget lines: search by code or name, shares in percent summing to 100. */
export function LinkEditor({ measures, lines, editor }: LinkEditorProps) {
  const strings = useStrings();
  const styles = useStyles();
  const state = useLinkEditor(measures, lines ?? [], editor);
  if (!lines)
    return (
      <Section title={strings.links.heading}>
        <Text>{strings.links.needBudget}</Text>
      </Section>
    );
  if (state.targets.length === 0)
    return (
      <Section title={strings.links.heading}>
        <Text>
          {measures.length === 0 ? strings.portfolio.noMeasures : strings.portfolio.noBenefits}
        </Text>
      </Section>
    );
  return (
    <Section title={strings.links.heading}>
      <ChoiceField
        label={strings.links.benefit}
        choices={state.targets}
        value={state.target}
        onChange={state.setTarget}
      />
      <Field label={strings.links.search} size="small">
        <SearchBox
          className={styles.search}
          size="small"
          value={state.query}
          onChange={(_, d) => state.setQuery(d.value)}
        />
      </Field>
      {state.query.trim() !== "" && state.hits.length === 0 ? (
        <Text size={200}>{strings.links.noHits}</Text>
      ) : null}
      <ul className={styles.list} aria-label={strings.links.search}>
        {state.hits.map((line) => {
          const label = [
            line.key.ansvar,
            line.names.ansvar,
            line.key.art,
            line.names.art,
            line.key.funksjon,
            line.names.funksjon,
          ]
            .filter(Boolean)
            .join(" ");
          return (
            <li key={`${line.source}-${line.row}`}>
              <Button
                size="small"
                appearance="subtle"
                className={styles.hit}
                aria-label={strings.links.pick(label)}
                onClick={() => state.pick(line)}
              >
                {label}
              </Button>
            </li>
          );
        })}
      </ul>
      {state.list.length > 0 ? <Text weight="semibold">{strings.links.chosen}</Text> : null}
      <ul className={styles.list}>
        {state.list.map((c) => (
          <li key={c.id} className={styles.chosen}>
            <Text size={200} className={styles.label}>
              {c.label}
            </Text>
            <Input
              size="small"
              inputMode="decimal"
              aria-label={strings.links.share(c.label)}
              value={c.percent}
              onChange={(_, d) => state.setPercent(c.id, d.value)}
              contentAfter="%"
            />
            <Button
              size="small"
              appearance="subtle"
              aria-label={`${strings.common.remove} ${c.label}`}
              onClick={() => state.remove(c.id)}
            >
              {strings.common.remove}
            </Button>
          </li>
        ))}
      </ul>
      <Text role="status" weight={state.valid ? "regular" : "semibold"}>
        {strings.links.sum(formatNumber(state.sum))}
        {state.list.length === 0 || state.valid
          ? ""
          : ` – ${
              state.notNumber !== null
                ? strings.links.badShare(state.notNumber)
                : state.zeroShare
                  ? strings.links.zeroShare
                  : strings.links.mustBe100
            }`}
      </Text>
      <ActionButton
        size="small"
        appearance="primary"
        action={editor.action}
        actionKey="links"
        disabled={!state.valid}
        onRun={state.save}
      >
        {strings.links.save}
      </ActionButton>
      <OutcomeBar action={editor.action} keys={["links"]} />
    </Section>
  );
}
