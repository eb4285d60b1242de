import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { RealisationStatus } from "../../core/calculation/calculation.types";
import type { Portfolio } from "../../core/model/portfolio.types";
import { formatKroner } from "../../core/money";
import type { Report } from "../../core/report/report.types";
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
    rowGap: tokens.spacingVerticalM,
  },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  facts: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
  },
  value: { margin: 0, textAlign: "right" },
  avvik: { color: tokens.colorPaletteRedForeground1 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

const RANK: Record<RealisationStatus, number> = { avvik: 0, folg_med: 1, i_rute: 2 };

export type FollowUpReviewProps = { report: Report; portfolio: Portfolio; editor: PortfolioEdit };

/**
 * The tertial report for the finance director (spec §14): per counted measure followed up in the
 * year, expected and realised to date, the prognosis and the status, avvik first; the gap by
 * prognosis; and the measures the prioritisation proposes to cover it, to take or leave.
 * A list of small blocks, not a table: five figures and two texts do not fit 350 px across.
 */
export function FollowUpReview({ report, portfolio, editor }: FollowUpReviewProps) {
  const strings = useStrings();
  const f = strings.followUp;
  const p = strings.proposal;
  const styles = useStyles();
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const follow = report.followUp;
  if (!follow) return <Text size={200}>{f.reviewNone}</Text>;
  const year = follow.year;
  const nameOf = (id: string) => portfolio.measures.find((m) => m.id === id)?.name ?? id;
  const rows = report.measures
    .filter((m) => m.counted && m.years[year]?.forecast !== undefined)
    .map((m) => ({
      id: m.id,
      y: m.years[year],
      own: portfolio.measures.find((x) => x.id === m.id),
    }))
    .sort(
      (a, b) =>
        RANK[a.y?.statusToDate ?? "i_rute"] - RANK[b.y?.statusToDate ?? "i_rute"] ||
        (a.y?.deviationToDate ?? 0) - (b.y?.deviationToDate ?? 0),
    );
  const cover = follow.cover.filter((id) => !left.has(id));
  return (
    <>
      <Text weight="semibold">
        {f.reviewHeading(follow.period ? f.period(follow.period) : "", year)}
      </Text>
      <ul className={styles.list} aria-label={f.reviewList}>
        {rows.map(({ id, y, own }) => {
          const status = y?.statusToDate;
          return (
            <li key={id} className={styles.item} data-follow-up={id}>
              <Text weight="semibold">
                {`${id} ${nameOf(id)}`}
                {status ? (
                  <span className={status === "avvik" ? styles.avvik : undefined}>
                    {` · ${strings.realisation.statuses[status]}`}
                  </span>
                ) : null}
              </Text>
              <dl className={styles.facts}>
                {y?.expectedToDate !== undefined ? (
                  <>
                    <dt>{f.expectedToDate}</dt>
                    <dd className={styles.value}>{formatKroner(y.expectedToDate)}</dd>
                    <dt>{f.realisedToDate}</dt>
                    <dd className={styles.value}>{formatKroner(y.realisedToDate ?? 0)}</dd>
                  </>
                ) : null}
                <dt>{f.forecastYear}</dt>
                <dd className={styles.value}>
                  {formatKroner(y?.forecast ?? 0)}
                  {y?.forecastComputed ? ` (${f.computed})` : ""}
                </dd>
              </dl>
              {own?.deviationNote ? (
                <Text size={200}>{`${f.note}: ${own.deviationNote}`}</Text>
              ) : null}
              {own?.correctiveAction ? (
                <Text size={200}>{`${f.action}: ${own.correctiveAction}`}</Text>
              ) : null}
            </li>
          );
        })}
      </ul>
      <Text weight="semibold">
        {follow.gapByForecast > 0.005 ? f.gap(formatKroner(follow.gapByForecast)) : f.covered}
      </Text>
      {cover.length > 0 ? (
        <>
          <Text weight="semibold">{f.coverHeading}</Text>
          <ul className={styles.list} aria-label={f.coverHeading}>
            {cover.map((id) => (
              <li key={id} className={styles.item} data-cover={id}>
                <Text>{`${id} ${nameOf(id)}`}</Text>
                <div className={styles.buttons}>
                  <ActionButton
                    size="small"
                    appearance="primary"
                    action={editor.action}
                    actionKey={`cover:${id}`}
                    label={p.takeLabel(nameOf(id))}
                    onRun={() =>
                      editor.edit(
                        `cover:${id}`,
                        (portfolio) => ({
                          ...portfolio,
                          measures: portfolio.measures.map((m) =>
                            m.id === id ? { ...m, status: "prioritert" } : m,
                          ),
                        }),
                        p.taken(nameOf(id)),
                      )
                    }
                  >
                    {p.take}
                  </ActionButton>
                  <Button
                    size="small"
                    appearance="subtle"
                    aria-label={p.leaveLabel(nameOf(id))}
                    onClick={() => setLeft(new Set([...left, id]))}
                  >
                    {p.leave}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <OutcomeBar action={editor.action} keys={cover.map((id) => `cover:${id}`)} />
    </>
  );
}
