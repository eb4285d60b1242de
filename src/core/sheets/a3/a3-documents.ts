/**
 * The A3 documents a portfolio has, as the pane offers them for approval: the kommune's (its
 * version chosen among K1, K3, K4 when it is approved) and per deep-dive K2, K3 and K4 (their
 * version is their quarter).
 */
import type { Portfolio } from "../../model/portfolio.types";
import { A3_VERSIONS } from "./approvals";
import { hasAdopted, hasPrioritised } from "./render-a3-deep-dive";
import { A3_KOMMUNE_KEY, A3_KOMMUNE_TITLE } from "./render-a3-kommune";

export type A3Document = {
  /** What the log line names in brackets: «K1», «K3 DD1». */
  key: string;
  /** As people name it: «Kommunen som helhet», «Prioritert dypdykk: Hjemmetjenesten». */
  title: string;
  /** The versions it can be approved as; one for a deep-dive's A3. */
  versions: readonly string[];
};

const QUARTER_TITLES = {
  K2: "Dypdykk",
  K3: "Prioritert dypdykk",
  K4: "Delområde med vedtatte tiltak",
} as const;

export function a3Documents(portfolio: Portfolio): A3Document[] {
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
  return documents;
}
