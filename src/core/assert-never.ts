/**
 * The `default` of a `switch` over a discriminated union (style guide §4): the type checker proves
 * it unreachable, so reaching it at run time is a bug — a variant added without its case.
 * @throws Error naming the value that no case handled.
 */
export function assertNever(value: never, what = "endring"): never {
  throw new Error(`Ukjent ${what}: ${JSON.stringify(value)}`);
}
