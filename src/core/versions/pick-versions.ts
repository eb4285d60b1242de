/**
 * Which two versions a comparison is about (spec §15; default forslag → vedtatt). A version is
 * named by its id («V2»), its kind (the latest of that kind) or its name; one that is not there is
 * VERSION_UNKNOWN.
 */
import type { Issue } from "../model/issue.types";
import { VERSION_KINDS, type PortfolioVersion, type VersionKind } from "../model/portfolio.types";
import { makeIssue } from "../validation/issue-factory";

/** The version `ref` names, or null. */
export function findVersion(
  versions: readonly PortfolioVersion[],
  ref: string,
): PortfolioVersion | null {
  const wanted = ref.trim().toLowerCase();
  const byId = versions.find((v) => v.id.toLowerCase() === wanted);
  if (byId) return byId;
  if ((VERSION_KINDS as readonly string[]).includes(wanted)) {
    const ofKind = versions.filter((v) => v.kind === (wanted as VersionKind));
    return ofKind[ofKind.length - 1] ?? null;
  }
  return versions.find((v) => v.name.trim().toLowerCase() === wanted) ?? null;
}

export type VersionPair =
  | { status: "found"; from: PortfolioVersion; to: PortfolioVersion }
  | { status: "unknown"; issues: Issue[] };

/** The versions `from` and `to` name; VERSION_UNKNOWN (error) for each one that is missing. */
export function pickVersions(
  versions: readonly PortfolioVersion[],
  from = "forslag",
  to = "vedtatt",
): VersionPair {
  const a = findVersion(versions, from);
  const b = findVersion(versions, to);
  if (a && b) return { status: "found", from: a, to: b };
  const issues = [...(a ? [] : [from]), ...(b ? [] : [to])].map((ref) =>
    makeIssue(
      "VERSION_UNKNOWN",
      { field: "versions" },
      {
        key: "VERSION_UNKNOWN",
        params: { version: ref, known: versions.map((v) => `${v.id} (${v.kind})`).join(", ") },
      },
    ),
  );
  return { status: "unknown", issues };
}
