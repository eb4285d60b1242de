import { Field, Input, makeStyles, Text, Textarea, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { setFollowUp } from "../../app/edit-follow-up";
import { periodsOf, schemeOf } from "../../core/follow-up";
import { isCounted, type Measure, type Portfolio } from "../../core/model/portfolio.types";
import { numberProblem, parseUserNumber } from "../number-input";
import type { PortfolioEdit } from "../hooks/usePortfolioEdit";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { ChoiceField } from "./ChoiceField";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";
import { YearFields, yearNumbers, yearTexts, type YearTexts } from "./edit/YearFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  input: { minWidth: 0, width: "100%" },
});

type Draft = {
  measure: string;
  periods: Record<string, YearTexts>;
  forecast: string;
  note: string;
  action: string;
};

function draftOf(measure: Measure, year: string, periods: readonly string[]): Draft {
  const forecast = measure.forecast?.[year];
  return {
    measure: measure.id,
    periods: Object.fromEntries(
      measure.benefits
        .filter((b) => b.type !== "kvalitet")
        .map((b) => [b.id, yearTexts(periods, b.realisedPeriods?.[year] ?? {})]),
    ),
    forecast: forecast === undefined ? "" : String(forecast).replace(".", ","),
    note: measure.deviationNote ?? "",
    action: measure.correctiveAction ?? "",
  };
}

export type FollowUpSectionProps = { portfolio: Portfolio; editor: PortfolioEdit };

/**
 * Spec §14 for the gevinstansvarlig: for one counted measure at a time, realised per period for
 * the budget year on each benefit, the prognosis for the year, why it deviates and what is done.
 * The same cells as the deep-dive sheet's, so it works with or without the pane.
 */
export function FollowUpSection({ portfolio, editor }: FollowUpSectionProps) {
  const strings = useStrings();
  const f = strings.followUp;
  const styles = useStyles();
  const year = String(portfolio.budgetYear);
  const periods = periodsOf(schemeOf(portfolio.settings));
  const measures = portfolio.measures.filter((m) => isCounted(m.status));
  const [chosen, setChosen] = useState<string | null>(null);
  const measure = measures.find((m) => m.id === chosen) ?? measures[0];
  // null or another measure's: untouched, so what the sheets hold is shown.
  const [draft, setDraft] = useState<Draft | null>(null);
  if (!measure)
    return (
      <Section title={f.heading(year)}>
        <Text size={200}>{f.noMeasures}</Text>
      </Section>
    );
  const shown = draft?.measure === measure.id ? draft : draftOf(measure, year, periods);
  const edit = (change: Partial<Draft>) => setDraft({ ...shown, ...change });
  const values = Object.fromEntries(
    Object.entries(shown.periods).map(([id, texts]) => [id, yearNumbers(texts)]),
  );
  const forecastProblem = numberProblem(shown.forecast, strings.common);
  const ready =
    draft?.measure === measure.id &&
    Object.values(values).every((v) => v !== null) &&
    forecastProblem === null;
  const save = () => {
    const forecast = shown.forecast.trim() === "" ? null : parseUserNumber(shown.forecast);
    editor.edit(
      "followUp",
      (p) =>
        setFollowUp(p, {
          measureId: measure.id,
          year,
          periods: values as Record<string, Record<string, number | null>>,
          forecast,
          deviationNote: shown.note,
          correctiveAction: shown.action,
        }),
      f.saved(measure.name),
      () => setDraft(null),
    );
  };
  return (
    <Section title={f.heading(year)}>
      <div className={styles.form}>
        <Text size={200}>{f.hint}</Text>
        <ChoiceField
          label={f.measure}
          choices={measures.map((m) => ({ value: m.id, text: `${m.id} ${m.name}` }))}
          value={measure.id}
          onChange={(id) => {
            setChosen(id);
            setDraft(null);
          }}
        />
        {measure.benefits
          .filter((b) => b.type !== "kvalitet")
          .map((b) => (
            <YearFields
              key={b.id}
              legend={f.periodsLegend(b.name)}
              years={periods}
              labels={f.period}
              values={shown.periods[b.id] ?? {}}
              onChange={(texts) => edit({ periods: { ...shown.periods, [b.id]: texts } })}
              unit={b.type === "tid" ? "t" : "kr"}
            />
          ))}
        <Field
          label={f.forecast}
          hint={f.forecastHint}
          size="small"
          validationState={forecastProblem ? "error" : "none"}
          validationMessage={forecastProblem ?? undefined}
        >
          <Input
            className={styles.input}
            size="small"
            inputMode="decimal"
            contentAfter="kr"
            value={shown.forecast}
            onChange={(_, d) => edit({ forecast: d.value })}
          />
        </Field>
        <Field label={f.deviationNote} size="small">
          <Textarea value={shown.note} onChange={(_, d) => edit({ note: d.value })} />
        </Field>
        <Field label={f.correctiveAction} size="small">
          <Textarea value={shown.action} onChange={(_, d) => edit({ action: d.value })} />
        </Field>
        <ActionButton
          size="small"
          action={editor.action}
          actionKey="followUp"
          disabled={!ready}
          onRun={save}
        >
          {f.save}
        </ActionButton>
      </div>
      <OutcomeBar action={editor.action} keys={["followUp"]} />
    </Section>
  );
}
