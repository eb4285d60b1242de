import { Badge, Text } from "@fluentui/react-components";
import type { RealisationStatus } from "../../core/calculation/calculation.types";
import type { Portfolio } from "../../core/model/portfolio.types";
import { formatKroner } from "../../core/money";
import type { Report } from "../../core/report/report.types";
import { realisationGroups, realisationRows } from "../hooks/realisation-summary";
import { useStrings } from "../strings";
import { Section } from "./Section";
import { useTableStyles } from "./table-styles";

const BADGE: Record<RealisationStatus, "danger" | "warning" | "success"> = {
  avvik: "danger",
  folg_med: "warning",
  i_rute: "success",
};

export type RealisationSectionProps = { report: Report; portfolio: Portfolio };

/**
 * Økonomisjef: realised against expected (spec §12), per deep-dive and for the kommune, then each
 * measure and year with the measures in avvik first.
 */
export function RealisationSection({ report, portfolio }: RealisationSectionProps) {
  const strings = useStrings().realisation;
  const styles = useTableStyles();
  const rows = realisationRows(report, portfolio);
  const groups = realisationGroups(rows, portfolio);
  const status = (s: RealisationStatus) => (
    <Badge appearance="tint" color={BADGE[s]}>
      {strings.statuses[s]}
    </Badge>
  );
  const groupName = (key: string) =>
    key === "*"
      ? strings.kommune
      : key === ""
        ? strings.withoutDeepDive
        : (portfolio.deepDives.find((d) => d.id === key)?.name ?? key);
  return (
    <Section title={strings.heading}>
      {rows.length === 0 ? (
        <Text>{strings.none}</Text>
      ) : (
        <>
          <div className={styles.scroll}>
            <table className={styles.table} aria-label={strings.byDeepDive}>
              <thead>
                <tr>
                  <th scope="col">{strings.area}</th>
                  <th scope="col">{strings.realised}</th>
                  <th scope="col">{strings.deviation}</th>
                  <th scope="col">{strings.status}</th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.key}>
                    <th scope="row">{groupName(g.key)}</th>
                    <td>{formatKroner(g.realised)}</td>
                    <td className={g.deviation < 0 ? styles.negative : undefined}>
                      {formatKroner(g.deviation)}
                    </td>
                    <td>{status(g.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className={styles.scroll}>
            <table className={styles.table} aria-label={strings.byMeasure}>
              <thead>
                <tr>
                  <th scope="col">{strings.measure}</th>
                  <th scope="col">{strings.realised}</th>
                  <th scope="col">{strings.deviation}</th>
                  <th scope="col">{strings.status}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.measure}|${r.year}`}>
                    <th scope="row">
                      {r.measure} {r.name} ({r.year})
                    </th>
                    <td>{formatKroner(r.realised)}</td>
                    <td className={r.deviation < 0 ? styles.negative : undefined}>
                      {formatKroner(r.deviation)}
                    </td>
                    <td>{status(r.status)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
