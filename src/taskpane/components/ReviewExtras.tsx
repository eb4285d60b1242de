import { Badge, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Approval, ReadinessKey, ReadinessPoint } from "../../app/finance-review";
import type { ActionState } from "../hooks/useAction";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  check: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  checkRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  badge: { flexShrink: 0 },
  approve: { display: "flex", alignItems: "end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export type ReadinessListProps = { points: readonly ReadinessPoint[] };

/** The October checklist: ready, not ready, or nothing of its kind to check (never green then). */
export function ReadinessList({ points }: ReadinessListProps) {
  const strings = useStrings();
  const styles = useStyles();
  const f = strings.finance;
  return (
    <ul className={styles.check}>
      {points.map((p) => (
        <li key={p.key} className={styles.checkRow} data-readiness={p.key} data-state={p.state}>
          <Badge
            className={styles.badge}
            appearance="tint"
            size="small"
            color={p.state === "ok" ? "success" : p.state === "missing" ? "warning" : "subtle"}
          >
            {p.state === "ok" ? f.ready : p.state === "missing" ? f.notReady : f.nothingToCheck}
          </Badge>
          <Text size={200}>{f.readiness[p.key]}</Text>
        </li>
      ))}
    </ul>
  );
}

export type ApprovalFormProps = {
  approver: string;
  onApprover: (name: string) => void;
  action: ActionState;
  onApprove: () => void;
  /** The checklist points that are not ready; approval waits for them. */
  blocking: readonly ReadinessKey[];
  /** The log's approvals, newest first. */
  approvals: readonly Approval[];
};

/**
 * «Godkjent» with the approver's name, only once the checklist is ready (a kommune's budget must
 * balance, kommuneloven § 14-4); until then it says what is missing. The latest approval stays in
 * view, who and when, read back from the log.
 */
export function ApprovalForm({
  approver,
  onApprover,
  action,
  onApprove,
  blocking,
  approvals,
}: ApprovalFormProps) {
  const strings = useStrings();
  const styles = useStyles();
  const f = strings.finance;
  const latest = approvals[0];
  return (
    <>
      <Text size={200} data-approval={latest ? "approved" : "none"}>
        {latest
          ? f.lastApproval(latest.approver, strings.common.dateTime(latest.at), latest.budgetYear)
          : f.notApproved}
      </Text>
      {blocking.length > 0 ? (
        <div>
          <Text size={200}>{f.cannotApprove}</Text>
          <ul className={styles.list}>
            {blocking.map((key) => (
              <li key={key}>
                <Text size={200}>{f.readiness[key]}</Text>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className={styles.approve}>
        <Field label={f.approverName} size="small">
          <Input size="small" value={approver} onChange={(_, d) => onApprover(d.value)} />
        </Field>
        <ActionButton
          appearance="primary"
          size="small"
          action={action}
          actionKey="approve"
          disabled={blocking.length > 0 || approver.trim() === ""}
          onRun={onApprove}
        >
          {f.approve}
        </ActionButton>
      </div>
      <OutcomeBar action={action} />
    </>
  );
}
