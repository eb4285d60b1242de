/**
 * The demo workbench (`npm run demo`): the task pane beside an in-browser workbook, no Excel needed.
 * The sample kommune budget is loaded into a MemoryWorkbook whose formulas IronCalc evaluates.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { MemoryWorkbook, type Evaluator } from "../adapters/memory";
import type { PaneServices } from "../taskpane/services";
import { DemoPage } from "./DemoPage";
import { DemoSession } from "./demo-session";
import { demoStrings } from "./demo-strings";
import { sampleBudgetSeed } from "./sample-budget";

async function loadEvaluator(): Promise<Evaluator> {
  const [{ default: init, ...ironcalc }, { evaluateWithIronCalc }] = await Promise.all([
    import("@ironcalc/wasm"),
    import("../adapters/formula-engine/ironcalc-evaluator"),
  ]);
  await init();
  return (workbook) => evaluateWithIronCalc(ironcalc, workbook);
}

export async function startDemo(container: HTMLElement): Promise<void> {
  let evaluator: Evaluator | null = null;
  let notice: string | null = null;
  try {
    evaluator = await loadEvaluator();
  } catch {
    notice = demoStrings.engineFailed;
  }
  const session = new DemoSession(MemoryWorkbook.fromSeed(sampleBudgetSeed()), evaluator);
  const services: PaneServices = {
    port: session.port,
    now: () => new Date(),
    user: "Demo",
    storage: window.localStorage,
  };
  // For the end-to-end test and the curious: the workbook behind the page.
  (window as unknown as { gevinstDemo?: DemoSession }).gevinstDemo = session;
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <DemoPage session={session} services={services} notice={notice} />
      </FluentProvider>
    </StrictMode>,
  );
}

const container = document.getElementById("gevinst-demo");
if (container) void startDemo(container);
