import { Caption1, Tab, TabList } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { formatKroner, formatNumber } from "../../core/money";
import type { Report } from "../../core/report";
import { useNarrow } from "../hooks/useNarrow";
import { useStrings } from "../strings";
import { useTableStyles } from "./table-styles";

export type AreasTableProps = {
  report: Report;
  /** The ids of the areas the budget officer listed (with their krav): the rows of the table. */
  listed: readonly string[];
};

/**
 * Per rammeområde, for one plan year at a time: innsparingskrav, what the counted measures give
 * (netto) and what is missing. One year at a time because four years × three figures × a dozen
 * areas do not fit 350 px; the «Gevinst Rammer» sheet has them all.
 */
export function AreasTable({ report, listed }: AreasTableProps) {
  const strings = useStrings();
  const f = strings.finance;
  const styles = useTableStyles();
  const box = useRef<HTMLDivElement>(null);
  const thousands = useNarrow(box, 460);
  const [chosen, setChosen] = useState(report.years[0] ?? "");
  // The areas with a krav, one row each; what the measures do on the rest is one row, so a
  // dozen «0 · 0 · i balanse» rows do not hide the areas that matter.
  const all = report.areas ?? [];
  const areas = all.filter((a) => listed.includes(a.id));
  const rest = all.filter((a) => !listed.includes(a.id));
  const year = report.years.includes(chosen) ? chosen : (report.years[0] ?? "");
  const amount = (value: number) =>
    thousands ? formatNumber(Math.round(value / 1000)) : formatKroner(value);
  const label = f.areasTableLabel(year);
  return (
    <div ref={box}>
      <TabList
        size="small"
        selectedValue={year}
        onTabSelect={(_, d) => setChosen(String(d.value))}
        aria-label={f.areasYear}
      >
        {report.years.map((y) => (
          <Tab key={y} value={y}>
            {y}
          </Tab>
        ))}
      </TabList>
      <div
        className={styles.scroll}
        role="region"
        aria-label={label}
        // A box that scrolls must be reachable by keyboard (axe: scrollable-region-focusable).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        {thousands ? <Caption1>{f.inThousands}</Caption1> : null}
        <table className={styles.table} aria-label={label}>
          <thead>
            <tr>
              <th scope="col">{f.area}</th>
              <th scope="col">{f.target}</th>
              <th scope="col">{f.figures.budgetNet}</th>
              <th scope="col">{f.areaMissing}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((area) => {
              const figures = area.years[year];
              const gap = figures?.gap ?? 0;
              return (
                <tr key={area.id} data-area={area.id}>
                  <th scope="row">{area.name === area.id ? area.id : area.name}</th>
                  <td data-figure="target">{amount(figures?.target ?? 0)}</td>
                  <td data-figure="budgetNet">{amount(figures?.budgetNet ?? 0)}</td>
                  {/* Balanced says so in words: a bare 0 or a minus reads as a figure to check. */}
                  <td data-figure="gap" className={gap > 0 ? styles.negative : undefined}>
                    {figures?.balanced ? f.balanced : amount(gap)}
                  </td>
                </tr>
              );
            })}
            {rest.length > 0 ? (
              <tr data-area="">
                <th scope="row">{f.otherAreas(rest.length)}</th>
                <td>{f.noAreaTarget}</td>
                <td data-figure="budgetNet">
                  {amount(rest.reduce((sum, a) => sum + (a.years[year]?.budgetNet ?? 0), 0))}
                </td>
                <td>{f.noAreaTarget}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
