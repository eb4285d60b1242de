import { formatKroner } from "../../core/money";
import type { Breakdown } from "../hooks/useFinanceReview";
import { useTableStyles } from "./table-styles";

export type BreakdownTableProps = { label: string; rows: readonly Breakdown[] };

/** One amount per group (deep-dive, status) over the whole period. */
export function BreakdownTable({ label, rows }: BreakdownTableProps) {
  const styles = useTableStyles();
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={label}>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{formatKroner(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
