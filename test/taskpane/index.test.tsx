import { act, screen, within } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { ROOT_ELEMENT_ID, startTaskpane } from "../../src/taskpane/index";
import type { OfficeLike } from "../../src/taskpane/office-host";
import { MemoryWorkbook } from "../../src/adapters/memory";
import { aFakeOffice, aHangingOffice } from "./fake-office";
import { paneServicesFor } from "./support/pane-services";

describe("startTaskpane", () => {
  let container: HTMLElement;
  let root: Root | undefined;

  beforeEach(() => {
    container = document.createElement("div");
    container.id = ROOT_ELEMENT_ID;
    document.body.append(container);
  });

  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    container.remove();
  });

  // Inside "Excel" the pane gets a memory workbook instead of Office.js's.
  const services = () => paneServicesFor(new MemoryWorkbook());

  async function start(office: OfficeLike | undefined, timeoutMs?: number): Promise<void> {
    await act(async () => {
      root = await startTaskpane(container, office, timeoutMs, services);
    });
  }

  it("renders the app with the no-Excel message when Office.js did not load", async () => {
    await start(undefined);

    const pane = within(container);
    expect(pane.getByRole("heading", { level: 1, name: "Gevinst" })).toBeInTheDocument();
    expect(pane.getByText("Excel er ikke til stede")).toBeInTheDocument();
  });

  it("renders the no-Excel message when onReady gives no host", async () => {
    await start(aFakeOffice({ host: null, platform: null }));

    expect(screen.getByText("Excel er ikke til stede")).toBeInTheDocument();
  });

  it("still renders when Office.js never becomes ready", async () => {
    await start(aHangingOffice(), 20);

    expect(screen.getByText("Excel er ikke til stede")).toBeInTheDocument();
  });

  it("renders the role tabs without a warning inside Excel", async () => {
    await start(aFakeOffice({ host: "Excel", excelApi: "1.12" }));

    expect(screen.getAllByRole("tab")).toHaveLength(4);
    expect(screen.queryByText("Excel er ikke til stede")).not.toBeInTheDocument();
  });

  it("replaces the page's loading text", async () => {
    container.textContent = "Laster Gevinst …";

    await start(undefined);

    expect(container).not.toHaveTextContent("Laster Gevinst");
  });
});
