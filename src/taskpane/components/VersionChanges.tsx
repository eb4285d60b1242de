import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatKroner } from "../../core/money";
import type { VersionComparison } from "../../core/versions";
import { useStrings } from "../strings";
import { useTableStyles } from "./table-styles";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export type VersionChangesProps = { comparison: VersionComparison };

/**
 * What politics changed (spec §15), for the finance director: the gap per year from the proposal
 * to the adopted budget, each measure added, removed or changed, and the A3s to approve again.
 * A list, not a table, per measure: its changes are of different kinds and do not line up.
 */
export function VersionChanges({ comparison }: VersionChangesProps) {
  const strings = useStrings();
  const v = strings.versions;
  const styles = useStyles();
  const table = useTableStyles();
  if (comparison.status !== "compared") return <Text size={200}>{v.compareNone}</Text>;
  const { from, to, changes, documents } = comparison;
  const statusText = (s: keyof typeof strings.finance.statuses) => strings.finance.statuses[s];
  const titleOf = (key: string) => {
    const d = documents.find((doc) => doc.key === key);
    if (!d) return key;
    return d.unit ? strings.a3Approval.unitTitle(d.unit.dimension, d.unit.code) : d.title;
  };
  const years = Object.keys(changes.gap).sort();
  return (
    <div className={styles.block}>
      <Text weight="semibold">{v.compareFromTo(from.name, to.name)}</Text>
      <table className={table.table} aria-label={v.gapTable}>
        <thead>
          <tr>
            <th scope="col">{strings.finance.year}</th>
            <th scope="col">{v.gapFrom}</th>
            <th scope="col">{v.gapTo}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((year) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              <td>{formatKroner(changes.gap[year]?.from ?? 0)}</td>
              <td>{formatKroner(changes.gap[year]?.to ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.measures.length === 0 ? (
        <Text size={200}>{v.noChanges}</Text>
      ) : (
        <ul className={styles.list} aria-label={v.compareHeading}>
          {changes.measures.map((m) => {
            const parts = [
              ...(m.status
                ? [v.statusChange(statusText(m.status.from), statusText(m.status.to))]
                : []),
              ...Object.entries(m.budgetNet ?? {})
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([year, ft]) => v.netChange(year, formatKroner(ft.from), formatKroner(ft.to))),
            ];
            return (
              <li key={m.id} data-measure={m.id}>
                {`${m.id} ${m.name}: ${v[m.change]}`}
                {parts.length > 0 ? ` (${parts.join("; ")})` : ""}
              </li>
            );
          })}
        </ul>
      )}
      {changes.reapprove.length > 0 ? (
        <>
          <Text weight="semibold">{v.reapprove}</Text>
          <ul className={styles.list} aria-label={v.reapprove}>
            {changes.reapprove.map((key) => (
              <li key={key}>{titleOf(key)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
