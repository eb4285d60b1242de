import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { addMeasure } from "../../app/edit-portfolio";
import type { DeepDive } from "../../core/model/portfolio.types";
import type { PortfolioEdit } from "../hooks/usePortfolioEdit";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { ChoiceField } from "./ChoiceField";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

const NONE = "";

export type MeasureFormProps = { deepDives: readonly DeepDive[]; editor: PortfolioEdit };

/** A new measure in a deep-dive, with its gevinstansvarlig (the deep-dive's line manager by default). */
export function MeasureForm({ deepDives, editor }: MeasureFormProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [name, setName] = useState("");
  // null: not chosen yet, so the first deep-dive (which may arrive after the first render).
  const [picked, setDeepDive] = useState<string | null>(null);
  const deepDive = picked ?? deepDives[0]?.id ?? NONE;
  const [owner, setOwner] = useState("");
  const chosen = deepDives.find((d) => d.id === deepDive);
  const choices = [
    ...deepDives.map((d) => ({ value: d.id, text: `${d.id} ${d.name}` })),
    { value: NONE, text: strings.common.none },
  ];
  const save = () =>
    editor.edit(
      "measure",
      (p) => {
        // Resolved against the portfolio just read, not the props: a deep-dive added a moment ago
        // may not have reached the dropdown yet, and the measure must still land in it.
        const target = picked ?? p.deepDives[0]?.id ?? NONE;
        const targetOwner = p.deepDives.find((d) => d.id === target)?.owner;
        const result = addMeasure(p, {
          name,
          ...(target !== NONE ? { deepDive: target } : {}),
          owner: owner.trim() || targetOwner || "",
        });
        return result.portfolio;
      },
      strings.portfolio.added(name.trim()),
      () => setName(""),
    );

  return (
    <Section title={strings.portfolio.measuresHeading}>
      <div className={styles.form}>
        <Field label={strings.portfolio.measureName} size="small">
          <Input size="small" value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <ChoiceField
          label={strings.portfolio.measureDeepDive}
          choices={choices}
          value={deepDive}
          onChange={setDeepDive}
        />
        <Field label={strings.portfolio.measureOwner} size="small">
          <Input
            size="small"
            value={owner}
            placeholder={chosen?.owner ?? ""}
            onChange={(_, d) => setOwner(d.value)}
          />
        </Field>
        <ActionButton
          size="small"
          action={editor.action}
          actionKey="measure"
          disabled={name.trim() === ""}
          onRun={save}
        >
          {strings.portfolio.addMeasure}
        </ActionButton>
      </div>
      <OutcomeBar action={editor.action} keys={["measure"]} />
    </Section>
  );
}
