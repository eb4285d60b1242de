import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import type { HostNotices } from "../host-notices";
import { useStrings } from "../strings";

const NONE: readonly string[] = [];
const noSubscription = () => () => undefined;

export type HostNoticeBarsProps = { notices: HostNotices | undefined };

/** What the host said outside an action (an Excel without drop-down lists …), each until closed. */
export function HostNoticeBars({ notices }: HostNoticeBarsProps) {
  const strings = useStrings();
  const messages = useSyncExternalStore(
    notices ? notices.subscribe : noSubscription,
    notices ? notices.current : () => NONE,
  );
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const open = messages.filter((m) => !closed.has(m));
  if (open.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{strings.host.limitedTitle}</MessageBarTitle>
        {open.map((message) => (
          <Text block key={message}>
            {message}
          </Text>
        ))}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            onClick={() => setClosed(new Set([...closed, ...open]))}
          >
            {strings.common.close}
          </Button>
        }
      />
    </MessageBar>
  );
}
