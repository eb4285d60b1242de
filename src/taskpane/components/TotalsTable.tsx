import { formatKroner, formatNumber } from "../../core/money";
import type { Report, ReportFigures } from "../../core/report";
import { useStrings } from "../strings";
import { useTableStyles } from "./table-styles";

const ROWS: (keyof ReportFigures)[] = [
  "gross",
  "expected",
  "withdrawable",
  "freedHours",
  "cost",
  "budgetNet",
];

export type TotalsTableProps = { report: Report };

/** Brutto, forventet, uttak, frigjort kapasitet, kostnad and netto per plan year (counted measures). */
export function TotalsTable({ report }: TotalsTableProps) {
  const strings = useStrings();
  const styles = useTableStyles();
  return (
    <div className={styles.scroll}>
      <table className={styles.table} aria-label={strings.finance.totalsHeading}>
        <thead>
          <tr>
            <th scope="col">{strings.finance.year}</th>
            {report.years.map((year) => (
              <th key={year} scope="col">
                {year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row}>
              <th scope="row">
                {strings.finance.figures[row as keyof typeof strings.finance.figures]}
              </th>
              {report.years.map((year) => {
                const value = report.totals.years[year]?.[row] ?? 0;
                return (
                  <td key={year} data-figure={row} data-year={year}>
                    {row === "freedHours" ? formatNumber(Math.round(value)) : formatKroner(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
