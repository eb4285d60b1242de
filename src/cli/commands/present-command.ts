/** `gevinst present <workbook.xlsx> -o <out.pptx>` (spec §16: the Q3 presentation). */
import { flag, parseCommandArgs, requirePositionals, stringOption } from "../args";
import { writeDeckPptx } from "../../adapters/pptx/write-pptx";
import { buildPresentation } from "../../app/present";
import { isGevinstSheet } from "../../core/workbook/workbook-port";
import { CliError, EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { checkExtension, checkOutputPath, writeFileAtomic } from "../files";
import { loadWorkbook } from "../workbook-files";

export async function runPresent(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("present", args, {
    output: { type: "string", short: "o" },
    overwrite: { type: "boolean" },
  });
  const [input = ""] = requirePositionals("present", parsed, ["arbeidsboka (.xlsx)"]);
  const output = stringOption(parsed, "output");
  if (output === undefined || output.trim() === "")
    throw new CliError(
      "Mangler utfil. Oppgi en ny .pptx-fil med -o, f.eks. «gevinst present gevinst.xlsx -o q3.pptx».",
    );
  checkExtension(output, ".pptx");
  const target = checkOutputPath(io.cwd, [input], output, flag(parsed, "overwrite"));
  const loaded = await loadWorkbook(io, input);
  try {
    if (!loaded.book.sheetNames().some(isGevinstSheet))
      throw new CliError(
        `«${input}» har ingen Gevinst-ark, så det er ingenting å presentere. Kjør «gevinst init» eller «gevinst import» først.`,
      );
    const { deck, report } = await buildPresentation(loaded.book);
    await writeFileAtomic(target, Buffer.from(await writeDeckPptx(deck)));
    io.stdout(`Skrev ${deck.slides.length} lysbilder til «${output}».`);
    return report.issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
  } finally {
    await loaded.close();
  }
}
