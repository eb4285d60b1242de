/**
 * `gevinst changes <arbeidsbok.xlsx> -o endringer.csv` (spec §15): the budget adjustments per line
 * and plan year as the file the kommune's budget system imports. Issues are printed as by
 * `report`; the file is written all the same (errors stop nothing) and the exit code is 1 when
 * any issue is an error.
 */
import path from "node:path";
import { budgetChangesOut } from "../../app/budget-changes-out";
import { formatCount } from "../../app/messages/shared";
import { isGevinstSheet } from "../../core/workbook/workbook-port";
import { flag, parseCommandArgs, requirePositionals, stringOption } from "../args";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { checkOutputPath, writeFileAtomic } from "../files";
import { formatIssues } from "../issue-lines";
import { loadWorkbook, readingStep } from "../workbook-files";

export async function runChanges(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("changes", args, {
    output: { type: "string", short: "o" },
    overwrite: { type: "boolean" },
  });
  const [input = ""] = requirePositionals("changes", parsed, ["arbeidsboka (.xlsx)"]);
  const output = stringOption(parsed, "output");
  if (output === undefined || output.trim() === "")
    throw new CliError(
      "Mangler utfil. Oppgi en ny .csv-fil med -o, f.eks. «gevinst changes arbeidsbok.xlsx -o endringer.csv».",
    );
  if (path.extname(output).toLowerCase() !== ".csv")
    throw new CliError(
      `Utfilen «${output}» må ha endelsen .csv. Oppgi et navn som slutter på .csv med -o.`,
    );
  const target = checkOutputPath(io.cwd, [input], output, flag(parsed, "overwrite"));
  const loaded = await loadWorkbook(io, input);
  try {
    if (!loaded.book.sheetNames().some(isGevinstSheet))
      throw new CliError(
        `«${input}» har ingen Gevinst-ark, så det er ingen budsjettendringer. Kjør «gevinst init» eller «gevinst import» først.`,
      );
    const out = await readingStep(loaded.book, () => budgetChangesOut(loaded.book));
    if (out.status === "no-budget")
      throw new CliError(
        `«${input}» har ingen kobling til budsjettet, så endringene kan ikke skrives per budsjettlinje. Kjør «gevinst init» på budsjettet først.`,
      );
    await writeFileAtomic(target, out.csv);
    const lines = new Set(out.changes.rows.map((r) => JSON.stringify(r.key))).size;
    io.stdout(
      `Skrev ${formatCount(out.changes.rows.length)} endringer (${formatCount(lines)} budsjettlinjer) til «${output}».`,
    );
    for (const line of formatIssues(out.issues)) io.stdout(line);
    return out.issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
  } finally {
    await loaded.close();
  }
}
