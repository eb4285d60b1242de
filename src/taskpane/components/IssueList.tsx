import { messageText } from "../../app/messages";
import { Badge, Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/model/issue.types";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
  },
});

export type IssueListProps = {
  issues: readonly Issue[];
  busy: boolean;
  onGoTo: (sheet: string, cell?: string) => void;
};

/** Errors first, then warnings; each with a button that selects its cell in the workbook. */
export function IssueList({ issues, busy, onGoTo }: IssueListProps) {
  const strings = useStrings();
  const styles = useStyles();
  if (issues.length === 0) return <Text>{strings.lineManager.noIssues}</Text>;
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1,
  );
  return (
    <ul className={styles.list}>
      {sorted.map((issue, i) => (
        <li key={i} className={styles.item}>
          <Badge
            appearance="tint"
            color={issue.severity === "error" ? "danger" : "warning"}
            size="small"
          >
            {strings.lineManager.severity[issue.severity]}
          </Badge>
          <Text size={200}>{messageText(issue, strings.messageLanguage)}</Text>
          {issue.sheet ? (
            <Button
              size="small"
              appearance="subtle"
              disabled={busy}
              onClick={() => onGoTo(issue.sheet ?? "", issue.cell)}
            >
              {issue.cell
                ? strings.common.goToCell(issue.sheet, issue.cell)
                : strings.common.goToSheet(issue.sheet)}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
