import { Badge, Field, Input, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Prioritisation } from "../../core/prioritisation";
import type { ActionState } from "../hooks/useAction";
import type { ReadinessKey } from "../hooks/useFinanceReview";
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
  approve: { display: "flex", alignItems: "end", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export type ProposalListProps = { prioritisation: Prioritisation };

/** The core's proposal: which proposed measures close the gap, and why, with its closing line. */
export function ProposalList({ prioritisation }: ProposalListProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <>
      {prioritisation.proposal.length === 0 ? (
        <Text>{strings.finance.noProposal}</Text>
      ) : (
        <ol className={styles.list}>
          {prioritisation.proposal.map((p) => (
            <li key={p.id}>
              <Text size={200}>{p.explanation}</Text>
            </li>
          ))}
        </ol>
      )}
      <Text size={200} weight="semibold">
        {prioritisation.summary}
      </Text>
    </>
  );
}

export type ReadinessListProps = { points: readonly { key: ReadinessKey; ok: boolean }[] };

/** The October checklist with a status badge per point. */
export function ReadinessList({ points }: ReadinessListProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <ul className={styles.check}>
      {points.map((p) => (
        <li key={p.key} className={styles.checkRow}>
          <Badge appearance="tint" size="small" color={p.ok ? "success" : "warning"}>
            {p.ok ? strings.finance.ready : strings.finance.notReady}
          </Badge>
          <Text size={200}>{strings.finance.readiness[p.key]}</Text>
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
  disabled: boolean;
};

/** «Godkjent» with the approver's name; the time is added when it is written to the log. */
export function ApprovalForm({
  approver,
  onApprover,
  action,
  onApprove,
  disabled,
}: ApprovalFormProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <>
      <div className={styles.approve}>
        <Field label={strings.finance.approverName} size="small">
          <Input size="small" value={approver} onChange={(_, d) => onApprover(d.value)} />
        </Field>
        <ActionButton
          appearance="primary"
          size="small"
          action={action}
          actionKey="approve"
          disabled={disabled || approver.trim() === ""}
          onRun={onApprove}
        >
          {strings.finance.approve}
        </ActionButton>
      </div>
      <OutcomeBar action={action} />
    </>
  );
}
