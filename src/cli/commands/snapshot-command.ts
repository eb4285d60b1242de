/**
 * `gevinst snapshot <arbeidsbok.xlsx> --version forslag|vedtatt|navngitt -o <ut.xlsx>
 * [--name NAVN] [--by NAVN]` (spec §15): freezes the portfolio's figures as a version in
 * «Gevinst Versjoner», redraws «Gevinst Endringer», logs it, and prints what changed since the
 * proposal when the adopted budget is frozen.
 */
import { userInfo } from "node:os";
import { takeVersion } from "../../app/take-version";
import { formatKroner } from "../../core/money";
import { labelOf } from "../../core/sheets/shared/labels";
import { VERSION_KINDS, type VersionKind } from "../../core/model/portfolio.types";
import type { VersionComparison } from "../../core/versions";
import { isGevinstSheet } from "../../core/workbook/workbook-port";
import { parseCommandArgs, requirePositionals, stringOption } from "../args";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { formatIssues } from "../issue-lines";
import { loadWorkbook, readingStep, saveWorkbook } from "../workbook-files";
import { requireWorkbookOutput } from "./write-options";

const CHANGE_WORDS = { added: "lagt til", removed: "tatt ut", changed: "endret" } as const;

function who(): string {
  try {
    return userInfo().username || "gevinst";
  } catch {
    return "gevinst";
  }
}

export async function runSnapshot(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("snapshot", args, {
    output: { type: "string", short: "o" },
    overwrite: { type: "boolean" },
    version: { type: "string" },
    name: { type: "string" },
    by: { type: "string" },
  });
  const [input = ""] = requirePositionals("snapshot", parsed, ["arbeidsboka (.xlsx)"]);
  const kind = (stringOption(parsed, "version") ?? "").trim().toLowerCase();
  if (!(VERSION_KINDS as readonly string[]).includes(kind))
    throw new CliError(
      `Oppgi hvilken versjon som fryses med --version forslag, --version vedtatt eller --version navngitt.`,
    );
  const output = requireWorkbookOutput("snapshot", parsed, io.cwd, [input]);
  const loaded = await loadWorkbook(io, input);
  try {
    if (!loaded.book.sheetNames().some(isGevinstSheet))
      throw new CliError(
        `«${input}» har ingen Gevinst-ark, så det er ingen tall å fryse. Kjør «gevinst init» eller «gevinst import» først.`,
      );
    const user = who();
    const taken = await readingStep(loaded.book, () =>
      takeVersion(loaded.book, {
        now: new Date(),
        user: `${user} (gevinst-kommandolinjen)`,
        kind: kind as VersionKind,
        ...(stringOption(parsed, "name") ? { name: stringOption(parsed, "name") } : {}),
        by: stringOption(parsed, "by") ?? user,
      }),
    );
    await saveWorkbook(io, loaded, output);
    const v = taken.version;
    io.stdout(
      `Frøs ${v.id} «${v.name}» (${v.kind}, ${v.date}, ${v.by}): ${v.measures.length} tiltak, ${v.adjustments.length} budsjettlinjer. Skrev «${output}».`,
    );
    for (const line of comparisonLines(taken.comparison)) io.stdout(line);
    for (const line of formatIssues(taken.issues)) io.stdout(line);
    return taken.issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
  } finally {
    await loaded.close();
  }
}

/** What changed from the proposal to the adopted budget, in a few lines (nothing without both). */
function comparisonLines(comparison: VersionComparison): string[] {
  if (comparison.status !== "compared") return [];
  const { from, to, changes } = comparison;
  const lines = [`Endringer fra ${from.id} «${from.name}» til ${to.id} «${to.name}»:`];
  if (changes.measures.length === 0) lines.push("  Ingen tiltak er endret.");
  for (const m of changes.measures) {
    const status = m.status ? ` (status ${labelOf(m.status.from)} → ${labelOf(m.status.to)})` : "";
    const years = Object.entries(m.budgetNet ?? {})
      .map(([year, n]) => `${year}: ${formatKroner(n.from)} → ${formatKroner(n.to)}`)
      .join(", ");
    lines.push(`  ${m.id} ${CHANGE_WORDS[m.change]}${status}${years ? `; netto ${years}` : ""}`);
  }
  const gap = Object.entries(changes.gap)
    .map(([year, g]) => `${year}: ${formatKroner(g.from)} → ${formatKroner(g.to)}`)
    .join(", ");
  lines.push(`  Gap ${gap}.`);
  if (changes.reapprove.length > 0)
    lines.push(`  A3 som må godkjennes på nytt: ${changes.reapprove.join(", ")}.`);
  return lines;
}
