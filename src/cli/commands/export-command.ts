/** `gevinst export <workbook.xlsx> [-o portfolio.json]`. */
import { flag, parseCommandArgs, requirePositionals, stringOption } from "../args";
import { EXIT_ISSUES, EXIT_OK } from "../cli-error";
import type { CliIo } from "../cli-io";
import { checkExtension, checkOutputPath, writeFileAtomic } from "../files";
import { formatIssues } from "../issue-lines";
import { readBack } from "../use-cases";
import { loadWorkbook } from "../workbook-files";

export async function runExport(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCommandArgs("export", args, {
    output: { type: "string", short: "o" },
    overwrite: { type: "boolean" },
  });
  const [input = ""] = requirePositionals("export", parsed, ["arbeidsboka (.xlsx)"]);
  const output = stringOption(parsed, "output");
  let target: string | undefined;
  if (output !== undefined) {
    checkExtension(output, ".json");
    target = checkOutputPath(io.cwd, [input], output, flag(parsed, "overwrite"));
  }
  const loaded = await loadWorkbook(io, input);
  const { json, issues, measureCount } = await readBack(loaded.book).finally(() => loaded.close());
  if (target === undefined) {
    io.stdout(json);
    // Issues go to stderr so that stdout stays valid JSON for a pipe.
    for (const line of formatIssues(issues)) io.stderr(line);
  } else {
    await writeFileAtomic(target, json);
    io.stdout(`Skrev ${measureCount} tiltak til «${output}».`);
    for (const line of formatIssues(issues)) io.stdout(line);
  }
  return issues.some((i) => i.severity === "error") ? EXIT_ISSUES : EXIT_OK;
}
