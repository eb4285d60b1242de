import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { WorkbookError } from "../../../src/core/workbook/workbook-port";
import { CATALOGUES } from "../../../src/app/messages";
import { useAction } from "../../../src/taskpane/hooks/useAction";
import { STRINGS, StringsContext } from "../../../src/taskpane/strings";

const wrapper = ({ children }: { children: ReactNode }) => (
  <StringsContext.Provider value={STRINGS.nb}>{children}</StringsContext.Provider>
);

describe("useAction", () => {
  it("does not start an action while one is running", async () => {
    const { result } = renderHook(() => useAction(), { wrapper });
    let finish: () => void = () => undefined;
    const work = jest.fn(() => new Promise<null>((resolve) => (finish = () => resolve(null))));

    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.run("a", work);
      void result.current.run("a", work);
    });
    expect(result.current.running).toBe("a");
    await act(async () => {
      finish();
      await first;
    });

    expect(work).toHaveBeenCalledTimes(1);
    expect(result.current.running).toBeNull();
  });

  it("turns a workbook failure into the Norwegian sentence for its reason, with the detail", async () => {
    const { result } = renderHook(() => useAction(), { wrapper });

    await act(() =>
      result.current.run("write", () =>
        Promise.reject(
          new WorkbookError("sheet-protected", {
            key: "SHEET_PROTECTED_NAMED",
            params: { sheet: "Gevinst Tiltak" },
          }),
        ),
      ),
    );

    expect(result.current.outcome).toEqual({
      intent: "error",
      title: "Det gikk ikke",
      lines: [
        `${CATALOGUES.nb.workbookErrors["sheet-protected"]} (Arket «Gevinst Tiltak» er beskyttet.)`,
      ],
    });
    expect(result.current.outcomeKey).toBe("write");
  });
});
