/** Refuses to write a workbook when exceljs would drop parts of it, unless the user accepts it. */
import { inspectPackage } from "../adapters/xlsx/inspect-package";
import { CliError } from "./cli-error";
import type { CliIo } from "./cli-io";

/**
 * @throws CliError naming what would be lost, unless `allowLoss`; then it only warns on stderr.
 */
export async function checkNothingIsLost(
  bytes: Buffer,
  file: string,
  allowLoss: boolean,
  io: CliIo,
): Promise<void> {
  const { findings } = await inspectPackage(bytes);
  if (findings.length === 0) return;
  const lost = joinNorwegian(findings.map((finding) => finding.label));
  if (allowLoss) {
    io.stderr(`Advarsel: ${lost} i «${file}» blir ikke med i utfilen (--tillat-tap).`);
    return;
  }
  throw new CliError(
    `«${file}» inneholder ${lost}, som går tapt om gevinst lagrer filen. Legg til Gevinst-arkene med tillegget i Excel, eller kjør på nytt med --tillat-tap om tapet er greit.`,
  );
}

/** ["a", "b", "c"] → "a, b og c". */
export function joinNorwegian(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`;
}
