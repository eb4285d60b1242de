import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import {
  addIndicator,
  addMeasurement,
  deleteBenefit,
  updateBenefit,
} from "../../../app/edit-details";
import { setBenefitLinks } from "../../../app/edit-portfolio";
import {
  INDICATOR_DIRECTIONS,
  planYearsOf,
  type Benefit,
  type IndicatorDirection,
  type Measure,
  type Portfolio,
} from "../../../core/model/portfolio.types";
import { formatNumber } from "../../../core/money";
import type { PortfolioEdit } from "../../hooks/usePortfolioEdit";
import { numberProblem, parseUserNumber } from "../../number-input";
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
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  input: { minWidth: 0, width: "100%" },
  pair: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(7rem, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
});

const KEY = "benefit-edit";

type Draft = {
  name: string;
  annual: string;
  phaseIn: YearTexts;
  confidence: string;
  withdrawal: string;
};

function percentText(value: number | undefined): string {
  return value === undefined ? "" : String(Math.round(value * 1e6) / 1e4);
}

/** A text field that says in words why its number cannot be read. */
function NumberInput(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  unit?: string;
  disabled?: boolean;
}) {
  const strings = useStrings();
  const styles = useStyles();
  const problem = numberProblem(props.value, strings.common);
  return (
    <Field
      label={props.label}
      size="small"
      validationState={problem ? "error" : "none"}
      validationMessage={problem ?? undefined}
    >
      <Input
        className={styles.input}
        size="small"
        inputMode="decimal"
        value={props.value}
        disabled={props.disabled}
        contentAfter={props.unit}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </Field>
  );
}

export type BenefitListProps = { portfolio: Portfolio; editor: PortfolioEdit };

/**
 * Every benefit by measure; «Endre» opens its effect, innfasing, konfidens and uttaksandel, its
 * indicators with nullpunkt, målverdi and measurements, and removing its links. Delete asks first.
 */
