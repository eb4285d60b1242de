export { compareVersions, versionGap } from "./compare-versions";
export { freezeVersion, nextVersionId, type VersionHead } from "./freeze-version";
export { findVersion, pickVersions, type VersionPair } from "./pick-versions";
export { documentsToReapprove } from "./reapprove";
export type { FromTo, MeasureChange, VersionChanges, VersionSummary } from "./versions.types";
export { versionComparison, type VersionComparison } from "./version-comparison";
