/**
 * The comparison a workbook shows and reports (spec §15): the two versions named (default the
 * latest forslag → the latest vedtatt), what changed between them, and the A3 documents of the
 * portfolio to approve again.
 */
import type { Issue } from "../model/issue.types";
import type { Portfolio, PortfolioVersion } from "../model/portfolio.types";
import { a3Documents, type A3Document } from "../sheets/a3/a3-documents";
import type { A3Unit } from "../sheets/a3/render-a3-unit";
import { compareVersions } from "./compare-versions";
import { findVersion, pickVersions } from "./pick-versions";
import { documentsToReapprove } from "./reapprove";
import type { VersionChanges } from "./versions.types";

export type VersionComparison =
  | {
      status: "compared";
      from: PortfolioVersion;
      to: PortfolioVersion;
      changes: VersionChanges;
      documents: A3Document[];
    }
  | {
      status: "none";
      wanted: { from: string; to: string };
      /** The versions of `wanted` that are not there. */
      missing: string[];
      issues: Issue[];
    };

/**
 * @param units the units with an A3 of their own («A3 per enhet» on the settings sheet).
 * @param asked the versions asked for; without them the default pair, and no VERSION_UNKNOWN
 *   when it is not there yet (nothing was asked).
 */
export function versionComparison(
  portfolio: Portfolio,
  units: readonly A3Unit[] = [],
  asked?: { from?: string; to?: string },
): VersionComparison {
  const wanted = { from: asked?.from ?? "forslag", to: asked?.to ?? "vedtatt" };
  const pair = pickVersions(portfolio.versions ?? [], wanted.from, wanted.to);
  if (pair.status === "unknown") {
    const versions = portfolio.versions ?? [];
    const missing = [wanted.from, wanted.to].filter((ref) => !findVersion(versions, ref));
    return { status: "none", wanted, missing, issues: asked ? pair.issues : [] };
  }
  const documents = a3Documents(portfolio, units);
  const changes = compareVersions(pair.from, pair.to);
  changes.reapprove = documentsToReapprove(changes, pair.from, pair.to, documents);
  return { status: "compared", from: pair.from, to: pair.to, changes, documents };
}
