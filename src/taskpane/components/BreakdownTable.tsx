import { formatKroner } from "../../core/money";
import { useTableStyles } from "./table-styles";

export type BreakdownTableProps = {
  label: string;
  /** What the amounts are («Sum 2027–2030»): a four-year sum must say so. */
  valueHeading: string;
  rows: readonly { key: string; label: string; value: number }[];
};

/** One amount per group (deep-dive, status) over the whole period. */
export function BreakdownTable({ label, valueHeading, rows }: BreakdownTableProps) {
  const styles = useTableStyles();
  return (
    <table className={styles.table} aria-label={label}>
      <thead>
        <tr>
          <td />
          <th scope="col">{valueHeading}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td className={row.value < 0 ? styles.negative : undefined}>
              {formatKroner(row.value)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
