import { Text } from "@fluentui/react-components";
import type { LoadBudgetResult } from "../../app/connect-budget";
import { useBudgetConnection } from "../hooks/useBudgetConnection";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { MappingEditor } from "./MappingEditor";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

export type BudgetSectionProps = { budget: LoadBudgetResult | undefined; onChanged: () => void };

/** Where the budget is: connected or not, «Koble til budsjett», and the mapping to confirm. */
export function BudgetSection({ budget, onChanged }: BudgetSectionProps) {
  const strings = useStrings();
  const connection = useBudgetConnection(onChanged);
  const loaded = budget?.status === "loaded" ? budget : null;
  return (
    <Section title={strings.budget.heading}>
      {loaded ? (
        <Text>{strings.budget.connected(loaded.lines.length, loaded.mapping.budgetYear)}</Text>
      ) : (
        <Text>{budget?.status === "error" ? budget.message : strings.budget.notConnected}</Text>
      )}
      {loaded?.check.remap ? (
        <>
          <Text weight="semibold">{strings.budget.remapNeeded}</Text>
          {loaded.check.messages.map((message, i) => (
            <Text key={i} size={200}>
              {message}
            </Text>
          ))}
        </>
      ) : null}
      {connection.proposal && connection.draft ? null : (
        <ActionButton
          appearance={loaded ? "secondary" : "primary"}
          action={connection.action}
          actionKey="connect"
          onRun={connection.connect}
        >
          {loaded ? strings.budget.reconnect : strings.budget.connect}
        </ActionButton>
      )}
      <OutcomeBar action={connection.action} />
      {connection.proposal && connection.draft ? (
        <MappingEditor
          candidates={connection.proposal.candidates}
          draft={connection.draft}
          preview={connection.preview}
          action={connection.action}
          onChange={connection.setDraft}
          onConfirm={connection.confirm}
          onCancel={connection.cancel}
        />
      ) : null}
    </Section>
  );
}
