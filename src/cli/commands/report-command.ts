/** `gevinst report <workbook.xlsx> [--json]`. */
import { flag, parseCommandArgs, requirePositionals } from "../args";
import { isGevinstSheet } from "../../core/workbook/workbook-port";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { formatReportSummary } from "../report-text";
import { buildReport } from "../use-cases";
import { loadWorkbook } from "../workbook-files";

export async function runReport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("report", args, { json: { type: "boolean" } });
  const [input = ""] = requirePositionals("report", parsed, ["arbeidsboka (.xlsx)"]);
  const loaded = await loadWorkbook(io, input);
  try {
    if (!loaded.book.sheetNames().some(isGevinstSheet))
      throw new CliError(
        `«${input}» har ingen Gevinst-ark, så det er ingenting å rapportere. Kjør «gevinst init» eller «gevinst import» først.`,
      );
    const report = await buildReport(loaded.book);
    if (flag(parsed, "json")) io.stdout(JSON.stringify(report, null, 2));
    else for (const line of formatReportSummary(report)) io.stdout(line);
    return report.issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
  } finally {
    await loaded.close();
  }
}