export function BenefitList({ portfolio, editor }: BenefitListProps) {
  const strings = useStrings();
  const styles = useStyles();
  const e = strings.edit;
  const years = planYearsOf(portfolio.budgetYear);
  const [editing, setEditing] = useState<{ measure: string; id: string; draft: Draft } | null>(
    null,
  );
  const [ask, setAsk] = useState<ConfirmDialogProps["ask"]>(null);
  const [indicator, setIndicator] = useState({
    name: "",
    direction: "okende" as IndicatorDirection,
    baseline: "",
    target: "",
  });
  const [measurement, setMeasurement] = useState({ indicator: "", date: "", value: "" });
  const benefits = portfolio.measures.flatMap((m) => m.benefits.map((b) => ({ m, b })));
  if (benefits.length === 0) return null;

  const set = (patch: Partial<Draft>) =>
    setEditing((c) => (c ? { ...c, draft: { ...c.draft, ...patch } } : null));
  const open = (m: Measure, b: Benefit) =>
    setEditing({
      measure: m.id,
      id: b.id,
      draft: {
        name: b.name,
        annual: String(b.annual),
        phaseIn: yearTexts(years, b.phaseIn, 100),
        confidence: percentText(b.confidence),
        withdrawal: percentText(b.withdrawalShare),
      },
    });
  const d = editing?.draft;
  const phaseIn = d ? yearNumbers(d.phaseIn, 100) : null;
  const annual = d ? parseUserNumber(d.annual) : null;
  const optionalPercent = (text: string) =>
    text.trim() === "" ? undefined : (parseUserNumber(text) ?? NaN) / 100;
  const confidence = d ? optionalPercent(d.confidence) : undefined;
  const withdrawal = d ? optionalPercent(d.withdrawal) : undefined;
  const filled = phaseIn ? Object.values(phaseIn).filter((v) => v !== null).length : 0;
  const valid =
    d !== undefined &&
    d.name.trim() !== "" &&
    annual !== null &&
    phaseIn !== null &&
    !Number.isNaN(confidence) &&
    !Number.isNaN(withdrawal);

  const save = (b: Benefit) => {
    if (!editing || !valid || !phaseIn || annual === null) return;
    editor.edit(
      KEY,
      (p) =>
        updateBenefit(p, editing.measure, editing.id, {
          name: editing.draft.name,
          annual,
          phaseIn,
          confidence,
          withdrawalShare: b.budgetEffect === "uttak" ? withdrawal : undefined,
        }),
      e.benefitSaved(editing.draft.name.trim()),
      () => setEditing(null),
    );
  };
  const remove = (m: Measure, b: Benefit) =>
    setAsk({
      title: e.deleteBenefitTitle(b.name),
      body: e.deleteBenefitBody(b.links.length, b.indicators.length),
      confirm: e.delete,
      run: () => editor.edit(KEY, (p) => deleteBenefit(p, m.id, b.id), e.benefitDeleted(b.name)),
    });
  const removeLinks = (m: Measure, b: Benefit) =>
    setAsk({
      title: e.removeLinksTitle(b.name),
      body: e.removeLinksBody(b.links.length),
      confirm: e.removeLinks,
      run: () =>
        editor.edit(KEY, (p) => setBenefitLinks(p, m.id, b.id, []), e.linksRemoved(b.name)),
    });
  const baseline = parseUserNumber(indicator.baseline);
  const target = parseUserNumber(indicator.target);
  const measured = parseUserNumber(measurement.value);

  return (
    <Section title={e.benefitsHeading}>
      <ul className={styles.list}>
        {benefits.map(({ m, b }) => (
          <li key={b.id} className={styles.item} data-benefit={b.id}>
            <Text weight="semibold">{b.name}</Text>
            <Text size={200}>
              {m.name} · {strings.portfolio.benefitTypes[b.type]}
              {b.type === "kvalitet" ? "" : ` · ${formatNumber(b.annual)}`} ·{" "}
              {strings.portfolio.budgetEffects[b.budgetEffect]} · {e.linkCount(b.links.length)}
            </Text>
            <div className={styles.row}>
              <Button
                size="small"
                appearance="subtle"
                aria-label={e.editLabel(b.name)}
                disabled={editor.action.running !== null}
                onClick={() => open(m, b)}
              >
                {e.edit}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                aria-label={e.deleteLabel(b.name)}
                disabled={editor.action.running !== null}
                onClick={() => remove(m, b)}
              >
                {e.delete}
              </Button>
              {b.links.length > 0 ? (
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={e.removeLinksLabel(b.name)}
                  disabled={editor.action.running !== null}
                  onClick={() => removeLinks(m, b)}
                >
                  {e.removeLinks}
                </Button>
              ) : null}
            </div>
            {editing?.id === b.id && d ? (
              <div className={styles.form} role="group" aria-label={e.editLabel(b.name)}>
                <Field label={strings.portfolio.benefitName} size="small">
                  <Input size="small" value={d.name} onChange={(_, v) => set({ name: v.value })} />
                </Field>
                <NumberInput
                  label={strings.portfolio.annual}
                  value={d.annual}
                  onChange={(v) => set({ annual: v })}
                  disabled={b.type === "kvalitet"}
                />
                <YearFields
                  legend={e.phaseIn}
                  years={years}
                  values={d.phaseIn}
                  onChange={(v) => set({ phaseIn: v })}
                  unit="%"
                />
                <Text size={200} role="status">
                  {filled === 0
                    ? e.phaseInDefault
                    : filled < years.length
                      ? e.phaseInPartial(
                          years.filter((y) => phaseIn?.[y] === null || phaseIn?.[y] === undefined),
                        )
                      : ""}
                </Text>
                <div className={styles.pair}>
                  <NumberInput
                    label={e.confidence}
                    value={d.confidence}
                    onChange={(v) => set({ confidence: v })}
                    unit="%"
                  />
                  {b.budgetEffect === "uttak" ? (
                    <NumberInput
                      label={e.withdrawalShare}
                      value={d.withdrawal}
                      onChange={(v) => set({ withdrawal: v })}
                      unit="%"
                    />
                  ) : null}
                </div>
                <div className={styles.row}>
                  <ActionButton
                    size="small"
                    appearance="primary"
                    action={editor.action}
                    actionKey={KEY}
                    disabled={!valid}
                    onRun={() => save(b)}
                  >
                    {strings.common.save}
                  </ActionButton>
                  <Button size="small" onClick={() => setEditing(null)}>
                    {e.cancel}
                  </Button>
                </div>

                <Text weight="semibold">{e.indicatorsHeading}</Text>
                {b.indicators.length === 0 ? <Text size={200}>{e.noIndicators}</Text> : null}
                <ul className={styles.list}>
                  {b.indicators.map((i) => (
                    <li key={i.id}>
                      <Text size={200}>
                        {e.indicatorLine(
                          i.name,
                          i.baseline === undefined ? null : formatNumber(i.baseline),
                          i.target === undefined ? null : formatNumber(i.target),
                          i.measurements.length,
                        )}
                      </Text>
                    </li>
                  ))}
                </ul>
                <div className={styles.pair}>
                  <Field label={e.indicatorName} size="small">
                    <Input
                      className={styles.input}
                      size="small"
                      value={indicator.name}
                      onChange={(_, v) => setIndicator({ ...indicator, name: v.value })}
                    />
                  </Field>
                  <ChoiceField
                    label={e.direction}
                    choices={INDICATOR_DIRECTIONS.map((x) => ({ value: x, text: e.directions[x] }))}
                    value={indicator.direction}
                    onChange={(v) =>
                      setIndicator({ ...indicator, direction: v as IndicatorDirection })
                    }
                  />
                  <NumberInput
                    label={e.baseline}
                    value={indicator.baseline}
                    onChange={(v) => setIndicator({ ...indicator, baseline: v })}
                  />
                  <NumberInput
                    label={e.target}
                    value={indicator.target}
                    onChange={(v) => setIndicator({ ...indicator, target: v })}
                  />
                </div>
                <ActionButton
                  size="small"
                  action={editor.action}
                  actionKey={KEY}
                  disabled={
                    indicator.name.trim() === "" ||
                    (indicator.baseline.trim() !== "" && baseline === null) ||
                    (indicator.target.trim() !== "" && target === null)
                  }
                  onRun={() =>
                    editor.edit(
                      KEY,
                      (p) =>
                        addIndicator(p, m.id, b.id, {
                          name: indicator.name,
                          direction: indicator.direction,
                          baseline: baseline ?? undefined,
                          target: target ?? undefined,
                        }).portfolio,
                      strings.portfolio.added(indicator.name.trim()),
                      () => setIndicator({ ...indicator, name: "", baseline: "", target: "" }),
                    )
                  }
                >
                  {e.addIndicator}
                </ActionButton>
                {b.indicators.length > 0 ? (
                  <>
                    <div className={styles.pair}>
                      <ChoiceField
                        label={e.measurementIndicator}
                        choices={b.indicators.map((i) => ({ value: i.id, text: i.name }))}
                        value={measurement.indicator || b.indicators[0]?.id}
                        onChange={(v) => setMeasurement({ ...measurement, indicator: v })}
                      />
                      <Field label={e.measurementDate} size="small" hint={e.measurementDateHint}>
                        <Input
                          className={styles.input}
                          size="small"
                          type="date"
                          value={measurement.date}
                          onChange={(_, v) => setMeasurement({ ...measurement, date: v.value })}
                        />
                      </Field>
                      <NumberInput
                        label={e.measurementValue}
                        value={measurement.value}
                        onChange={(v) => setMeasurement({ ...measurement, value: v })}
                      />
                    </div>
                    <ActionButton
                      size="small"
                      action={editor.action}
                      actionKey={KEY}
                      disabled={measurement.date === "" || measured === null}
                      onRun={() =>
                        editor.edit(
                          KEY,
                          (p) =>
                            addMeasurement(
                              p,
                              m.id,
                              b.id,
                              measurement.indicator || (b.indicators[0]?.id ?? ""),
                              { date: measurement.date, value: measured ?? NaN },
                            ),
                          e.measurementAdded,
                          () => setMeasurement({ ...measurement, date: "", value: "" }),
                        )
                      }
                    >
                      {e.addMeasurement}
                    </ActionButton>
                  </>
                ) : null}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <OutcomeBar action={editor.action} keys={[KEY]} />
      <ConfirmDialog ask={ask} onClose={() => setAsk(null)} />
    </Section>
  );
}
