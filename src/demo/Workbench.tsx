import {
  Button,
  Caption1,
  Input,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useRef } from "react";
import type { DemoSession } from "./demo-session";
import { demoStrings } from "./demo-strings";
import { SheetGrid } from "./SheetGrid";
import { useWorkbench } from "./useWorkbench";
import { useXlsxFiles } from "./useXlsxFiles";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    minHeight: 0,
    height: "100%",
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  address: { width: "5rem" },
  formula: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
  tabs: { overflowX: "auto", flexWrap: "nowrap" },
  hidden: { display: "none" },
});

export type WorkbenchProps = { session: DemoSession };

/** The in-browser workbook: file buttons, formula bar, grid and sheet tabs. */
export function Workbench({ session }: WorkbenchProps) {
  const styles = useStyles();
  const bench = useWorkbench(session);
  const files = useXlsxFiles(session);
  const bar = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          aria-label={demoStrings.open}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) files.open(file);
          }}
        />
        <Button size="small" disabled={files.busy} onClick={() => fileInput.current?.click()}>
          {files.busy ? demoStrings.opening : demoStrings.open}
        </Button>
        <Button size="small" disabled={files.busy} onClick={files.save}>
          {demoStrings.save}
        </Button>
        <Button size="small" appearance="subtle" disabled={files.busy} onClick={files.reset}>
          {demoStrings.reset}
        </Button>
        <Button size="small" appearance="subtle" disabled={files.busy} onClick={files.loadSample}>
          {demoStrings.sample}
        </Button>
        {files.error ? <Text role="alert">{files.error}</Text> : null}
      </div>
      <div className={styles.bar}>
        <Input
          className={styles.address}
          size="small"
          readOnly
          value={bench.address}
          aria-label={demoStrings.cellAddress}
        />
        <Input
          className={styles.formula}
          size="small"
          input={{ ref: bar }}
          aria-label={demoStrings.formulaBar}
          value={bench.barText}
          onChange={(_, data) => bench.setDraft(data.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              bench.commit((event.target as HTMLInputElement).value);
            } else if (event.key === "Escape") bench.setDraft(null);
          }}
        />
      </div>
      {bench.sheet ? (
        <SheetGrid
          sheet={bench.sheet}
          rows={bench.rows}
          columnNames={bench.columnNames}
          selection={bench.selection}
          onSelect={bench.select}
          onEdit={() => bar.current?.focus()}
        />
      ) : null}
      {bench.truncated ? (
        <Caption1>{demoStrings.truncated(bench.rows, bench.cols)}</Caption1>
      ) : null}
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={bench.sheet?.name}
        onTabSelect={(_, data) => bench.showSheet(String(data.value))}
        aria-label={demoStrings.sheets}
      >
        {bench.sheets.map((name) => (
          <Tab key={name} value={name}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
