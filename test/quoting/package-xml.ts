/**
 * Every place a written .xlsx package holds a reference that may name a sheet, read straight from
 * the XML (not through an adapter under test): defined names (print areas and titles among them),
 * and on each Gevinst sheet the cell formulas, conditional-format formulas, data-validation
 * formulas and hyperlink locations.
 */
import JSZip from "jszip";

export type Place = { where: string; text: string };
export type PackageRefs = { sheets: string[]; places: Place[] };

const NS = "(?:[A-Za-z_][\\w.-]*:)?";

function unescapeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1] as string) : undefined;
}

function all(xml: string, element: string): { tag: string; text: string }[] {
  const re = new RegExp(`<${NS}${element}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${NS}${element}>)`, "g");
  return [...xml.matchAll(re)].map((m) => ({
    tag: m[1] ?? "",
    text: unescapeXml(m[2] ?? ""),
  }));
}

export async function packageRefs(bytes: Buffer): Promise<PackageRefs> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (part: string) => (await zip.file(part)?.async("string")) ?? "";
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const targets = new Map(
    all(rels, "Relationship").map((r) => [attribute(r.tag, "Id"), attribute(r.tag, "Target")]),
  );
  const sheets = all(workbook, "sheet").map((s) => ({
    name: attribute(s.tag, "name") ?? "",
    target: targets.get(attribute(s.tag, "r:id")) ?? "",
  }));
  const places: Place[] = [];
  for (const name of all(workbook, "definedName")) {
    const local = attribute(name.tag, "localSheetId");
    const scope = local === undefined ? "" : ` (${sheets[Number(local)]?.name ?? "?"})`;
    places.push({ where: `definedName ${attribute(name.tag, "name")}${scope}`, text: name.text });
  }
  for (const sheet of sheets) {
    if (!sheet.name.startsWith("Gevinst")) continue;
    const part = sheet.target.startsWith("/")
      ? sheet.target.slice(1)
      : `xl/${sheet.target.replace(/^\.\//, "")}`;
    const xml = await read(part);
    for (const f of all(xml, "f"))
      if (f.text) places.push({ where: `${sheet.name} <f>`, text: f.text });
    for (const f of all(xml, "formula"))
      places.push({ where: `${sheet.name} conditional format`, text: f.text });
    for (const f of [...all(xml, "formula1"), ...all(xml, "formula2")])
      places.push({ where: `${sheet.name} data validation`, text: f.text });
    for (const h of all(xml, "hyperlink")) {
      const location = attribute(h.tag, "location");
      if (location !== undefined)
        places.push({
          where: `${sheet.name} hyperlink`,
          text: `"#${location.replace(/"/g, '""')}"`,
        });
    }
  }
  return { sheets: sheets.map((s) => s.name), places };
}
