/**
 * The roll as the finance director reads it: what moved, what was archived, what needs a
 * decision. Plain Norwegian lines for the command line, the pane and the log.
 */
import { describeKey } from "../calculation/budget-key";
import { formatKroner } from "../money";
import type { RollReport } from "./roll-portfolio";

const STATUS: Record<string, string> = { i_rute: "i rute", folg_med: "følg med", avvik: "avvik" };

export type RollReportText = { moved: string[]; archived: string[]; decisions: string[] };

export function rollReportText(report: RollReport): RollReportText {
  const { fromYear, toYear } = report;
  const newLast = toYear + 3;
  const moved = [
    `Porteføljen er flyttet fra budsjettår ${fromYear} til ${toYear} (økonomiplan ${toYear}–${newLast}).`,
    `${report.measureCount} tiltak er med videre, med id, status, eiere, gevinster, handlinger, indikatorer, målinger og godkjenninger.`,
    `${newLast} har fått samme innfasing og driftskostnad som ${newLast - 1}, og ingen engangskostnad.`,
  ];
  if (report.explicitPhaseIn.length > 0)
    moved.push(
      `Gevinster uten egen innfasing har fått standardinnfasingen skrevet ut per år, så de ikke starter på nytt: ${report.explicitPhaseIn.join(", ")}.`,
    );
  const year = String(fromYear);
  const rows = report.archived;
  const withRealised = rows.filter((r) => r.realised !== undefined);
  const expected = withRealised.reduce((s, r) => s + r.expected, 0);
  const realised = withRealised.reduce((s, r) => s + (r.realised ?? 0), 0);
  const archived = [
    `${year} er lagt i «Gevinst Historikk» for ${rows.length} tiltak (planlagt, forventet, kostnad og realisert).`,
    withRealised.length === 0
      ? `Ingen tiltak hadde realiserte tall for ${year}.`
      : `${withRealised.length} tiltak hadde realiserte tall for ${year}: ${formatKroner(realised)} realisert mot ${formatKroner(expected)} forventet (avvik ${formatKroner(realised - expected)}).`,
    ...withRealised
      .filter((r) => r.realisationStatus !== "i_rute")
      .sort((a, b) => (a.deviation ?? 0) - (b.deviation ?? 0))
      .map(
        (r) =>
          `  ${r.measure} «${r.name}»: ${formatKroner(r.realised ?? 0)} av ${formatKroner(r.expected)} forventet — ${STATUS[r.realisationStatus ?? ""] ?? ""}.`,
      ),
  ];
  const decisions: string[] = [];
  if (report.missingSavingsTarget)
    decisions.push(
      `Innsparingskravet for ${report.missingSavingsTarget} mangler (MISSING_SAVINGS_TARGET). Sett det under «Omstillingsbehov» på arket «Gevinst Oversikt».`,
    );
  for (const lost of report.lostLinks)
    decisions.push(
      lost.kind === "cost"
        ? `Tiltak ${lost.measure}: kostnadslinjen (${describeKey(lost.key)}) finnes ikke i det nye budsjettet (LINK_NOT_FOUND). Velg en ny linje.`
        : `Tiltak ${lost.measure}, gevinst ${lost.benefit ?? ""}: budsjettlinjen (${describeKey(lost.key)}) finnes ikke i det nye budsjettet (LINK_NOT_FOUND). Velg en ny linje.`,
    );
  for (const value of report.dropped)
    decisions.push(
      `${value.measure ? `Tiltak ${value.measure}${value.benefit ? `, gevinst ${value.benefit}` : ""}` : "Porteføljen"}: «${String(value.raw)}» (${value.field}) kunne ikke leses og er ikke flyttet.`,
    );
  if (decisions.length === 0)
    decisions.push("Ingenting må avgjøres: alle lenker finnes i det nye budsjettet.");
  return { moved, archived, decisions };
}

/** The text as lines under three headings. */
export function rollReportLines(report: RollReport): string[] {
  const text = rollReportText(report);
  return [
    "Flyttet:",
    ...text.moved.map((l) => `  ${l}`),
    "Arkivert:",
    ...text.archived.map((l) => `  ${l}`),
    "Må avgjøres:",
    ...text.decisions.map((l) => `  ${l}`),
  ];
}
