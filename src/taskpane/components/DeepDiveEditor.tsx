import { Button, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { addDeepDive, updateDeepDive } from "../../app/edit-portfolio";
import type { DeepDive } from "../../core/model/portfolio.types";
import type { PortfolioEdit } from "../hooks/usePortfolioEdit";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "end", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  grow: { flexGrow: 1, minWidth: "8rem" },
});

export type DeepDiveEditorProps = { deepDives: readonly DeepDive[]; editor: PortfolioEdit };

/** The deep-dives: add one, or rename one and assign its line manager. */
export function DeepDiveEditor({ deepDives, editor }: DeepDiveEditorProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [editing, setEditing] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [owner, setOwner] = useState("");
  const reset = () => {
    setEditing(null);
    setName("");
    setOwner("");
  };
  const save = () => {
    if (editing)
      editor.edit(
        "deep-dive",
        (p) => updateDeepDive(p, editing, { name, owner }),
        strings.portfolio.saved,
        reset,
      );
    else
      editor.edit(
        "deep-dive",
        (p) => addDeepDive(p, { name, owner }).portfolio,
        strings.portfolio.added(name.trim()),
        reset,
      );
  };

  return (
    <Section title={strings.portfolio.deepDivesHeading}>
      {deepDives.length === 0 ? <Text>{strings.portfolio.noDeepDives}</Text> : null}
      <ul className={styles.list}>
        {deepDives.map((d) => (
          <li key={d.id}>
            <Text>
              {d.id} {d.name}
              {d.owner ? ` – ${d.owner}` : ""}
            </Text>{" "}
            <Button
              size="small"
              appearance="subtle"
              aria-label={`${strings.portfolio.editDeepDive} ${d.name}`}
              onClick={() => {
                setEditing(d.id);
                setName(d.name);
                setOwner(d.owner ?? "");
              }}
            >
              {strings.portfolio.editDeepDive}
            </Button>
          </li>
        ))}
      </ul>
      <div className={styles.row}>
        <Field className={styles.grow} label={strings.portfolio.deepDiveName} size="small">
          <Input size="small" value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field className={styles.grow} label={strings.portfolio.owner} size="small">
          <Input size="small" value={owner} onChange={(_, d) => setOwner(d.value)} />
        </Field>
        <ActionButton
          size="small"
          action={editor.action}
          actionKey="deep-dive"
          disabled={name.trim() === ""}
          onRun={save}
        >
          {editing ? strings.portfolio.renameDeepDive : strings.portfolio.addDeepDive}
        </ActionButton>
      </div>
      <OutcomeBar action={editor.action} keys={["deep-dive"]} />
    </Section>
  );
}
