/**
 * A corpus of .xlsx packages written part by part as Excel and LibreOffice write them (not by
 * exceljs), each with one budget sheet «Budsjett» and the things a kommune's workbook carries
 * that Gevinst must leave exactly as they are: table quirks, protection of every kind, date
 * systems, calculation settings, notes, data tables, OLE objects, form controls, pictures in
 * cells, dynamic arrays, custom properties, charts, print settings and more.
 */
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;

export type CorpusCase = {
  name: string;
  /** What the case is about, for the test title. */
  about: string;
  /** The package refuses to take Gevinst sheets (structure locked). */
  refused?: boolean;
  build: (p: PackageDraft) => void;
};

/** The parts of one package while it is being built. */
export class PackageDraft {
  parts = new Map<string, string | Uint8Array>();
  overrides: [string, string][] = [];
  defaults: [string, string][] = [
    ["rels", "application/vnd.openxmlformats-package.relationships+xml"],
    ["xml", "application/xml"],
  ];
  workbookRels: [string, string, string][] = [];
  sheetRels = new Map<number, [string, string, string][]>();
  /** Inserted into workbook.xml at these places. */
  workbookPr = `<workbookPr defaultThemeVersion="166925"/>`;
  workbookProtection = "";
  fileSharing = "";
  calcPr = `<calcPr calcId="191029"/>`;
  definedNames: string[] = [];
  afterSheetData: string[] = [];
  beforeSheetData = "";
  notesSheetTail: string[] = [];
  notesCells = `<row r="1"><c r="A1" t="s"><v>5</v></c><c r="B1" s="2"><v>46296</v></c></row>`;
  budgetTableCells = false;
  styleExtras = { cellStyles: `<cellStyle name="Normal" xfId="0" builtinId="0"/>`, dxfs: "" };
  metadata = false;
  sheetExtraAttrs = "";
}

const STRINGS = [
  "Driftsbudsjett 2027–2030",
  "Ansvar",
  "Art",
  "Funksjon",
  "Budsjett 2027",
  "Frist for innspill",
  "ØP 2028",
  "ØP 2029",
  "ØP 2030",
  "Sum",
];

const LINES: [string, string, string, number][] = [
  ["1300", "12400", "120", 90000],
  ["3100", "10300", "254", 10000000],
  ["3100", "16200", "254", -450000],
  ["3200", "10300", "253", 7500000],
];

function budgetSheet(draft: PackageDraft): string {
  const header = [1, 2, 3, 4, 6, 7, 8]
    .map((s, i) => `<c r="${"ABCDEFG"[i]}3" t="s" s="1"><v>${s}</v></c>`)
    .join("");
  const rows = LINES.map(([a, b, c, n], i) => {
    const r = i + 4;
    const text = (col: string, v: string) =>
      `<c r="${col}${r}" t="inlineStr"><is><t>${v}</t></is></c>`;
    const nums = ["D", "E", "F", "G"]
      .map((col, k) => `<c r="${col}${r}" s="3"><v>${n + k * 1000}</v></c>`)
      .join("");
    return `<row r="${r}">${text("A", a)}${text("B", b)}${text("C", c)}${nums}</row>`;
  }).join("");
  const sum = `<row r="8"><c r="A8" t="s"><v>9</v></c><c r="D8" s="3"><f t="shared" ref="D8:G8" si="0">SUBTOTAL(9,D4:D7)</f><v>0</v></c><c r="E8" s="3"><f t="shared" si="0"/><v>0</v></c><c r="F8" s="3"><f t="shared" si="0"/><v>0</v></c><c r="G8" s="3"><f t="shared" si="0"/><v>0</v></c></row>`;
  return `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"${draft.sheetExtraAttrs}><dimension ref="A1:G8"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols><col min="1" max="1" width="12.7109375" customWidth="1"/></cols>${draft.beforeSheetData}<sheetData><row r="1"><c r="A1" t="s" s="1"><v>0</v></c></row>${`<row r="3">${header}</row>`}${rows}${sum}</sheetData>${draft.afterSheetData.join("")}</worksheet>`;
}

function notesSheet(draft: PackageDraft): string {
  return `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:B3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>${draft.notesCells}</sheetData>${draft.notesSheetTail.join("")}</worksheet>`;
}

