import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { addBenefit } from "../../app/edit-portfolio";
import {
  BENEFIT_TYPES,
  BUDGET_EFFECTS,
  type BenefitType,
  type BudgetEffect,
  type Measure,
} from "../../core/model/portfolio.types";
import type { PortfolioEdit } from "../hooks/usePortfolioEdit";
import { numberProblem, parseUserNumber } from "../number-input";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { ChoiceField } from "./ChoiceField";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", columnGap: tokens.spacingHorizontalS },
});

export type BenefitFormProps = { measures: readonly Measure[]; editor: PortfolioEdit };

/** A new benefit on a measure: name, type, annual effect and budget effect. */
export function BenefitForm({ measures, editor }: BenefitFormProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [measure, setMeasure] = useState(measures[0]?.id ?? "");
  const [name, setName] = useState("");
  const [type, setType] = useState<BenefitType>("kostnad");
  const [annual, setAnnual] = useState("");
  const [effect, setEffect] = useState<BudgetEffect>("uttak");
  const amount = parseUserNumber(annual);
  const problem = numberProblem(annual, strings.common);
  // A quality benefit is never counted in kroner: show «Ingen», as it is saved.
  const shownEffect: BudgetEffect = type === "kvalitet" ? "ingen" : effect;
  const chosen = measures.some((m) => m.id === measure) ? measure : (measures[0]?.id ?? "");
  if (measures.length === 0)
    return (
      <Section title={strings.portfolio.benefitsHeading}>
        <Text>{strings.portfolio.noMeasures}</Text>
      </Section>
    );
  const save = () =>
    editor.edit(
      "benefit",
      (p) =>
        addBenefit(p, chosen, { name, type, annual: amount ?? 0, budgetEffect: shownEffect })
          .portfolio,
      strings.portfolio.added(name.trim()),
      () => {
        setName("");
        setAnnual("");
      },
    );

  return (
    <Section title={strings.portfolio.benefitsHeading}>
      <div className={styles.form}>
        <ChoiceField
          label={strings.portfolio.benefitMeasure}
          choices={measures.map((m) => ({ value: m.id, text: `${m.id} ${m.name}` }))}
          value={chosen}
          onChange={setMeasure}
        />
        <Field label={strings.portfolio.benefitName} size="small">
          <Input size="small" value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <div className={styles.pair}>
          <ChoiceField
            label={strings.portfolio.benefitType}
            choices={BENEFIT_TYPES.map((t) => ({
              value: t,
              text: strings.portfolio.benefitTypes[t],
            }))}
            value={type}
            onChange={(v) => setType(v as BenefitType)}
          />
          <ChoiceField
            label={strings.portfolio.budgetEffect}
            choices={BUDGET_EFFECTS.map((e) => ({
              value: e,
              text: strings.portfolio.budgetEffects[e],
            }))}
            value={shownEffect}
            onChange={(v) => setEffect(v as BudgetEffect)}
            disabled={type === "kvalitet"}
          />
        </div>
        {type === "kvalitet" ? <Text size={200}>{strings.portfolio.kvalitetNoEffect}</Text> : null}
        <Field
          label={strings.portfolio.annual}
          size="small"
          validationState={problem ? "error" : "none"}
          validationMessage={problem ?? undefined}
        >
          <Input
            size="small"
            inputMode="decimal"
            value={annual}
            disabled={type === "kvalitet"}
            onChange={(_, d) => setAnnual(d.value)}
          />
        </Field>
        <ActionButton
          size="small"
          action={editor.action}
          actionKey="benefit"
          disabled={name.trim() === "" || (type !== "kvalitet" && amount === null)}
          onRun={save}
        >
          {strings.portfolio.addBenefit}
        </ActionButton>
      </div>
      <OutcomeBar action={editor.action} keys={["benefit"]} />
    </Section>
  );
}
