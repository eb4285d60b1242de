import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { MappingPreview } from "../../core/budget/budget-lines";
import type { BudgetCandidate, BudgetMapping, KeyDimension } from "../../core/budget/budget.types";
import { columnLetters } from "../../core/workbook/address";
import type { ActionState } from "../hooks/useAction";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { ChoiceField, type Choice } from "./ChoiceField";
import {
  budgetYearOptions,
  sameCandidate,
  usableCandidates,
  withBudgetYear,
  withKeyColumn,
  withPlanColumn,
  withSource,
} from "./mapping-fields";
import { MappingPreviewTables } from "./MappingPreviewTables";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

const KEYS: KeyDimension[] = ["ansvar", "art", "funksjon", "prosjekt"];
const NONE = "none";

export type MappingEditorProps = {
  candidates: readonly BudgetCandidate[];
  draft: BudgetMapping;
  preview: MappingPreview | null;
  action: ActionState;
  onChange: (mapping: BudgetMapping) => void;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The detector's proposal, every field changeable, with a live preview and «Bekreft». */
export function MappingEditor(props: MappingEditorProps) {
  const { candidates, draft, preview, action, onChange } = props;
  const strings = useStrings();
  const styles = useStyles();
  const source = draft.sources[0];
  const usable = usableCandidates(candidates);
  const current = source ? usable.find((c) => sameCandidate(c, source)) : undefined;
  if (!source) return null;

  const candidateChoices: Choice[] = usable.map((c, i) => ({ value: String(i), text: c.label }));
  const columnChoices: Choice[] = (current?.columns ?? []).map((c) => ({
    value: String(c.col),
    text: strings.budget.columnOption(columnLetters(c.col), c.header),
  }));
  const yearChoices: Choice[] = source.yearColumns.map((c) => ({
    value: String(c.col),
    text: strings.budget.columnOption(columnLetters(c.col), c.header),
  }));
  const budgetYears: Choice[] = budgetYearOptions(source).map((y) => ({
    value: String(y),
    text: String(y),
  }));

  return (
    <div className={styles.root}>
      <ChoiceField
        label={strings.budget.candidate}
        choices={candidateChoices}
        value={current ? String(usable.indexOf(current)) : undefined}
        onChange={(value) => {
          const chosen = usable[Number(value)];
          if (chosen?.source) onChange(withSource(draft, chosen.source, chosen.budgetYear));
        }}
      />
      <Text size={200}>{strings.budget.headerRow(source.headerRow + 1)}</Text>
      <div className={styles.grid}>
        {KEYS.map((dimension) => {
          const col = source.keyColumns[dimension];
          const choices =
            dimension === "prosjekt"
              ? [{ value: NONE, text: strings.budget.noColumn }, ...columnChoices]
              : columnChoices;
          return (
            <ChoiceField
              key={dimension}
              label={strings.budget.keyColumn[dimension]}
              choices={choices}
              value={col === undefined ? NONE : String(col)}
              onChange={(value) =>
                onChange(
                  withKeyColumn(draft, dimension, value === NONE ? undefined : Number(value)),
                )
              }
            />
          );
        })}
      </div>
      <ChoiceField
        label={strings.budget.budgetYear}
        choices={budgetYears}
        value={String(draft.budgetYear)}
        onChange={(value) => onChange(withBudgetYear(draft, Number(value)))}
      />
      <div className={styles.grid}>
        {source.planColumns.map((col, i) => (
          <ChoiceField
            key={i}
            label={strings.budget.planColumn(i)}
            choices={yearChoices}
            value={String(col)}
            onChange={(value) => onChange(withPlanColumn(draft, i, Number(value)))}
          />
        ))}
      </div>
      {preview ? <MappingPreviewTables preview={preview} /> : null}
      <div className={styles.buttons}>
        <ActionButton
          appearance="primary"
          action={action}
          actionKey="confirm"
          disabled={!preview || preview.lineCount === 0}
          onRun={props.onConfirm}
        >
          {strings.budget.confirm}
        </ActionButton>
        <Button onClick={props.onCancel} disabled={action.running !== null}>
          {strings.budget.cancel}
        </Button>
      </div>
    </div>
  );
}
