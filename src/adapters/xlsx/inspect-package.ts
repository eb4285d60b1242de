/**
 * What exceljs cannot carry over from an .xlsx package. exceljs rebuilds the file from its own
 * model, so any part it does not model is silently dropped on save. Before the command line
 * writes a workbook, it looks inside the zip for such parts and refuses unless the user accepts
 * the loss (docs/cli.md).
 */
import JSZip from "jszip";
import { isPlainRangeList } from "./xlsx-range";

export type PackageFindingKind =
  | "charts"
  | "images"
  | "shapes"
  | "pivotTables"
  | "vba"
  | "macroSheets"
  | "externalLinks"
  | "slicers"
  | "timelines"
  | "formControls"
  | "sparklines"
  | "threadedComments"
  | "crossSheetValidation"
  | "dataConnections"
  | "definedNames";

export type PackageFinding = {
  kind: PackageFindingKind;
  /** Norwegian, plural, for a sentence: «diagrammer», «pivottabeller». */
  label: string;
  /** The package parts (or defined names) that gave it away. */
  evidence: string[];
};

export type PackageInspection = { findings: PackageFinding[] };

const LABELS: Record<PackageFindingKind, string> = {
  charts: "diagrammer",
  images: "bilder",
  shapes: "figurer og tekstbokser",
  pivotTables: "pivottabeller",
  vba: "makroer (VBA)",
  macroSheets: "makroark",
  externalLinks: "koblinger til andre arbeidsbøker",
  slicers: "slicere",
  timelines: "tidslinjer",
  formControls: "skjemakontroller",
  sparklines: "minidiagrammer (sparklines)",
  threadedComments: "kommentartråder",
  crossSheetValidation: "datavalidering med lister fra andre ark",
  dataConnections: "dataforbindelser (Power Query o.l.)",
  definedNames: "definerte navn som ikke er celleområder",
};

/** Parts recognised by their path alone. */
const PATH_RULES: { kind: PackageFindingKind; test: RegExp }[] = [
  { kind: "charts", test: /^xl\/(charts\/chart\d*\.xml|chartsheets\/)/i },
  { kind: "pivotTables", test: /^xl\/(pivotTables|pivotCache)\//i },
  { kind: "vba", test: /^xl\/vbaProject\.bin$/i },
  { kind: "macroSheets", test: /^xl\/(macrosheets|dialogsheets)\//i },
  { kind: "externalLinks", test: /^xl\/externalLinks\//i },
  { kind: "slicers", test: /^xl\/(slicers|slicerCaches)\//i },
  { kind: "timelines", test: /^xl\/(timelines|timelineCaches)\//i },
  { kind: "formControls", test: /^xl\/(ctrlProps|activeX)\//i },
  { kind: "threadedComments", test: /^xl\/threadedComments\//i },
  { kind: "dataConnections", test: /^xl\/(connections\.xml|queryTables\/)/i },
];

/** Print areas and titles become page setup in exceljs; Excel rebuilds the filter name itself. */
const HANDLED_NAMES = new Set(["_xlnm.print_area", "_xlnm.print_titles", "_xlnm._filterdatabase"]);

/**
 * Lists what would be lost if exceljs loaded and saved this package.
 * @throws when the bytes are not a zip file.
 */
export async function inspectPackage(bytes: Buffer | Uint8Array): Promise<PackageInspection> {
  const zip = await JSZip.loadAsync(bytes);
  const evidence = new Map<PackageFindingKind, string[]>();
  const note = (kind: PackageFindingKind, what: string) => {
    const list = evidence.get(kind) ?? [];
    list.push(what);
    evidence.set(kind, list);
  };

  const paths = Object.keys(zip.files).filter((path) => !zip.files[path]?.dir);
  for (const path of paths) {
    for (const rule of PATH_RULES) if (rule.test.test(path)) note(rule.kind, path);
    if (/^xl\/drawings\/drawing\d*\.xml$/i.test(path)) {
      const xml = await zip.file(path)?.async("string");
      if (xml) inspectDrawing(xml, path, note);
    }
    if (/^xl\/worksheets\/sheet\d*\.xml$/i.test(path)) {
      const xml = await zip.file(path)?.async("string");
      if (xml) inspectSheet(xml, path, note);
    }
  }
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  if (workbookXml) for (const name of unsupportedNames(workbookXml)) note("definedNames", name);

  const findings = [...evidence.entries()].map(([kind, parts]) => ({
    kind,
    label: LABELS[kind],
    evidence: parts,
  }));
  return { findings };
}

function inspectDrawing(
  xml: string,
  path: string,
  note: (k: PackageFindingKind, w: string) => void,
) {
  // exceljs keeps plain pictures, but rebuilds their anchors and drops everything else.
  if (/<(\w+:)?pic[\s/>]/.test(xml)) note("images", path);
  if (/<(\w+:)?(sp|grpSp|cxnSp)[\s/>]/.test(xml)) note("shapes", path);
  if (/<(\w+:)?graphicFrame[\s/>]/.test(xml) && !/chart/.test(xml)) note("shapes", path);
}

function inspectSheet(xml: string, path: string, note: (k: PackageFindingKind, w: string) => void) {
  if (/<(\w+:)?sparklineGroups[\s/>]/.test(xml)) note("sparklines", path);
  if (
    /<(\w+:)?dataValidations[^>]*>[\s\S]*?<\/(\w+:)?dataValidations>/.test(xml) &&
    /x14:dataValidation/.test(xml)
  )
    note("crossSheetValidation", path);
  if (/<controls[\s/>]/.test(xml)) note("formControls", path);
}

/** Defined names exceljs would drop (not plain cell ranges) or whose sheet scope it would lose. */
function unsupportedNames(workbookXml: string): string[] {
  const names: string[] = [];
  const pattern = /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g;
  for (const match of workbookXml.matchAll(pattern)) {
    const attributes = match[1] ?? "";
    const name = decodeXml(/\bname="([^"]*)"/.exec(attributes)?.[1] ?? "");
    if (HANDLED_NAMES.has(name.toLowerCase())) continue;
    const text = decodeXml(match[2] ?? "");
    const isLocal = /\blocalSheetId="/.test(attributes);
    if (isLocal || !isPlainRangeList(text)) names.push(name);
  }
  return names;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
