import { makeStyles, tokens } from "@fluentui/react-components";
import { formatKroner } from "../../core/money";
import type { Report } from "../../core/report";
import { useStrings } from "../strings";
import { useTableStyles } from "./table-styles";

const useStyles = makeStyles({
  chart: { width: "100%", height: "auto", maxWidth: "26rem" },
  net: { fill: tokens.colorBrandBackground },
  target: { fill: tokens.colorNeutralStroke1 },
  axis: { stroke: tokens.colorNeutralStroke1 },
  label: { fill: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  legend: { display: "flex", gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200 },
  swatchNet: {
    display: "inline-block",
    width: "0.8em",
    height: "0.8em",
    marginRight: "0.3em",
    backgroundColor: tokens.colorBrandBackground,
  },
  swatchTarget: {
    display: "inline-block",
    width: "0.8em",
    height: "0.8em",
    marginRight: "0.3em",
    backgroundColor: tokens.colorNeutralStroke1,
  },
});

const W = 320;
const H = 150;
const BASE = 125;

export type BalanceViewProps = { report: Report };

/** The savings requirement against the counted netto per year: a table and a bar chart. */
export function BalanceView({ report }: BalanceViewProps) {
  const strings = useStrings();
  const styles = useStyles();
  const table = useTableStyles();
  const rows = report.years.map((year) => ({
    year,
    ...(report.balance[year] ?? { target: 0, budgetNet: 0, gap: 0, balanced: true }),
  }));
  const max = Math.max(1, ...rows.flatMap((r) => [Math.abs(r.target), Math.abs(r.budgetNet)]));
  const slot = W / Math.max(rows.length, 1);
  const bar = (value: number) => (Math.max(value, 0) / max) * (BASE - 15);
  return (
    <>
      <div className={table.scroll}>
        <table className={table.table} aria-label={strings.finance.balanceHeading}>
          <thead>
            <tr>
              <th scope="col">{strings.finance.year}</th>
              <th scope="col">{strings.finance.target}</th>
              <th scope="col">{strings.finance.figures.budgetNet}</th>
              <th scope="col">{strings.finance.gap}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                <td>{formatKroner(r.target)}</td>
                <td data-balance="budgetNet" data-year={r.year}>
                  {formatKroner(r.budgetNet)}
                </td>
                <td
                  className={r.balanced ? table.positive : table.negative}
                  title={r.balanced ? strings.finance.balanced : strings.finance.notBalanced}
                >
                  {formatKroner(r.gap)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={strings.finance.chartTitle}
      >
        <title>{strings.finance.chartTitle}</title>
        <line className={styles.axis} x1={0} x2={W} y1={BASE} y2={BASE} />
        {rows.map((r, i) => {
          const x = i * slot + slot * 0.15;
          const w = slot * 0.3;
          return (
            <g key={r.year}>
              <rect
                className={styles.target}
                x={x}
                y={BASE - bar(r.target)}
                width={w}
                height={bar(r.target)}
              />
              <rect
                className={styles.net}
                x={x + w}
                y={BASE - bar(r.budgetNet)}
                width={w}
                height={bar(r.budgetNet)}
              />
              <text className={styles.label} x={x + w} y={H - 8} textAnchor="middle">
                {r.year}
              </text>
            </g>
          );
        })}
      </svg>
      <div className={styles.legend} aria-hidden="true">
        <span>
          <span className={styles.swatchTarget} />
          {strings.finance.chartLegendTarget}
        </span>
        <span>
          <span className={styles.swatchNet} />
          {strings.finance.chartLegendNet}
        </span>
      </div>
    </>
  );
}
