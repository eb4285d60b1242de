/** What init and import share: an -o output that is checked before anything is read. */
import type { OptionSpec, ParsedArgs } from "../args";
import { LOSS_OPTIONS, flag, stringOption } from "../args";
import { CliError } from "../cli-error";
import { checkExtension, checkOutputPath } from "../files";

export const WORKBOOK_OUTPUT_OPTIONS = {
  output: { type: "string", short: "o" },
  sheet: { type: "string" },
  year: { type: "string" },
  overwrite: { type: "boolean" },
  // Accepted and ignored: nothing outside the Gevinst parts is lost any more (docs/cli.md).
  ...LOSS_OPTIONS,
} as const satisfies OptionSpec;

/** The resolved -o path. @throws CliError when it is missing, not .xlsx, or the input itself. */
export function requireWorkbookOutput(
  command: string,
  parsed: ParsedArgs,
  cwd: string,
  inputs: readonly string[],
): string {
  const output = stringOption(parsed, "output");
  if (output === undefined || output.trim() === "")
    throw new CliError(
      `Mangler utfil. Oppgi en ny .xlsx-fil med -o, f.eks. «gevinst ${command} … -o ut.xlsx».`,
    );
  checkExtension(output, ".xlsx");
  return checkOutputPath(cwd, inputs, output, flag(parsed, "overwrite"));
}
