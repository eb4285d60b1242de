/**
 * The Q3 presentation (spec §16) from the workbook: one read, the report, the deck. The command
 * line and the pane's download both call this, then lay the deck out as .pptx
 * (src/adapters/pptx) — the use-cases know only the port.
 */
import { buildDeck, type Deck } from "../core/present/deck";
import type { Report } from "../core/report/report.types";
import type { WorkbookPort } from "../core/workbook/workbook-port";
import { reportWithSheets } from "./build-report";

export async function buildPresentation(
  port: WorkbookPort,
): Promise<{ deck: Deck; report: Report }> {
  const { report, portfolio, overview } = await reportWithSheets(port);
  return { deck: buildDeck({ portfolio, report, overview }), report };
}
