import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { numberProblem, parseUserNumber } from "../../number-input";
import { useStrings } from "../../strings";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(6.5rem, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  group: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  // Fluent's Input is wide by default: let four of them share a 320 px pane.
  input: { minWidth: 0, width: "100%" },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase200 },
});

export type YearTexts = Record<string, string>;

/** The texts as numbers per year (null: blank), or null when one is not a number. */
export function yearNumbers(texts: YearTexts, scale = 1): Record<string, number | null> | null {
  const out: Record<string, number | null> = {};
  for (const [year, text] of Object.entries(texts)) {
    if (text.trim() === "") {
      out[year] = null;
      continue;
    }
    const value = parseUserNumber(text);
    if (value === null) return null;
    out[year] = value / scale;
  }
  return out;
}

export type YearFieldsProps = {
  legend: string;
  years: readonly string[];
  values: YearTexts;
  onChange: (values: YearTexts) => void;
  /** «%» or «kr» after each field. */
  unit: string;
  /** What a field is called when not its key: «1. tertial» for T1. */
  labels?: (key: string) => string;
};

/** One number field per plan year under one legend; a bad number is said in words at its field. */
export function YearFields({ legend, years, values, onChange, unit, labels }: YearFieldsProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.grid}>
        {years.map((year) => {
          const problem = numberProblem(values[year] ?? "", strings.common);
          return (
            <Field
              key={year}
              label={labels ? labels(year) : year}
              size="small"
              validationState={problem ? "error" : "none"}
              validationMessage={problem ?? undefined}
            >
              <Input
                className={styles.input}
                size="small"
                inputMode="decimal"
                aria-label={`${legend} ${labels ? labels(year) : year}`}
                value={values[year] ?? ""}
                contentAfter={unit}
                onChange={(_, d) => onChange({ ...values, [year]: d.value })}
              />
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}

/** The texts for a ByYear as the fields show them (× scale: fractions as percent). */
export function yearTexts(
  years: readonly string[],
  values: Record<string, number> | undefined,
  scale = 1,
): YearTexts {
  return Object.fromEntries(
    years.map((y) => {
      const value = values?.[y];
      return [y, value === undefined ? "" : String(round(value * scale))];
    }),
  );
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
