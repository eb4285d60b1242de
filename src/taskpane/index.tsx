/**
 * The task pane's entry point: wait for Office.js, then render the app inside Fluent UI's
 * provider. It always renders — without Excel it shows why and how to try the demo instead.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { createExcelServices } from "./excel-services";
import { detectOfficeHost, getOfficeGlobal, type HostState, type OfficeLike } from "./office-host";
import type { PaneServices } from "./services";

export const ROOT_ELEMENT_ID = "gevinst-root";

export type TaskpaneRootProps = { host: HostState; services?: PaneServices };

/** The app with everything it needs around it. */
export function TaskpaneRoot({ host, services }: TaskpaneRootProps) {
  return (
    <StrictMode>
      <FluentProvider theme={webLightTheme}>
        <App host={host} {...(services ? { services } : {})} />
      </FluentProvider>
    </StrictMode>
  );
}

/**
 * Detects the host, then renders into `container`; resolves with the React root.
 * @param makeServices builds the workbook services once Excel is known to be there.
 */
export async function startTaskpane(
  container: HTMLElement,
  office: OfficeLike | undefined,
  timeoutMs?: number,
  makeServices: () => PaneServices = createExcelServices,
): Promise<Root> {
  const host = await detectOfficeHost(office, timeoutMs);
  const services = host.kind === "excel" ? makeServices() : undefined;
  const root = createRoot(container);
  root.render(<TaskpaneRoot host={host} {...(services ? { services } : {})} />);
  return root;
}

// Start only in the page that has the root element, so tests can import this module freely.
const container = typeof document === "undefined" ? null : document.getElementById(ROOT_ELEMENT_ID);
if (container) void startTaskpane(container, getOfficeGlobal());
