import { Caption1 } from "@fluentui/react-components";
import { useRef } from "react";
import { formatKroner, formatNumber } from "../../core/money";
import { useNarrow } from "../hooks/useNarrow";
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
  const box = useRef<HTMLDivElement>(null);
  // Four years of «1 500 000 kr» do not fit 350 px: there the table counts in thousands, as a
  // kommune's budget documents do, and says so; the sheets keep every krone.
  const thousands = useNarrow(box, 460);
  const amount = (value: number) =>
    thousands ? formatNumber(Math.round(value / 1000)) : formatKroner(value);
  return (
    <div
      ref={box}
      className={styles.scroll}
      role="region"
      aria-label={strings.finance.totalsHeading}
      // A box that scrolls must be reachable by keyboard (axe: scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {thousands ? <Caption1>{strings.finance.inThousands}</Caption1> : null}
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
                    {row === "freedHours" ? formatNumber(Math.round(value)) : amount(value)}
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
