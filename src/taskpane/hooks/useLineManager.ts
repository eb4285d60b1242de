import { useState } from "react";
import { loadLineManagerData, mySheets, ownersOf } from "../../app/line-manager";
import { goToSheet } from "../../app/go-to-sheet";
import { useServices } from "../services";
import { useAction } from "./useAction";
import { useWorkbookQuery } from "./useWorkbookQuery";

export const WHO_STORAGE_KEY = "gevinst.lineManager";

/** «Mine ark»: who I am (remembered), my sheets with what is missing, and jumps to sheets and cells. */
export function useLineManager() {
  const { port, storage } = useServices();
  const query = useWorkbookQuery(loadLineManagerData);
  const action = useAction();
  const [me, setMeState] = useState<string | null>(() => storage?.getItem(WHO_STORAGE_KEY) ?? null);
  const setMe = (name: string | null) => {
    setMeState(name);
    storage?.setItem(WHO_STORAGE_KEY, name ?? "");
  };
  const goTo = (sheet: string, cell?: string) =>
    void action.run(`go:${sheet}!${cell ?? ""}`, async () => {
      await goToSheet(port, sheet, cell);
      // Selecting needs no message; the workbook itself shows where the user is.
      return null;
    });
  const who = me && me.trim() !== "" ? me : null;
  return {
    ...query,
    owners: query.data ? ownersOf(query.data.portfolio) : [],
    me: who,
    setMe,
    sheets: query.data && who ? mySheets(query.data, who) : [],
    action,
    goTo,
  };
}
