import { Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { budgetChangesOut } from "../../app/budget-changes-out";
import { takeVersion } from "../../app/take-version";
import { VERSION_KINDS, type VersionKind } from "../../core/model/portfolio.types";
import { download } from "../download";
import { useAction } from "../hooks/useAction";
import { useServices } from "../services";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { ChoiceField } from "./ChoiceField";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  input: { minWidth: 0, width: "100%" },
});

/**
 * Spec §15 for the budget officer: freeze the proposal and the adopted budget as versions, and
 * download the budget changes for the budget system (the same file as `gevinst changes`).
 */
export function VersionsSection() {
  const strings = useStrings();
  const v = strings.versions;
  const styles = useStyles();
  const { port, now, user } = useServices();
  const action = useAction();
  const [kind, setKind] = useState<VersionKind>("forslag");
  const [name, setName] = useState("");
  const [by, setBy] = useState("");

  const freeze = () =>
    void action.run("freeze", async () => {
      const taken = await takeVersion(port, { kind, name, by, now: now(), user });
      setName("");
      return {
        intent: "success",
        title: strings.common.doneTitle,
        lines: [v.frozen(taken.version.name, taken.version.id)],
      };
    });
  const changes = () =>
    void action.run("changes", async () => {
      const out = await budgetChangesOut(port);
      if (out.status === "no-budget")
        return { intent: "warning", title: strings.common.warningTitle, lines: [v.noBudget] };
      download(out.csv, "gevinst-budsjettendringer.csv", "text/csv;charset=utf-8");
      return {
        intent: "success",
        title: strings.common.doneTitle,
        lines: [v.changesDone(out.changes.rows.length)],
      };
    });

  return (
    <Section title={v.heading}>
      <div className={styles.form}>
        <Text size={200}>{v.hint}</Text>
        <ChoiceField
          label={v.kind}
          choices={VERSION_KINDS.map((k) => ({ value: k, text: v.kinds[k] }))}
          value={kind}
          onChange={(value) => setKind(value as VersionKind)}
        />
        <Field label={v.name} size="small">
          <Input
            className={styles.input}
            size="small"
            value={name}
            onChange={(_, d) => setName(d.value)}
          />
        </Field>
        <Field label={v.by} size="small">
          <Input
            className={styles.input}
            size="small"
            value={by}
            onChange={(_, d) => setBy(d.value)}
          />
        </Field>
        <ActionButton size="small" action={action} actionKey="freeze" onRun={freeze}>
          {v.freeze}
        </ActionButton>
        <OutcomeBar action={action} keys={["freeze"]} />
        <Text size={200}>{v.changesHint}</Text>
        <ActionButton size="small" action={action} actionKey="changes" onRun={changes}>
          {v.downloadChanges}
        </ActionButton>
        <OutcomeBar action={action} keys={["changes"]} />
      </div>
    </Section>
  );
}
