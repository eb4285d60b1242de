import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { messageText } from "../../app/messages";
import { candidatePlace } from "../../core/budget/explain-detection";
import type { MappingPreview } from "../../core/budget/budget-lines";
import {
  KEY_DIMENSIONS,
  type BudgetCandidate,
  type BudgetMapping,
  OPTIONAL_KEY_DIMENSIONS,
  type KeyDimension,
} from "../../core/budget/budget.types";
import { carriedYears } from "../../core/budget/plan-years";
import { columnLetters } from "../../core/workbook/address";
import type { ActionState } from "../hooks/useAction";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { ChoiceField, type Choice } from "./ChoiceField";
import { headerColumnsAt, type HandChoice } from "../../app/hand-mapping";
import type { HandMapping } from "../hooks/useBudgetConnection";
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
  // minmax(0, 1fr): a number input's intrinsic width must not push the second column out of a
  // 350 px pane.
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
  },
  input: { minWidth: 0, width: "100%" },
  buttons: { display: "flex", columnGap: tokens.spacingHorizontalS },
});

const NONE = "none";

/** Prosjekt and tjenesteområde may be missing from a budget: the editor lets them be «none». */
function isOptionalDimension(dimension: KeyDimension): boolean {
  return OPTIONAL_KEY_DIMENSIONS.some((d) => d === dimension);
}

export type MappingEditorProps = {
  candidates: readonly BudgetCandidate[];
  draft: BudgetMapping;
  preview: MappingPreview | null;
  action: ActionState;
  onChange: (mapping: BudgetMapping) => void;
  onConfirm: () => void;
  onCancel: () => void;
  /** Switches to the hand mapping (when detection guessed wrong). */
  onMapByHand?: () => void;
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

  const candidateChoices: Choice[] = usable.map((c, i) => ({
    value: String(i),
    text: messageText(candidatePlace(c), strings.messageLanguage),
  }));
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
        {KEY_DIMENSIONS.map((dimension) => {
          const col = source.keyColumns[dimension];
          const choices = isOptionalDimension(dimension)
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
      <CarriedNote mapping={draft} />
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
        {props.onMapByHand ? (
          <Button onClick={props.onMapByHand} disabled={action.running !== null}>
            {strings.budget.handMap}
          </Button>
        ) : null}
        <Button onClick={props.onCancel} disabled={action.running !== null}>
          {strings.budget.cancel}
        </Button>
      </div>
    </div>
  );
}

/** «Videreført fra budsjettåret: 2028, 2029, 2030» under the plan columns (spec §4). */
function CarriedNote({ mapping }: { mapping: BudgetMapping | null }) {
  const strings = useStrings();
  const source = mapping?.sources[0];
  if (!source || !mapping) return null;
  const years = carriedYears(source).flatMap((c, i) => (c ? [mapping.budgetYear + i] : []));
  if (years.length === 0) return null;
  return <Text size={200}>{strings.budget.carriedNote(years.join(", "))}</Text>;
}

const CARRIED = "carried";

export type HandMappingEditorProps = {
  hand: HandMapping;
  preview: MappingPreview | null;
  action: ActionState;
  onChange: (choice: HandChoice) => void;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * The hand mapping (spec §4): any sheet, any header row, a column for each key dimension and for
 * each plan year — headers like «Kostra art» or «Konto (T)» are fine, the user points at them.
 */
export function HandMappingEditor(props: HandMappingEditorProps) {
  const { hand, preview, action, onChange } = props;
  const { choice } = hand;
  const strings = useStrings();
  const styles = useStyles();
  const grid = hand.grids.find((g) => g.name === choice.sheet);
  const columns: Choice[] = headerColumnsAt(grid, choice.headerRow).map((c) => ({
    value: String(c.col),
    text: strings.budget.columnOption(columnLetters(c.col), c.header),
  }));
  const sheetChoices: Choice[] = hand.grids.map((g) => ({ value: g.name, text: g.name }));
  const set = (change: Partial<HandChoice>) => onChange({ ...choice, ...change });
  // What is missing, in the pane's language, from the choice itself; a problem only the budget's
  // cells can show (no lines under that header row) comes as the reader says it.
  const keyCount = KEY_DIMENSIONS.filter((k) => choice.keys[k] !== undefined).length;
  const problem = !grid
    ? strings.budget.handSheetNotRead(choice.sheet)
    : choice.yearColumns[0] === undefined
      ? strings.budget.handChooseAmount(choice.budgetYear)
      : keyCount < 1
        ? strings.budget.handNeedKey
        : hand.problem && messageText(hand.problem.problem, strings.messageLanguage);
  const number = (text: string): number | null =>
    /^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null;

  return (
    <div className={styles.root}>
      <Text size={200}>{strings.budget.handIntro}</Text>
      <ChoiceField
        label={strings.budget.sheet}
        choices={sheetChoices}
        value={choice.sheet}
        onChange={(sheet) => {
          const next = hand.grids.find((g) => g.name === sheet);
          set({ sheet, headerRow: next?.origin.row ?? 0, keys: {} });
        }}
      />
      <div className={styles.grid}>
        <Field label={strings.budget.headerRowInput} size="small">
          {/* Uncontrolled, so a half-typed number can stand; a new sheet starts it afresh. */}
          <Input
            key={choice.sheet}
            className={styles.input}
            size="small"
            type="number"
            min={1}
            defaultValue={String(choice.headerRow + 1)}
            onChange={(_, data) => {
              const row = number(data.value);
              if (row !== null && row >= 1) set({ headerRow: row - 1 });
            }}
          />
        </Field>
        <Field label={strings.budget.budgetYear} size="small">
          <Input
            className={styles.input}
            size="small"
            type="number"
            defaultValue={String(choice.budgetYear)}
            onChange={(_, data) => {
              const year = number(data.value);
              if (year !== null && year >= 1900 && year <= 2199) set({ budgetYear: year });
            }}
          />
        </Field>
      </div>
      <div className={styles.grid}>
        {KEY_DIMENSIONS.map((dimension) => {
          const col = choice.keys[dimension];
          return (
            <ChoiceField
              key={dimension}
              label={strings.budget.keyColumn[dimension]}
              choices={[{ value: NONE, text: strings.budget.noColumn }, ...columns]}
              value={col === undefined ? NONE : String(col)}
              onChange={(value) => {
                const keys = { ...choice.keys };
                if (value === NONE) delete keys[dimension];
                else keys[dimension] = Number(value);
                set({ keys });
              }}
            />
          );
        })}
      </div>
      <div className={styles.grid}>
        {[0, 1, 2, 3].map((i) => {
          const col = choice.yearColumns[i];
          const choices =
            i === 0
              ? columns
              : [{ value: CARRIED, text: strings.budget.carriedOption }, ...columns];
          return (
            <ChoiceField
              key={i}
              label={strings.budget.amountColumn(choice.budgetYear + i)}
              choices={choices}
              value={col === undefined ? (i === 0 ? undefined : CARRIED) : String(col)}
              onChange={(value) => {
                const yearColumns = [...choice.yearColumns];
                yearColumns[i] = value === CARRIED ? undefined : Number(value);
                set({ yearColumns });
              }}
            />
          );
        })}
      </div>
      {problem ? (
        <Text size={200} role="status">
          {problem}
        </Text>
      ) : null}
      <CarriedNote mapping={hand.mapping} />
      {preview ? <MappingPreviewTables preview={preview} /> : null}
      <div className={styles.buttons}>
        <ActionButton
          appearance="primary"
          action={action}
          actionKey="confirm"
          disabled={!hand.mapping || !preview || preview.lineCount === 0}
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
