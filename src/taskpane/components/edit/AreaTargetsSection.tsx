import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import {
  areaDimensions,
  budgetAreas,
  setAreaGrouping,
  setAreaTarget,
} from "../../../app/edit-areas";
import type { AreaGrouping } from "../../../core/areas/area.types";
import type { BudgetLine, KeyDimension } from "../../../core/budget/budget.types";
import { planYearsOf, type Portfolio } from "../../../core/model/portfolio.types";
import type { PortfolioEdit } from "../../hooks/usePortfolioEdit";
import { useStrings } from "../../strings";
import { ActionButton } from "../ActionButton";
import { ChoiceField, type Choice } from "../ChoiceField";
import { OutcomeBar } from "../OutcomeBar";
import { Section } from "../Section";
import { YearFields, yearNumbers, yearTexts, type YearTexts } from "./YearFields";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  input: { minWidth: 0, width: "100%" },
});

/** A KOSTRA funksjon is three digits; a longer code (a tjeneste) can be grouped by them. */
const KOSTRA_PREFIX = 3;

function groupingValue(grouping: AreaGrouping): string {
  return grouping.prefix ? `${grouping.dimension}:${grouping.prefix}` : grouping.dimension;
}

function groupingOf(value: string): AreaGrouping {
  const [dimension, prefix] = value.split(":");
  return prefix
    ? { dimension: dimension as KeyDimension, prefix: Number(prefix) }
    : { dimension: dimension as KeyDimension };
}

export type AreaTargetsSectionProps = {
  portfolio: Portfolio;
  lines: readonly BudgetLine[];
  editor: PortfolioEdit;
};

/**
 * Rammeområder (spec §13) for the budget officer: how the budget is grouped, and one area at a
 * time its name and innsparingskrav per plan year — a dozen areas × four years as fields at once
 * would be a page of inputs in a 350 px pane.
 */
export function AreaTargetsSection({ portfolio, lines, editor }: AreaTargetsSectionProps) {
  const strings = useStrings();
  const e = strings.edit;
  const styles = useStyles();
  const years = planYearsOf(portfolio.budgetYear);
  const { grouping, areas } = budgetAreas(portfolio, lines);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = areas.find((a) => a.id === chosenId) ?? areas[0];
  const listed = portfolio.areas?.find((a) => a.id === chosen?.id);
  // null: untouched, so what the sheets hold (it may arrive after the first render) is shown.
  const [draft, setDraft] = useState<{ id: string; name: string; target: YearTexts } | null>(null);
  const own = draft !== null && draft.id === chosen?.id ? draft : null;
  const name = own?.name ?? chosen?.name ?? "";
  const target = own?.target ?? yearTexts(years, listed?.savingsTarget ?? {});
  const values = yearNumbers(target);

  const locked = (portfolio.areas ?? []).some((a) =>
    Object.values(a.savingsTarget ?? {}).some((v) => v !== 0),
  );
  const dimensionName = (d: KeyDimension) => strings.budget.keyColumn[d];
  const groupings: Choice[] = areaDimensions(lines).flatMap((d) => {
    const whole = { value: d, text: dimensionName(d) };
    const long = lines.some((line) => (line.key[d] ?? "").trim().length > KOSTRA_PREFIX);
    return d === "funksjon" && long
      ? [whole, { value: `${d}:${KOSTRA_PREFIX}`, text: e.areaGroupingPrefix(dimensionName(d)) }]
      : [whole];
  });
  const areaChoices: Choice[] = areas.map((a) => ({
    value: a.id,
    text: a.name === a.id ? a.id : `${a.id} ${a.name}`,
  }));

  return (
    <Section title={e.areasHeading}>
      <div className={styles.form}>
        <Text size={200}>{e.areasHint}</Text>
        <ChoiceField
          label={e.areaGrouping}
          choices={groupings}
          value={groupingValue(grouping)}
          disabled={locked || editor.action.running !== null}
          onChange={(value) =>
            editor.edit(
              "areaGrouping",
              (p) => setAreaGrouping(p, groupingOf(value)),
              e.areaGroupingSaved,
              () => {
                setChosenId(null);
                setDraft(null);
              },
            )
          }
        />
        {locked ? <Text size={200}>{e.areaGroupingLocked}</Text> : null}
        {chosen ? (
          <>
            <ChoiceField
              label={e.areaChoose}
              choices={areaChoices}
              value={chosen.id}
              onChange={(id) => {
                setChosenId(id);
                setDraft(null);
              }}
            />
            <Field label={e.areaName} size="small">
              <Input
                className={styles.input}
                size="small"
                value={name}
                onChange={(_, d) => setDraft({ id: chosen.id, name: d.value, target })}
              />
            </Field>
            <YearFields
              legend={e.areaTargetLegend(name || chosen.id)}
              years={years}
              values={target}
              onChange={(next) => setDraft({ id: chosen.id, name, target: next })}
              unit="kr"
            />
            <ActionButton
              size="small"
              action={editor.action}
              actionKey="areaTarget"
              disabled={values === null || own === null}
              onRun={() => {
                if (values)
                  editor.edit(
                    "areaTarget",
                    (p) => setAreaTarget(p, grouping, { id: chosen.id, name, target: values }),
                    e.areaTargetSaved(name || chosen.id),
                    () => setDraft(null),
                  );
              }}
            >
              {e.saveAreaTarget}
            </ActionButton>
          </>
        ) : (
          <Text size={200}>{e.noAreas}</Text>
        )}
      </div>
      <OutcomeBar action={editor.action} keys={["areaGrouping", "areaTarget"]} />
    </Section>
  );
}
