/**
 * What politics changed (spec §15): the comparison of two frozen versions, as the report
 * (`changes`, docs/model.md §9b) and «Gevinst Endringer» give it.
 */
import type { MeasureStatus, VersionKind } from "../model/portfolio.types";

/** A version's head, as the report lists it (`versions[]`). */
export type VersionSummary = {
  id: string;
  kind: VersionKind;
  name: string;
  date: string;
  by: string;
};

export type FromTo<T> = { from: T; to: T };

/** One measure that differs between the two versions. */
export type MeasureChange = {
  id: string;
  /** The measure's name in the later version (the earlier one for a removed measure). */
  name: string;
  change: "added" | "removed" | "changed";
  /** Set when the status differs (a changed measure). */
  status?: FromTo<MeasureStatus>;
  /**
   * The plan years whose budgetNet differs by more than half an øre; for an added measure the
   * years it has a budgetNet (from 0), for a removed one the years it had one (to 0).
   */
  budgetNet?: Record<string, FromTo<number>>;
};

export type VersionChanges = {
  /** The ids of the two versions compared. */
  from: string;
  to: string;
  /** In the later version's order, removed measures after (in the earlier version's order). */
  measures: MeasureChange[];
  /** gap(t) = savingsTarget(t) − Σ counted budgetNet(t) in each version, every plan year of either. */
  gap: Record<string, FromTo<number>>;
  /** The A3 documents (their keys, «K1», «K3 DD1») that show a changed measure. */
  reapprove: string[];
};
