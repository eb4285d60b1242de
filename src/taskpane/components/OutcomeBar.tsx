import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import type { ActionState } from "../hooks/useAction";
import { useStrings } from "../strings";

export type OutcomeBarProps = {
  action: ActionState;
  /** Show only the outcome of these actions (several sections may share one action state). */
  keys?: readonly string[];
};

/** What the last action did, or what went wrong and what to do. */
export function OutcomeBar({ action, keys }: OutcomeBarProps) {
  const strings = useStrings();
  const { outcome, outcomeKey } = action;
  if (!outcome) return null;
  if (keys && (outcomeKey === null || !keys.includes(outcomeKey))) return null;
  return (
    <MessageBar intent={outcome.intent} layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.lines?.map((line, i) => (
          <Text block key={i}>
            {line}
          </Text>
        ))}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" onClick={action.dismiss}>
            {strings.common.close}
          </Button>
        }
      />
    </MessageBar>
  );
}
