/**
 * The A3 documents a portfolio has, as the pane offers them for approval: the kommune's (its
 * version chosen among K1, K3, K4 when it is approved), per deep-dive K2, K3 and K4 (their
 * version is their quarter) and one per unit typed on the settings sheet (always K4).
 */
import type { Portfolio } from "../../model/portfolio.types";
import { A3_VERSIONS } from "./approvals";
import { hasAdopted, hasPrioritised } from "./render-a3-deep-dive";
import { A3_KOMMUNE_KEY, A3_KOMMUNE_TITLE } from "./render-a3-kommune";
import { a3UnitKey, type A3Unit } from "./render-a3-unit";

export type A3Document = {
  /** What the log line names in brackets: «K1», «K3 DD1». */
  key: string;
  /** As people name it: «Kommunen som helhet», «Prioritert dypdykk: Hjemmetjenesten». */
  title: string;
  /** The versions it can be approved as; one for a deep-dive's A3. */
  versions: readonly string[];
  /** The unit, for a unit's A3 (the pane names it in its own language). */
  unit?: A3Unit;
};

/** How people name a unit's A3: «Resultatenhet 3100», «Tjenesteområde 254». */
function a3UnitTitle(unit: A3Unit): string {
  return `${unit.dimension === "ansvar" ? "Resultatenhet" : "Tjenesteområde"} ${unit.code}`;
}

const QUARTER_TITLES = {
  K2: "Dypdykk",
  K3: "Prioritert dypdykk",
  K4: "Delområde med vedtatte tiltak",
} as const;

/**
 * @param units the units typed on the settings sheet («A3 per enhet»); each has its A3 in the
 *   version K4 only, whether or not its sheet is drawn yet (it is once the budget is read).
 */
export function a3Documents(portfolio: Portfolio, units: readonly A3Unit[] = []): A3Document[] {
  const documents: A3Document[] = [
    { key: A3_KOMMUNE_KEY, title: A3_KOMMUNE_TITLE, versions: A3_VERSIONS },
  ];
  for (const deepDive of portfolio.deepDives) {
    const measures = portfolio.measures.filter((m) => m.deepDive === deepDive.id);
    const quarters = (["K2", "K3", "K4"] as const).filter(
      (q) => q === "K2" || (q === "K3" ? hasPrioritised(measures) : hasAdopted(measures)),
    );
    for (const q of quarters)
      documents.push({
        key: `${q} ${deepDive.id}`,
        title: `${QUARTER_TITLES[q]}: ${deepDive.name}`,
        versions: [q],
      });
  }
  for (const unit of units)
    documents.push({ key: a3UnitKey(unit), title: a3UnitTitle(unit), versions: ["K4"], unit });
  return documents;
}
