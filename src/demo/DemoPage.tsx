import { Caption1, makeStyles, Title3, tokens } from "@fluentui/react-components";
import { App } from "../taskpane/App";
import type { PaneServices } from "../taskpane/services";
import type { DemoSession } from "./demo-session";
import { demoStrings } from "./demo-strings";
import { Workbench } from "./Workbench";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  main: { display: "flex", flexGrow: 1, minHeight: 0, columnGap: tokens.spacingHorizontalM },
  workbook: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  // The width of an Excel task pane (320–450 px).
  pane: {
    width: "400px",
    flexShrink: 0,
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export type DemoPageProps = { session: DemoSession; services: PaneServices; notice: string | null };

/** The workbook on the left, the real task pane on the right. */
export function DemoPage({ session, services, notice }: DemoPageProps) {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <header>
        <Title3 as="h1">{demoStrings.title}</Title3>
        <Caption1 block>{notice ?? demoStrings.intro}</Caption1>
      </header>
      <div className={styles.main}>
        <div className={styles.workbook}>
          <Workbench session={session} />
        </div>
        <aside className={styles.pane} aria-label="Gevinst">
          <App host={{ kind: "demo" }} services={services} />
        </aside>
      </div>
    </div>
  );
}
