import { MessageBar, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { HostState } from "./office-host";
import { useStrings } from "./strings";

export type HostNoticeProps = { host: HostState };

/** Says so when Gevinst cannot work with the workbook: no Excel, or an Excel that is too old. */
export function HostNotice({ host }: HostNoticeProps) {
  const strings = useStrings();
  switch (host.kind) {
    case "excel":
    case "demo":
      return null;
    case "excel-too-old":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.host.tooOldTitle}</MessageBarTitle>
            <Text block>{strings.host.tooOldBody}</Text>
          </MessageBarBody>
        </MessageBar>
      );
    case "no-excel":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.host.noExcelTitle}</MessageBarTitle>
            <Text block>{strings.host.noExcelBody}</Text>
            <Text block>{strings.host.demoHint}</Text>
          </MessageBarBody>
        </MessageBar>
      );
  }
}