function styles(draft: PackageDraft): string {
  return `${XML_HEAD}<styleSheet xmlns="${MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/></numFmts><fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyNumberFormat="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="${draft.styleExtras.cellStyles.split("<cellStyle ").length - 1}">${draft.styleExtras.cellStyles}</cellStyles><dxfs count="${draft.styleExtras.dxfs.split("<dxf>").length - 1}">${draft.styleExtras.dxfs}</dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>`;
}

/** Builds the package for one case. */
export async function buildCase(c: CorpusCase): Promise<Buffer> {
  const draft = new PackageDraft();
  c.build(draft);
  const zip = new JSZip();
  const sheets = [
    ["Budsjett", "worksheets/sheet1.xml"],
    ["Notater", "worksheets/sheet2.xml"],
  ];
  const rels: [string, string, string][] = [
    ["rId1", `${REL}/worksheet`, "worksheets/sheet1.xml"],
    ["rId2", `${REL}/worksheet`, "worksheets/sheet2.xml"],
    ["rId3", `${REL}/theme`, "theme/theme1.xml"],
    ["rId4", `${REL}/styles`, "styles.xml"],
    ["rId5", `${REL}/sharedStrings`, "sharedStrings.xml"],
    ["rId6", `${REL}/calcChain`, "calcChain.xml"],
    ...draft.workbookRels,
  ];
  const relsXml = (list: [string, string, string][]) =>
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"${target.startsWith("#") || /^https?:/.test(target) ? ` TargetMode="External"` : ""}/>`).join("")}</Relationships>`;
  zip.file(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${draft.defaults.map(([e, t]) => `<Default Extension="${e}" ContentType="${t}"/>`).join("")}<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>${draft.overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join("")}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    relsXml([
      ["rId3", `${REL}/extended-properties`, "docProps/app.xml"],
      [
        "rId2",
        "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
        "docProps/core.xml",
      ],
      ["rId1", `${REL}/officeDocument`, "xl/workbook.xml"],
      ...((draft.parts.has("docProps/custom.xml")
        ? [["rId4", `${REL}/custom-properties`, "docProps/custom.xml"]]
        : []) as [string, string, string][]),
    ]),
  );
  zip.file(
    "docProps/app.xml",
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application><TitlesOfParts><vt:vector xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes" size="2" baseType="lpstr"><vt:lpstr>Budsjett</vt:lpstr><vt:lpstr>Notater</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
  );
  zip.file(
    "docProps/core.xml",
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Økonomiavdelingen</dc:creator></cp:coreProperties>`,
  );
  zip.file(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>${draft.fileSharing}${draft.workbookPr}${draft.workbookProtection}<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840" activeTab="0"/></bookViews><sheets>${sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>${draft.definedNames.length ? `<definedNames>${draft.definedNames.join("")}</definedNames>` : ""}${draft.calcPr}<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`,
  );
  zip.file("xl/_rels/workbook.xml.rels", relsXml(rels));
  zip.file(
    "xl/theme/theme1.xml",
    `${XML_HEAD}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office-tema"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`,
  );
  zip.file("xl/styles.xml", styles(draft));
  zip.file(
    "xl/sharedStrings.xml",
    `${XML_HEAD}<sst xmlns="${MAIN}" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`,
  );
  zip.file(
    "xl/calcChain.xml",
    `${XML_HEAD}<calcChain xmlns="${MAIN}"><c r="D8" i="1"/><c r="E8"/><c r="F8"/><c r="G8"/></calcChain>`,
  );
  zip.file("xl/worksheets/sheet1.xml", budgetSheet(draft));
  zip.file("xl/worksheets/sheet2.xml", notesSheet(draft));
  for (const [index, list] of draft.sheetRels)
    zip.file(`xl/worksheets/_rels/sheet${index}.xml.rels`, relsXml(list));
  for (const [path, content] of draft.parts) zip.file(path, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const png = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
);

function addSheetRel(draft: PackageDraft, sheet: number, rel: [string, string, string]): void {
  const list = draft.sheetRels.get(sheet) ?? [];
  list.push(rel);
  draft.sheetRels.set(sheet, list);
}

/** A table over the budget, as Excel writes it (no headerRowCount: it means 1). */
function table(draft: PackageDraft, styled: boolean): void {
  draft.afterSheetData.push(`<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`);
  addSheetRel(draft, 1, ["rId1", `${REL}/table`, "../tables/table1.xml"]);
  draft.overrides.push([
    "/xl/tables/table1.xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  ]);
  const columns = ["Ansvar", "Art", "Funksjon", "Budsjett 2027", "ØP 2028", "ØP 2029", "ØP 2030"];
  draft.styleExtras.dxfs = `<dxf><numFmt numFmtId="3" formatCode="#,##0"/></dxf>`;
  draft.parts.set(
    "xl/tables/table1.xml",
    `${XML_HEAD}<table xmlns="${MAIN}" id="1" name="Budsjett2027" displayName="Budsjett2027" ref="A3:G7" totalsRowShown="0"><autoFilter ref="A3:G7"/><tableColumns count="7">${columns.map((c, i) => `<tableColumn id="${i + 1}" name="${c}"${i === 6 ? ` dataDxfId="0"><calculatedColumnFormula>Budsjett2027[[#This Row],[ØP 2029]]+1000</calculatedColumnFormula></tableColumn>` : "/>"}`).join("")}</tableColumns>${styled ? `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` : ""}</table>`,
  );
}

export const CORPUS: CorpusCase[] = [
  {
    name: "table-excel",
    about: "a table as Excel writes it (no headerRowCount, calculated column, dataDxfId)",
    build: (d) => table(d, true),
  },
  {
    name: "table-libreoffice",
    about: "a table without tableStyleInfo (LibreOffice)",
    build: (d) => table(d, false),
  },
  {
    name: "date1904",
    about: 'the 1904 date system and t="d" cells',
    build: (d) => {
      d.workbookPr = `<workbookPr date1904="1" defaultThemeVersion="166925"/>`;
      d.notesCells += `<row r="2"><c r="A2" t="d"><v>2026-10-01T00:00:00</v></c></row>`;
    },
  },
  {
    name: "calc-settings",
    about: "calculation settings: iterate, fullPrecision=0, manual",
    build: (d) => {
      d.calcPr = `<calcPr calcId="191029" calcMode="manual" iterate="1" iterateCount="50" iterateDelta="0.0001" fullPrecision="0" calcOnSave="0"/>`;
    },
  },
  {
    name: "structure-locked",
    about: "a workbook whose structure is protected",
    refused: true,
    build: (d) => {
      d.workbookProtection = `<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="aGFzaA==" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>`;
    },
  },
  {
    name: "read-only-recommended",
    about: "read-only recommended and windows locked",
    build: (d) => {
      d.fileSharing = `<fileSharing readOnlyRecommended="1" userName="Økonomi"/>`;
      d.workbookProtection = `<workbookProtection lockWindows="1"/>`;
    },
  },
  {
    name: "sheet-protection",
    about: "sheet protection: LibreOffice SHA-512, a legacy password, allow-edit ranges",
    build: (d) => {
      d.notesSheetTail.push(
        `<sheetProtection algorithmName="SHA-512" hashValue="nA/bbQ==" saltValue="c2FsdA==" spinCount="100000" sheet="true" objects="true" scenarios="true"/><protectedRanges><protectedRange password="CC3D" sqref="B1:B3" name="Innspill"/></protectedRanges>`,
      );
      d.afterSheetData.push(
        `<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1"/>`,
      );
    },
  },
  {
    name: "notes-and-data-tables",
    about: "notes (comments + VML), a what-if data table and scenarios",
    build: (d) => {
      d.notesCells = `<row r="1"><c r="A1"><v>0.04</v></c><c r="B1"><f>A1*1000</f><v>40</v></c></row><row r="2"><c r="A2"><v>0.05</v></c><c r="B2"><f t="dataTable" ref="B2:B3" dt2D="0" dtr="0" r1="A1"/><v>50</v></c></row><row r="3"><c r="A3"><v>0.06</v></c><c r="B3"><v>60</v></c></row>`;
      d.notesSheetTail.push(
        `<scenarios current="0" show="0"><scenario name="Høy rente" count="1" user="Økonomi"><inputCells r="A1" val="0.08"/></scenario></scenarios><legacyDrawing r:id="rId2"/>`,
      );
      d.afterSheetData.push(`<legacyDrawing r:id="rId9"/>`);
      addSheetRel(d, 1, ["rId8", `${REL}/comments`, "../comments1.xml"]);
      addSheetRel(d, 1, ["rId9", `${REL}/vmlDrawing`, "../drawings/vmlDrawing1.vml"]);
      addSheetRel(d, 2, ["rId2", `${REL}/vmlDrawing`, "../drawings/vmlDrawing2.vml"]);
      d.defaults.push(["vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"]);
      d.overrides.push([
        "/xl/comments1.xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
      ]);
      d.parts.set(
        "xl/comments1.xml",
        `${XML_HEAD}<comments xmlns="${MAIN}"><authors><author>Kari Nordmann</author></authors><commentList><comment ref="E4" authorId="0"><text><r><t>Sjekk lønnsoppgjøret</t></r></text></comment></commentList></comments>`,
      );
      d.parts.set(
        "xl/drawings/vmlDrawing1.vml",
        `<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="_x0000_s1025" type="#_x0000_t202"/></xml>`,
      );
      d.parts.set("xl/drawings/vmlDrawing2.vml", `<xml xmlns:v="urn:schemas-microsoft-com:vml"/>`);
    },
  },
  {
    name: "embedded-objects",
    about: "OLE objects, form controls, pictures in cells (richData) and dynamic-array metadata",
    build: (d) => {
      d.sheetExtraAttrs = ` xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision"`;
      d.notesCells = `<row r="1"><c r="A1" cm="1"><f t="array" ref="A1:A3">_xlfn.SEQUENCE(3)</f><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2" t="e" vm="1"><v>#VALUE!</v></c></row><row r="3"><c r="A3"><v>3</v></c></row>`;
      d.workbookRels.push(
        [
          "rId10",
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata",
          "metadata.xml",
        ],
        [
          "rId11",
          "http://schemas.microsoft.com/office/2022/10/relationships/richValueRel",
          "richData/richValueRel.xml",
        ],
        [
          "rId12",
          "http://schemas.microsoft.com/office/2017/06/relationships/rdRichValue",
          "richData/rdrichvalue.xml",
        ],
      );
      d.overrides.push(
        [
          "/xl/metadata.xml",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml",
        ],
        ["/xl/richData/rdrichvalue.xml", "application/vnd.ms-excel.rdrichvalue+xml"],
        ["/xl/richData/richValueRel.xml", "application/vnd.ms-excel.richvaluerel+xml"],
        ["/xl/ctrlProps/ctrlProp1.xml", "application/vnd.ms-excel.controlproperties+xml"],
      );
      d.defaults.push(
        ["bin", "application/vnd.openxmlformats-officedocument.oleObject"],
        ["png", "image/png"],
      );
      d.parts.set(
        "xl/metadata.xml",
        `${XML_HEAD}<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`,
      );
      d.parts.set(
        "xl/richData/rdrichvalue.xml",
        `${XML_HEAD}<rvData xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata" count="1"><rv s="0"><v>0</v><v>5</v></rv></rvData>`,
      );
      d.parts.set(
        "xl/richData/richValueRel.xml",
        `${XML_HEAD}<richValueRels xmlns="http://schemas.microsoft.com/office/spreadsheetml/2022/richvaluerel" xmlns:r="${REL}"><rel r:id="rId1"/></richValueRels>`,
      );
      d.parts.set(
        "xl/richData/_rels/richValueRel.xml.rels",
        `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/image1.png"/></Relationships>`,
      );
      d.parts.set("xl/media/image1.png", png);
      d.parts.set(
        "xl/embeddings/oleObject1.bin",
        Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]),
      );
      d.parts.set(
        "xl/ctrlProps/ctrlProp1.xml",
        `${XML_HEAD}<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox" checked="Checked"/>`,
      );
    },
  },
  {
    name: "custom-properties",
    about: "docProps/custom.xml (a sensitivity label) and customXml parts",
    build: (d) => {
      d.overrides.push(
        [
          "/docProps/custom.xml",
          "application/vnd.openxmlformats-officedocument.custom-properties+xml",
        ],
        [
          "/customXml/itemProps1.xml",
          "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
        ],
      );
      d.parts.set(
        "docProps/custom.xml",
        `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_1_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>`,
      );
      d.parts.set(
        "customXml/item1.xml",
        `<?xml version="1.0"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>`,
      );
      d.parts.set(
        "customXml/itemProps1.xml",
        `${XML_HEAD}<ds:datastoreItem ds:itemID="{1}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>`,
      );
      d.parts.set(
        "customXml/_rels/item1.xml.rels",
        `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/customXmlProps" Target="itemProps1.xml"/></Relationships>`,
      );
    },
  },
  {
    name: "print-and-pictures",
    about:
      "header/footer pictures, printer settings, a chart named diagram_krav.xml, two-area print area, page breaks",
    build: (d) => {
      d.defaults.push(
        ["bin", "application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"],
        ["vml", "application/vnd.openxmlformats-officedocument.vmlDrawing"],
        ["png", "image/png"],
      );
      d.afterSheetData.push(
        `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" r:id="rId3"/><headerFooter><oddHeader>&amp;L&amp;G</oddHeader></headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks><drawing r:id="rId4"/><legacyDrawingHF r:id="rId5"/>`,
      );
      addSheetRel(d, 1, [
        "rId3",
        `${REL}/printerSettings`,
        "../printerSettings/printerSettings1.bin",
      ]);
      addSheetRel(d, 1, ["rId4", `${REL}/drawing`, "../drawings/drawing1.xml"]);
      addSheetRel(d, 1, ["rId5", `${REL}/vmlDrawing`, "../drawings/vmlDrawingHF1.vml"]);
      d.parts.set(
        "xl/printerSettings/printerSettings1.bin",
        Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]),
      );
      d.parts.set(
        "xl/drawings/vmlDrawingHF1.vml",
        `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><v:shape id="LH" o:spid="_x0000_s1025"><v:imagedata o:relid="rId1" o:title="logo"/></v:shape></xml>`,
      );
      d.parts.set(
        "xl/drawings/_rels/vmlDrawingHF1.vml.rels",
        `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/image" Target="../media/image1.png"/></Relationships>`,
      );
      d.parts.set("xl/media/image1.png", png);
      d.overrides.push(
        ["/xl/drawings/drawing1.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"],
        [
          "/xl/charts/diagram_krav.xml",
          "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
        ],
      );
      d.parts.set(
        "xl/drawings/drawing1.xml",
        `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Diagram 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
      );
      d.parts.set(
        "xl/drawings/_rels/drawing1.xml.rels",
        `${XML_HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/diagram_krav.xml"/></Relationships>`,
      );
      d.parts.set(
        "xl/charts/diagram_krav.xml",
        `${XML_HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Budsjett!$D$4:$D$7</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
      );
      d.definedNames.push(
        `<definedName name="_xlnm.Print_Area" localSheetId="0">Budsjett!$A$1:$D$8,Budsjett!$F$1:$G$8</definedName>`,
      );
    },
  },
  {
    name: "formats-filters-links",
    about:
      "duplicateValues rule, filter and sort state, custom views, internal hyperlinks, hidden names, named cell styles",
    build: (d) => {
      d.styleExtras.dxfs = `<dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>`;
      d.styleExtras.cellStyles = `<cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Budsjettoverskrift" xfId="1"/>`;
      d.afterSheetData.push(
        `<autoFilter ref="A3:G7"><filterColumn colId="0"><filters><filter val="3100"/></filters></filterColumn><sortState ref="A4:G7"><sortCondition ref="D4:D7"/></sortState></autoFilter><customSheetViews><customSheetView guid="{8A1D1A4E-1D1E-4C8E-9F0F-1D1E4C8E9F0F}" showPageBreaks="1"><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></customSheetView></customSheetViews><conditionalFormatting sqref="A4:A7"><cfRule type="duplicateValues" dxfId="0" priority="1"/></conditionalFormatting><hyperlinks><hyperlink ref="A8" location="Notater!A1" display="Se notater"/></hyperlinks>`,
      );
      d.definedNames.push(
        `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Budsjett!$A$3:$G$7</definedName>`,
        `<definedName name="Skjult_sats" hidden="1">0.04</definedName>`,
        `<definedName name="Lokal" localSheetId="1">Notater!$A$1</definedName>`,
      );
    },
  },
];
