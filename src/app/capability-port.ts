/**
 * A WorkbookPort that leaves out what this Excel cannot do, instead of failing (issue 8): an old
 * Excel without data validation, conditional formats, page layout or sheet protection still gets
 * working Gevinst sheets — without drop-down lists, colour marks, A3 print set-up or protection —
 * and the user is told once per missing feature. A very hidden sheet becomes hidden. Wrap the
 * host's port once where the task pane is put together; the use-cases need not know.
 */
import type {
  WorkbookCapabilities,
  WorkbookChange,
  WorkbookPort,
} from "../core/workbook/workbook-port";

type Feature = "dataValidation" | "conditionalFormats" | "pageLayout" | "protection" | "veryHidden";

/** What the user misses without each feature, in Norwegian. */
export const MISSING_FEATURE_MESSAGES: Record<Feature, string> = {
  dataValidation:
    "Denne Excel-versjonen støtter ikke nedtrekkslister fra tillegg. Gevinst-arkene virker, men uten lister å velge status, type og budsjetteffekt fra; skriv verdiene selv.",
  conditionalFormats:
    "Denne Excel-versjonen støtter ikke betinget formatering fra tillegg. Gevinst-arkene virker, men tomme påkrevde celler blir ikke farget.",
  pageLayout:
    "Denne Excel-versjonen støtter ikke utskriftsoppsett fra tillegg. Velg A3 liggende selv før du skriver ut.",
  protection:
    "Denne Excel-versjonen støtter ikke arkbeskyttelse fra tillegg. Gevinst-arkene er ikke låst; pass på å skrive bare i de gule cellene.",
  veryHidden:
    "Denne Excel-versjonen kan ikke skjule arket Gevinst_Config helt. Det er skjult på vanlig måte; ikke vis eller endre det.",
};

/** The feature a change needs that the host lacks, or null. */
function missingFeature(
  change: WorkbookChange,
  capabilities: WorkbookCapabilities,
): Feature | null {
  switch (change.kind) {
    case "setListValidation":
      return capabilities.dataValidation ? null : "dataValidation";
    case "addConditionalFill":
      return capabilities.conditionalFormats ? null : "conditionalFormats";
    case "setPageLayout":
      return capabilities.pageLayout ? null : "pageLayout";
    case "protectSheet":
    case "unprotectSheet":
      return capabilities.protection ? null : "protection";
    case "setVisibility":
      return change.visibility === "veryHidden" && !capabilities.veryHidden ? "veryHidden" : null;
    default:
      return null;
  }
}

/**
 * The changes this host can apply, and the features left out. Pure.
 * A very hidden sheet is made hidden; every other unsupported change is dropped.
 */
export function adaptChanges(
  changes: readonly WorkbookChange[],
  capabilities: WorkbookCapabilities,
): { changes: WorkbookChange[]; missing: Feature[] } {
  const missing = new Set<Feature>();
  const adapted: WorkbookChange[] = [];
  for (const change of changes) {
    const feature = missingFeature(change, capabilities);
    if (feature === null) adapted.push(change);
    else {
      missing.add(feature);
      if (change.kind === "setVisibility") adapted.push({ ...change, visibility: "hidden" });
    }
  }
  return { changes: adapted, missing: [...missing] };
}

/**
 * `port`, applying only what its host supports. `onMissing` hears each left-out feature's message
 * once (the task pane shows it as an info bar).
 */
export function capabilityAwarePort(
  port: WorkbookPort,
  onMissing: (message: string) => void,
): WorkbookPort {
  const told = new Set<Feature>();
  return {
    capabilities: port.capabilities,
    describe: () => port.describe(),
    readSheets: (names, options) => port.readSheets(names, options),
    apply: (changes) => {
      const { changes: adapted, missing } = adaptChanges(changes, port.capabilities);
      for (const feature of missing)
        if (!told.has(feature)) {
          told.add(feature);
          onMissing(MISSING_FEATURE_MESSAGES[feature]);
        }
      return port.apply(adapted);
    },
  };
}
