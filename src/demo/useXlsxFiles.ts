import { useState } from "react";
import { MemoryWorkbook } from "../adapters/memory";
import type { DemoSession } from "./demo-session";
import { demoStrings } from "./demo-strings";
import { sampleBudgetSeed } from "./sample-budget";

/** Opening .xlsx and .csv files, downloading .xlsx, and going back to the sample budget. */
export function useXlsxFiles(session: DemoSession) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const guard = async (work: () => Promise<void>, failure: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      // Shown to the visitor in Norwegian; the console keeps the cause for whoever debugs it.
      console.error(caught);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const open = (file: File) =>
    void guard(async () => {
      const { isCsvName, readCsvWorkbook } = await import("./open-csv");
      if (isCsvName(file.name))
        return session.replace(readCsvWorkbook(await file.arrayBuffer(), file.name));
      const { readXlsx } = await import("./xlsx-io");
      session.replace(await readXlsx(await file.arrayBuffer()));
    }, demoStrings.openFailed);
  const save = () =>
    void guard(async () => {
      const { writeXlsx } = await import("./xlsx-io");
      const bytes = await writeXlsx(session.workbook);
      const url = URL.createObjectURL(
        new Blob([bytes], {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = "gevinst-demo.xlsx";
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    }, demoStrings.saveFailed);
  const reset = () => session.replace(MemoryWorkbook.fromSeed(sampleBudgetSeed()));
  const loadSample = () =>
    void guard(async () => {
      const { loadSampleWithMeasures } = await import("./load-sample");
      await loadSampleWithMeasures(session, new Date());
    }, demoStrings.sampleFailed);
  return { busy, error, open, save, reset, loadSample };
}
