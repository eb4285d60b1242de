/** A deep-dive sheet as the summary sheets see it. */
import type { DeepDiveSheetMap } from "./deep-dive-map";

export type DeepDiveRef = {
  sheet: string;
  /** Display name (the deep-dive's name, or «Andre tiltak»). */
  name: string;
  map: DeepDiveSheetMap;
  measureIds: readonly string[];
};
