import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { SHEET_YEAR_WHEEL } from "../../core/sheets/shared/sheet-names";
import { OutcomeBar } from "../components/OutcomeBar";
import { Section } from "../components/Section";
import { useAnnualCycle } from "../hooks/useAnnualCycle";
import { useStrings } from "../strings";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  sheets: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
  },
});

/** Årshjul: the current quarter. */
export function AnnualCycleView() {
  const strings = useStrings();
  const styles = useStyles();
  const cycle = useAnnualCycle();
  if (!cycle.data)
    return cycle.error ? (
      <Text>{cycle.error}</Text>
    ) : (
      <Spinner size="small" label={strings.common.loading} />
    );
  const s = strings.annualCycle;
  return (
    <>
      <Section title={s.heading(cycle.quarter)}>
        <Caption1>{cycle.data.fromSheet ? s.fromSheet : s.fromModel}</Caption1>
        <ul className={styles.list}>
          {cycle.activities.map((a, i) => (
            <li key={i} className={styles.item}>
              <Text weight="semibold">{a.what}</Text>
              <Text size={200}>
                <strong>{s.who}:</strong> {a.who}
              </Text>
              <Text size={200}>
                <strong>{s.documents}:</strong> {a.documents}
              </Text>
              <div>
                <Badge
                  appearance="tint"
                  size="small"
                  color={
                    a.status === "ferdig"
                      ? "success"
                      : a.status === "pågår"
                        ? "informative"
                        : "subtle"
                  }
                >
                  {s.status}: {a.status ?? s.noStatus}
                </Badge>{" "}
                {a.cell ? (
                  <Button
                    size="small"
                    appearance="subtle"
                    disabled={cycle.action.running !== null}
                    onClick={() => cycle.goTo(SHEET_YEAR_WHEEL, a.cell ?? undefined)}
                  >
                    {strings.common.goToCell(SHEET_YEAR_WHEEL, a.cell)}
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={s.sheetsHeading}>
        {cycle.a3Sheets.length === 0 ? <Text>{s.noSheets}</Text> : null}
        <div className={styles.sheets}>
          {cycle.a3Sheets.map((sheet) => (
            <Button
              key={sheet}
              size="small"
              disabled={cycle.action.running !== null}
              onClick={() => cycle.goTo(sheet)}
            >
              {strings.common.goToSheet(sheet)}
            </Button>
          ))}
        </div>
      </Section>
      <OutcomeBar action={cycle.action} />
    </>
  );
}
