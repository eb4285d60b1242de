import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Portfolio } from "../../core/model/portfolio.types";
import { formatKroner } from "../../core/money";
import type { Prioritisation } from "../../core/prioritisation";
import type { PortfolioEdit } from "../hooks/usePortfolioEdit";
import { useStrings } from "../strings";
import { ActionButton } from "./ActionButton";
import { OutcomeBar } from "./OutcomeBar";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export type ProposalListProps = {
  prioritisation: Prioritisation;
  portfolio: Portfolio;
  editor: PortfolioEdit;
  /** False while an innsparingskrav is missing: then no gap can be called closed. */
  targetSet: boolean;
};

/**
 * The core's proposal, in the pane's language from its figures: each proposed measure by name,
 * what it closes, and a button to take it (status «prioritert», so it is counted) or leave it.
 */
export function ProposalList({ prioritisation, portfolio, editor, targetSet }: ProposalListProps) {
  const strings = useStrings();
  const styles = useStyles();
  const p = strings.proposal;
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const shown = prioritisation.proposal.filter((x) => !left.has(x.id));
  const nameOf = (id: string) => portfolio.measures.find((m) => m.id === id)?.name ?? id;
  const openYears = Object.entries(prioritisation.gapAfter).filter(([, gap]) => gap > 0.005);
  return (
    <>
      {shown.length === 0 ? (
        <Text>{strings.finance.noProposal}</Text>
      ) : (
        <ul className={styles.list}>
          {shown.map((x) => (
            <li key={x.id} className={styles.item} data-proposal={x.id}>
              <Text weight="semibold">{nameOf(x.id)}</Text>
              <Text size={200}>
                {x.closes > 0 ? p.closes(formatKroner(x.closes)) : p.closesNothing}
              </Text>
              <div className={styles.buttons}>
                <ActionButton
                  size="small"
                  appearance="primary"
                  action={editor.action}
                  actionKey={`take:${x.id}`}
                  label={p.takeLabel(nameOf(x.id))}
                  onRun={() =>
                    editor.edit(
                      `take:${x.id}`,
                      (portfolio) => ({
                        ...portfolio,
                        measures: portfolio.measures.map((m) =>
                          m.id === x.id ? { ...m, status: "prioritert" } : m,
                        ),
                      }),
                      p.taken(nameOf(x.id)),
                    )
                  }
                >
                  {p.take}
                </ActionButton>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={p.leaveLabel(nameOf(x.id))}
                  onClick={() => setLeft(new Set([...left, x.id]))}
                >
                  {p.leave}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Text size={200} weight="semibold">
        {!targetSet
          ? p.noTarget
          : openYears.length > 0
            ? p.stillOpen(openYears.map(([year, gap]) => p.yearGap(year, formatKroner(gap))))
            : prioritisation.proposal.length > 0
              ? p.closesAll(prioritisation.proposal.length)
              : p.alreadyClosed}
      </Text>
      <OutcomeBar action={editor.action} />
    </>
  );
}
