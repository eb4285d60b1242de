import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { deleteMeasure, updateMeasure } from "../../../app/edit-details";
import {
  MEASURE_STATUSES,
  planYearsOf,
  type Measure,
  type MeasureStatus,
  type Portfolio,
} from "../../../core/model/portfolio.types";
import type { PortfolioEdit } from "../../hooks/usePortfolioEdit";
import { useStrings } from "../../strings";
import { ActionButton } from "../ActionButton";
import { ChoiceField } from "../ChoiceField";
import { OutcomeBar } from "../OutcomeBar";
import { Section } from "../Section";
import { ConfirmDialog, type ConfirmDialogProps } from "./ConfirmDialog";
import { YearFields, yearNumbers, yearTexts, type YearTexts } from "./YearFields";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  // A fieldset is as wide as its content by default; in a 350 px pane it must shrink instead.
  fieldset: { minWidth: 0, margin: 0 },
  input: { minWidth: 0, width: "100%" },
  key: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(5.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

type Draft = {
  name: string;
  status: MeasureStatus;
  owner: string;
  oneTime: YearTexts;
  running: YearTexts;
  ansvar: string;
  art: string;
  funksjon: string;
};

function draftOf(measure: Measure, years: readonly string[]): Draft {
  return {
    name: measure.name,
    status: measure.status,
    owner: measure.owner ?? "",
    oneTime: yearTexts(years, measure.costs.oneTime),
    running: yearTexts(years, measure.costs.running),
    ansvar: measure.costLink?.ansvar ?? "",
    art: measure.costLink?.art ?? "",
    funksjon: measure.costLink?.funksjon ?? "",
  };
}

export type MeasureListProps = { portfolio: Portfolio; editor: PortfolioEdit };

/** Every measure with its status; «Endre» opens name, status, owner, costs and cost line. */
export function MeasureList({ portfolio, editor }: MeasureListProps) {
  const strings = useStrings();
  const styles = useStyles();
  const e = strings.edit;
  const years = planYearsOf(portfolio.budgetYear);
  const [editing, setEditing] = useState<{ id: string; draft: Draft } | null>(null);
  const [ask, setAsk] = useState<ConfirmDialogProps["ask"]>(null);
  if (portfolio.measures.length === 0) return null;
  const set = (patch: Partial<Draft>) =>
    setEditing((current) =>
      current ? { ...current, draft: { ...current.draft, ...patch } } : null,
    );
  const oneTime = editing ? yearNumbers(editing.draft.oneTime) : null;
  const running = editing ? yearNumbers(editing.draft.running) : null;
  const save = () => {
    if (!editing || !oneTime || !running) return;
    const d = editing.draft;
    const hasKey = d.ansvar.trim() !== "" || d.art.trim() !== "" || d.funksjon.trim() !== "";
    editor.edit(
      "measure-edit",
      (p) =>
        updateMeasure(p, editing.id, {
          name: d.name,
          status: d.status,
          owner: d.owner,
          oneTime,
          running,
          costLink: hasKey
            ? { ansvar: d.ansvar.trim(), art: d.art.trim(), funksjon: d.funksjon.trim() }
            : null,
        }),
      e.measureSaved(d.name.trim()),
      () => setEditing(null),
    );
  };
  const remove = (m: Measure) =>
    setAsk({
      title: e.deleteMeasureTitle(m.name),
      body: e.deleteMeasureBody(
        m.benefits.length,
        m.benefits.reduce((n, b) => n + b.links.length, 0),
        m.benefits.reduce((n, b) => n + b.indicators.length, 0),
      ),
      confirm: e.delete,
      run: () =>
        editor.edit("measure-edit", (p) => deleteMeasure(p, m.id), e.measureDeleted(m.name)),
    });

  return (
    <Section title={e.measuresHeading}>
      <ul className={styles.list}>
        {portfolio.measures.map((m) => (
          <li key={m.id} className={styles.item} data-measure={m.id}>
            <div className={styles.row}>
              <Text weight="semibold">{m.name}</Text>
              <Badge appearance="tint" size="small" color="informative">
                {strings.finance.statuses[m.status]}
              </Badge>
            </div>
            <div className={styles.row}>
              <Button
                size="small"
                appearance="subtle"
                aria-label={e.editLabel(m.name)}
                disabled={editor.action.running !== null}
                onClick={() => setEditing({ id: m.id, draft: draftOf(m, years) })}
              >
                {e.edit}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                aria-label={e.deleteLabel(m.name)}
                disabled={editor.action.running !== null}
                onClick={() => remove(m)}
              >
                {e.delete}
              </Button>
            </div>
            {editing?.id === m.id ? (
              <div className={styles.form} role="group" aria-label={e.editLabel(m.name)}>
                <Field label={strings.portfolio.measureName} size="small">
                  <Input
                    size="small"
                    value={editing.draft.name}
                    onChange={(_, d) => set({ name: d.value })}
                  />
                </Field>
                <ChoiceField
                  label={e.status}
                  choices={MEASURE_STATUSES.map((s) => ({
                    value: s,
                    text: strings.finance.statuses[s],
                  }))}
                  value={editing.draft.status}
                  onChange={(v) => set({ status: v as MeasureStatus })}
                />
                <Field label={strings.portfolio.measureOwner} size="small">
                  <Input
                    size="small"
                    value={editing.draft.owner}
                    onChange={(_, d) => set({ owner: d.value })}
                  />
                </Field>
                <YearFields
                  legend={e.oneTimeCosts}
                  years={years}
                  values={editing.draft.oneTime}
                  onChange={(v) => set({ oneTime: v })}
                  unit="kr"
                />
                <YearFields
                  legend={e.runningCosts}
                  years={years}
                  values={editing.draft.running}
                  onChange={(v) => set({ running: v })}
                  unit="kr"
                />
                <fieldset className={mergeClasses(styles.form, styles.fieldset)}>
                  <legend>{e.costLine}</legend>
                  <div className={styles.key}>
                    {(["ansvar", "art", "funksjon"] as const).map((k) => (
                      <Field key={k} label={strings.budget.keyColumn[k]} size="small">
                        <Input
                          className={styles.input}
                          size="small"
                          value={editing.draft[k]}
                          onChange={(_, d) => set({ [k]: d.value })}
                        />
                      </Field>
                    ))}
                  </div>
                </fieldset>
                <div className={styles.row}>
                  <ActionButton
                    size="small"
                    appearance="primary"
                    action={editor.action}
                    actionKey="measure-edit"
                    disabled={editing.draft.name.trim() === "" || !oneTime || !running}
                    onRun={save}
                  >
                    {strings.common.save}
                  </ActionButton>
                  <Button size="small" onClick={() => setEditing(null)}>
                    {e.cancel}
                  </Button>
                </div>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <OutcomeBar action={editor.action} keys={["measure-edit"]} />
      <ConfirmDialog ask={ask} onClose={() => setAsk(null)} />
    </Section>
  );
}
