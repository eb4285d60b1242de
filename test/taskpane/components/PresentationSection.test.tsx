import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import JSZip from "jszip";
import { App } from "../../../src/taskpane/App";
import { aPortfolio, aWorkbookWithPortfolio } from "../support/gevinst-workbook";
import { paneServicesFor } from "../support/pane-services";
import { renderWithFluent } from "../support/render-with-fluent";

jest.setTimeout(60_000);

describe("the finance director's Q3 presentation download", () => {
  const created: Blob[] = [];
  const original = {
    create: URL.createObjectURL,
    revoke: URL.revokeObjectURL,
    release: process.release,
  };
  beforeAll(() => {
    // PptxGenJS takes a runtime with process.release «node» for Node and loads node:fs; in the
    // pane it runs in a browser, so the test runs it as one.
    Object.defineProperty(process, "release", { value: { name: "browser" }, configurable: true });
    // jsdom has no object URLs: keep what the pane hands the browser to save.
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return "blob:presentation";
    };
    URL.revokeObjectURL = () => undefined;
  });
  afterAll(() => {
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    Object.defineProperty(process, "release", { value: original.release, configurable: true });
  });

  it("downloads a .pptx with the kommune's slides and one per prioritised deep-dive", async () => {
    const user = userEvent.setup();
    const workbook = await aWorkbookWithPortfolio(aPortfolio(600_000, "vedtatt", 1_000_000));
    renderWithFluent(<App host={{ kind: "demo" }} services={paneServicesFor(workbook)} />);
    await user.click(screen.getByRole("tab", { name: "Økonomisjef" }));
    await user.click(
      await screen.findByRole("button", { name: "Last ned presentasjonen (.pptx)" }),
    );
    expect(
      await screen.findByText("Presentasjonen med 3 lysbilder er lastet ned."),
    ).toBeInTheDocument();
    await waitFor(() => expect(created).toHaveLength(1));
    const blob = created[0] as Blob;
    expect(blob.type).toBe(
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    );
    // jsdom's Blob has no arrayBuffer(); its FileReader reads it.
    const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blob);
    });
    const zip = await JSZip.loadAsync(bytes);
    const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    expect(slides).toHaveLength(3);
    const third = await zip.file("ppt/slides/slide3.xml")?.async("string");
    expect(third).toContain("Prioritert dypdykk: Hjemmetjenester");
  });
});
