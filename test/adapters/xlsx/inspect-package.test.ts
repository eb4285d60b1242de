import ExcelJS from "exceljs";
import JSZip from "jszip";
import { inspectPackage } from "../../../src/adapters/xlsx";

async function aPlainWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Budsjett");
  sheet.addRow(["Ansvar", "Budsjett 2027"]);
  sheet.addRow(["3100", 1000]);
  workbook.definedNames.add("Budsjett!$B$2", "Sum");
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The plain workbook with extra parts added, or existing parts edited, as Excel would leave them. */
async function withParts(
  parts: Record<string, string>,
  edit?: (path: string, xml: string) => string,
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await aPlainWorkbook());
  if (edit) {
    for (const path of Object.keys(zip.files)) {
      const text = await zip.file(path)?.async("string");
      if (text !== undefined) zip.file(path, edit(path, text));
    }
  }
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  return zip.generateAsync({ type: "nodebuffer" });
}

const SPARKLINES =
  '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups><x14:sparklineGroup/></x14:sparklineGroups></ext></extLst>';

describe("inspectPackage", () => {
  it("finds nothing to lose in a workbook exceljs made", async () => {
    const inspection = await inspectPackage(await aPlainWorkbook());

    expect(inspection.findings).toEqual([]);
  });

  it.each([
    ["charts", { "xl/charts/chart1.xml": "<c:chartSpace/>" }],
    ["pivotTables", { "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>" }],
    ["pivotTables", { "xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>" }],
    ["vba", { "xl/vbaProject.bin": "binary" }],
    ["externalLinks", { "xl/externalLinks/externalLink1.xml": "<externalLink/>" }],
    ["slicers", { "xl/slicers/slicer1.xml": "<slicers/>" }],
    ["timelines", { "xl/timelines/timeline1.xml": "<timelines/>" }],
    ["formControls", { "xl/ctrlProps/ctrlProp1.xml": "<formControlPr/>" }],
    ["threadedComments", { "xl/threadedComments/threadedComment1.xml": "<ThreadedComments/>" }],
    ["dataConnections", { "xl/connections.xml": "<connections/>" }],
    [
      "images",
      {
        "xl/drawings/drawing1.xml":
          "<xdr:wsDr><xdr:twoCellAnchor><xdr:pic/></xdr:twoCellAnchor></xdr:wsDr>",
      },
    ],
    [
      "shapes",
      {
        "xl/drawings/drawing1.xml":
          "<xdr:wsDr><xdr:twoCellAnchor><xdr:sp/></xdr:twoCellAnchor></xdr:wsDr>",
      },
    ],
  ])("finds %s", async (kind, parts) => {
    const inspection = await inspectPackage(await withParts(parts));

    expect(inspection.findings.map((f) => f.kind)).toEqual([kind]);
    expect(inspection.findings[0]?.evidence).toEqual(Object.keys(parts));
  });

  it("finds sparklines kept in a sheet's extension list", async () => {
    const bytes = await withParts({}, (path, xml) =>
      path === "xl/worksheets/sheet1.xml"
        ? xml.replace("</worksheet>", `${SPARKLINES}</worksheet>`)
        : xml,
    );

    const inspection = await inspectPackage(bytes);

    expect(inspection.findings).toEqual([
      {
        kind: "sparklines",
        label: "minidiagrammer (sparklines)",
        evidence: ["xl/worksheets/sheet1.xml"],
      },
    ]);
  });

  it("finds defined names exceljs would drop or whose sheet scope it would lose", async () => {
    const names =
      '<definedName name="Rente">0.04</definedName>' +
      '<definedName name="Lokal" localSheetId="0">Budsjett!$A$1</definedName>' +
      '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Budsjett!$A$1:$B$2</definedName>';
    const bytes = await withParts({}, (path, xml) =>
      path === "xl/workbook.xml" ? xml.replace(/<definedNames>/, `<definedNames>${names}`) : xml,
    );

    const inspection = await inspectPackage(bytes);

    expect(inspection.findings).toEqual([
      {
        kind: "definedNames",
        label: "definerte navn som ikke er celleområder",
        evidence: ["Rente", "Lokal"],
      },
    ]);
  });

  it("rejects bytes that are not a zip file", async () => {
    await expect(inspectPackage(Buffer.from("ikke en arbeidsbok"))).rejects.toThrow();
  });
});
