import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { ActionState } from "../hooks/useAction";
import { useStrings } from "../strings";

export type OutcomeBarProps = {
  action: ActionState;
  /** Show only the outcome of these actions (several sections may share one action state). */
  keys?: readonly string[];
};

/**
 * What the last action did, or what went wrong and what to do. A new outcome takes the focus: the
 * button that started the action may be gone or disabled, and focus must not fall to the page.
 */
export function OutcomeBar({ action, keys }: OutcomeBarProps) {
  const strings = useStrings();
  const bar = useRef<HTMLDivElement>(null);
  const { outcome, outcomeKey } = action;
  const shown = outcome !== null && (!keys || (outcomeKey !== null && keys.includes(outcomeKey)));
  useEffect(() => {
    if (shown) bar.current?.focus();
  }, [shown, outcome]);
  if (!outcome || !shown) return null;
  return (
    <MessageBar
      ref={bar}
      tabIndex={-1}
      intent={outcome.intent}
      layout="multiline"
      aria-live="polite"
    >
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
