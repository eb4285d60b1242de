/**
 * The shape of a stored BudgetMapping, checked when the config sheet is read back: the sheet may
 * have been edited by hand or damaged, and a bad mapping must become an issue, never a crash.
 */
import { z } from "zod";
import { KEY_DIMENSIONS, type BudgetMapping, type KeyDimension } from "../budget/budget.types";
import { missingKeys } from "../budget/key-dimensions";

const col = z.number().int().min(0).max(16383);
const row = z.number().int().min(0).max(1048575);
const dims = z.object(
  Object.fromEntries(KEY_DIMENSIONS.map((d) => [d, col.optional()])) as Record<
    KeyDimension,
    z.ZodOptional<typeof col>
  >,
);

const sourceSchema = z.object({
  sheet: z.string().min(1),
  table: z.string().min(1).optional(),
  headerRow: row,
  firstRow: row,
  lastRow: row,
  keyColumns: dims,
  nameColumns: dims,
  planColumns: z.tuple([col, col, col, col]),
  yearColumns: z.array(
    z.object({
      col,
      year: z.number().int(),
      kind: z.enum(["regnskap", "budsjett", "okonomiplan"]),
      header: z.string(),
    }),
  ),
  unit: z.union([z.literal(1), z.literal(1000)]),
  manual: z.object({ headers: z.record(z.string(), z.string()) }).optional(),
});

const mappingSchema = z.object({
  budgetYear: z.number().int().min(1900).max(2199),
  sources: z.array(sourceSchema).min(1),
});

/** Where a stored mapping is damaged: the field, and the budget sheet when it is one source's. */
export type MappingProblem = { field: string; fieldSheet?: string };

/** The mapping if `value` is one, else where its first problem is. */
export function validateMapping(
  value: unknown,
): { mapping: BudgetMapping } | { problem: MappingProblem } {
  const result = mappingSchema.safeParse(value);
  if (result.success) {
    const keys = result.data.sources.find((s) => missingKeys(s.keyColumns).length > 0);
    if (keys) return { problem: { field: "keyColumns", fieldSheet: keys.sheet } };
    return { mapping: result.data };
  }
  const first = result.error.issues[0];
  const path = first ? first.path.join(".") : "";
  return { problem: { field: path || "budgetMapping" } };
}
