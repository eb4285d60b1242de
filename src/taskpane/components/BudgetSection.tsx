import { messageText } from "../../app/messages";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import type { LoadBudgetResult } from "../../app/connect-budget";
import { useBudgetConnection } from "../hooks/useBudgetConnection";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { HandMappingEditor, MappingEditor } from "./MappingEditor";
import { OutcomeBar } from "./OutcomeBar";
import { Section } from "./Section";

export type BudgetSectionProps = {
  budget: LoadBudgetResult | undefined;
  /** What opening the budget repaired or upgraded (Norwegian sentences), shown until closed. */
  notices?: readonly string[];
  onDismissNotices?: () => void;
};

/** Where the budget is: connected or not, «Koble til budsjett», and the mapping to confirm. */
export function BudgetSection({ budget, notices = [], onDismissNotices }: BudgetSectionProps) {
  const strings = useStrings();
  const connection = useBudgetConnection();
  const loaded = budget?.status === "loaded" ? budget : null;
  return (
    <Section title={strings.budget.heading}>
      {notices.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" aria-live="polite">
          <MessageBarBody>
            <MessageBarTitle>{strings.budget.repairedTitle}</MessageBarTitle>
            {notices.map((notice, i) => (
              <Text block key={i}>
                {notice}
              </Text>
            ))}
          </MessageBarBody>
          {onDismissNotices ? (
            <MessageBarActions
              containerAction={
                <Button appearance="transparent" size="small" onClick={onDismissNotices}>
                  {strings.common.close}
                </Button>
              }
            />
          ) : null}
        </MessageBar>
      ) : null}
      {loaded ? (
        <Text>{strings.budget.connected(loaded.lines.length, loaded.mapping.budgetYear)}</Text>
      ) : (
        <Text>
          {budget?.status === "error"
            ? messageText(budget, strings.messageLanguage)
            : strings.budget.notConnected}
        </Text>
      )}
      {loaded?.check.remap ? (
        <>
          <Text weight="semibold">{strings.budget.remapNeeded}</Text>
          {loaded.check.refs.map((ref, i) => (
            <Text key={i} size={200}>
              {messageText(ref, strings.messageLanguage)}
            </Text>
          ))}
        </>
      ) : null}
      {(connection.proposal && connection.draft) || connection.hand ? null : (
        <>
          <ActionButton
            appearance={loaded ? "secondary" : "primary"}
            action={connection.action}
            actionKey="connect"
            onRun={connection.connect}
          >
            {loaded ? strings.budget.reconnect : strings.budget.connect}
          </ActionButton>
          <ActionButton
            appearance="secondary"
            action={connection.action}
            actionKey="hand"
            onRun={connection.startHand}
          >
            {strings.budget.handMap}
          </ActionButton>
        </>
      )}
      <OutcomeBar action={connection.action} />
      {connection.hand ? (
        <HandMappingEditor
          hand={connection.hand}
          preview={connection.preview}
          action={connection.action}
          onChange={connection.setHandChoice}
          onConfirm={connection.confirm}
          onCancel={connection.cancel}
        />
      ) : connection.proposal && connection.draft ? (
        <MappingEditor
          candidates={connection.proposal.candidates}
          draft={connection.draft}
          preview={connection.preview}
          action={connection.action}
          onChange={connection.setDraft}
          onConfirm={connection.confirm}
          onCancel={connection.cancel}
          onMapByHand={connection.startHand}
        />
      ) : null}
    </Section>
  );
}
