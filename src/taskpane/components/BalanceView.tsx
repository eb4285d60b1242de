import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { formatKroner, formatNumber } from "../../core/money";
import { useNarrow } from "../hooks/useNarrow";
import type { Report } from "../../core/report";
import { useStrings } from "../strings";
import { useTableStyles } from "./table-styles";

const useStyles = makeStyles({
  chart: { width: "100%", height: "auto", maxWidth: "26rem" },
  net: { fill: tokens.colorBrandBackground },
  netNegative: { fill: tokens.colorPaletteRedBackground3 },
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
/** The chart's drawing area runs from PAD to BASE; the year labels sit below. */
const BASE = 125;
const PAD = 10;

export type BalanceViewProps = { report: Report };

/** The savings requirement against the counted netto per year: a table and a bar chart. */
export function BalanceView({ report }: BalanceViewProps) {
  const strings = useStrings();
  const styles = useStyles();
  const table = useTableStyles();
  const box = useRef<HTMLDivElement>(null);
  const thousands = useNarrow(box, 400);
  const amount = (value: number) =>
    thousands ? formatNumber(Math.round(value / 1000)) : formatKroner(value);
  const rows = report.years.map((year) => ({
    year,
    ...(report.balance[year] ?? { target: 0, budgetNet: 0, gap: 0, balanced: true }),
  }));
  // The axis sits where zero is: a negative netto (costs before gains) draws downwards.
  const values = rows.flatMap((r) => [r.target, r.budgetNet]);
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const span = Math.max(top - bottom, 1);
  const y = (value: number) => PAD + ((top - value) / span) * (BASE - PAD);
  const zero = y(0);
  const slot = W / Math.max(rows.length, 1);
  const bar = (value: number) => ({
    y: Math.min(y(value), zero),
    height: Math.abs(y(value) - zero),
  });
  return (
    <>
      <div
        ref={box}
        className={table.scroll}
        role="region"
        aria-label={strings.finance.balanceHeading}
        // A box that scrolls must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        {thousands ? <Caption1>{strings.finance.inThousands}</Caption1> : null}
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
                <td>{amount(r.target)}</td>
                <td data-balance="budgetNet" data-year={r.year}>
                  {amount(r.budgetNet)}
                </td>
                <td
                  className={r.balanced ? table.positive : table.negative}
                  title={r.balanced ? strings.finance.balanced : strings.finance.notBalanced}
                >
                  {amount(r.gap)}
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
        <line className={styles.axis} x1={0} x2={W} y1={zero} y2={zero} />
        {rows.map((r, i) => {
          const x = i * slot + slot * 0.15;
          const w = slot * 0.3;
          return (
            <g key={r.year}>
              <rect className={styles.target} x={x} width={w} {...bar(r.target)} />
              <rect
                className={r.budgetNet < 0 ? styles.netNegative : styles.net}
                x={x + w}
                width={w}
                data-net={r.year}
                {...bar(r.budgetNet)}
              />
              <text className={styles.label} x={x + w} y={H - 4} textAnchor="middle">
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
