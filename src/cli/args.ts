/** Argument parsing with node's util.parseArgs, mapped to Norwegian one-line errors (exit 2). */
import { parseArgs } from "node:util";
import { CliError } from "./cli-error";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

/** Flags every command takes. */
export const COMMON_OPTIONS = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
} as const satisfies OptionSpec;

/**
 * Flags once needed to accept that exceljs dropped parts it could not carry; the package writer
 * keeps every part, so they are accepted and ignored (help.ts says so).
 */
export const LOSS_OPTIONS = {
  "tillat-tap": { type: "boolean" },
  "allow-loss": { type: "boolean" },
} as const satisfies OptionSpec;

export type ParsedArgs = {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
};

/** @throws CliError for an unknown flag, a missing flag value or a repeated positional. */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: OptionSpec,
): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...COMMON_OPTIONS, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { positionals, values: values as ParsedArgs["values"] };
  } catch (error) {
    throw new CliError(`${describeParseError(error)} Se «gevinst ${command} --help».`, {
      cause: error,
    });
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `Ukjent valg ${flag}.`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `Valget ${flag} mangler en verdi eller har feil type verdi.`;
    default:
      return "Kunne ikke tolke argumentene.";
  }
}

/** The positional arguments, exactly `names.length` of them. @throws CliError naming what is missing. */
export function requirePositionals(
  command: string,
  parsed: ParsedArgs,
  names: readonly string[],
): string[] {
  if (parsed.positionals.length < names.length) {
    const missing = names.slice(parsed.positionals.length).join(" og ");
    throw new CliError(`Mangler ${missing}. Se «gevinst ${command} --help».`);
  }
  if (parsed.positionals.length > names.length) {
    const extra = parsed.positionals.slice(names.length).join(" ");
    throw new CliError(`For mange argumenter: ${extra}. Se «gevinst ${command} --help».`);
  }
  return parsed.positionals;
}

export function stringOption(parsed: ParsedArgs, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === "string" ? value : undefined;
}

export function flag(parsed: ParsedArgs, name: string): boolean {
  return parsed.values[name] === true;
}

/** --year as a four-digit year. @throws CliError for anything else. */
export function yearOption(command: string, parsed: ParsedArgs): number | undefined {
  const text = stringOption(parsed, "year");
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim()))
    throw new CliError(
      `--year må være et årstall som 2027, ikke «${text}». Se «gevinst ${command} --help».`,
    );
  return Number(text.trim());
}
