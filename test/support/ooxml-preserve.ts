/**
 * What «Gevinst keeps every part it does not own» means for one package, shared by the synthetic
 * OOXML corpus (test/cli/ooxml-corpus.test.ts) and the corpus of real packages (test/corpus):
 * every part that is not Gevinst's byte for byte (the compressed bytes and the CRC), and the
 * parts Gevinst edits in place keep everything they had.
 */
import { readFileSync } from "node:fs";
import { memorySource } from "../../src/adapters/ooxml";
import { nodeCodec } from "../../src/adapters/ooxml/node-io";
import { ZipReader } from "../../src/adapters/ooxml/zip-reader";
import { runCli } from "../../src/cli/main";

/**
 * The parts Gevinst edits in place (appending, never changing what is there): the content types,
 * the workbook the root relationships name (xl/workbook.xml where Excel puts it), its
 * relationships and its styles.
 */
async function editedParts(zip: ZipReader) {
  const rootRels = (await zip.text("_rels/.rels")) ?? "";
  const target = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/
    .exec(rootRels)?.[0]
    .match(/Target="\/?([^"]+)"/)?.[1];
  const workbook = target && zip.find(target) ? target : "xl/workbook.xml";
  const folder = workbook.includes("/") ? workbook.slice(0, workbook.lastIndexOf("/") + 1) : "";
  const rels = `${folder}_rels/${workbook.slice(folder.length)}.rels`;
  const stylesTarget = /<Relationship\b[^>]*Type="[^"]*\/styles"[^>]*>/
    .exec((await zip.text(rels)) ?? "")?.[0]
    .match(/Target="([^"]+)"/)?.[1];
  const styles = stylesTarget
    ? stylesTarget.startsWith("/")
      ? stylesTarget.slice(1)
      : folder + stylesTarget
    : `${folder}styles.xml`;
  return {
    workbook,
    rels,
    styles,
    edited: new Set(["[Content_Types].xml", workbook, rels, styles]),
  };
}

/** `gevinst <args>` in this process, with `dir` as the working folder. */
export async function runInProcess(dir: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: dir,
    progressBytes: Infinity,
  });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

export async function zipOf(file: string) {
  return ZipReader.open(memorySource(readFileSync(file)), nodeCodec);
}

export async function rawBytes(zip: ZipReader, name: string): Promise<Buffer> {
  const entry = zip.find(name);
  if (!entry) throw new Error(`mangler ${name}`);
  const parts: Uint8Array[] = [];
  for await (const chunk of zip.raw(entry)) parts.push(chunk);
  return Buffer.concat(parts);
}

/** `xml` without the first element of each name (with or without a namespace prefix). */
function without(xml: string, names: string[]): string {
  let out = xml;
  for (const name of names)
    out = out.replace(new RegExp(`<((?:\\w+:)?)${name}\\b[^>]*?(/>|>[\\s\\S]*?</\\1${name}>)`), "");
  return out;
}

/** Every non-Gevinst part identical; the edited parts keep everything they had. */
export async function expectPreserved(input: string, output: string): Promise<void> {
  const before = await zipOf(input);
  const after = await zipOf(output);
  const parts = await editedParts(before);
  for (const entry of before.entries) {
    if (parts.edited.has(entry.name)) continue;
    expect([
      entry.name,
      (await rawBytes(after, entry.name)).equals(await rawBytes(before, entry.name)),
    ]).toEqual([entry.name, true]);
    expect(after.find(entry.name)?.crc32).toBe(entry.crc32);
  }
  const wb0 = (await before.text(parts.workbook)) ?? "";
  const wb1 = (await after.text(parts.workbook)) ?? "";
  const strip = ["sheets", "definedNames", "calcPr"];
  expect(without(wb1, strip)).toBe(without(wb0, strip));
  for (const tag of wb0.match(/<(?:\w+:)?sheet [^>]*\/>/g) ?? []) expect(wb1).toContain(tag);
  for (const name of wb0.match(/<(\w+:)?definedName\b[\s\S]*?<\/\1definedName>/g) ?? [])
    expect(wb1).toContain(name);
  const calc0 = /<(?:\w+:)?calcPr\b([^>]*?)\/>/.exec(wb0)?.[1] ?? "";
  for (const attr of calc0.trim().split(/\s+/))
    expect(wb1).toMatch(new RegExp(`<(?:\\w+:)?calcPr\\b[^>]*\\s${attr.replace(/[.$]/g, "\\$&")}`));
  const st0 = (await before.text(parts.styles)) ?? "";
  const st1 = (await after.text(parts.styles)) ?? "";
  for (const collection of [
    "numFmts",
    "fonts",
    "fills",
    "borders",
    "cellStyleXfs",
    "cellXfs",
    "cellStyles",
    "dxfs",
  ]) {
    const inner = (xml: string) =>
      new RegExp(`<(?:\\w+:)?${collection}\\b[^>]*>([\\s\\S]*?)</(?:\\w+:)?${collection}>`).exec(
        xml,
      )?.[1] ?? "";
    expect(inner(st1).startsWith(inner(st0))).toBe(true);
  }
  expect(without(st1, ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"])).toBe(
    without(st0, ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"]),
  );
  const types0 = (await before.text("[Content_Types].xml")) ?? "";
  const types1 = (await after.text("[Content_Types].xml")) ?? "";
  for (const element of types0.match(/<(Default|Override)\b[^>]*\/>/g) ?? [])
    expect(types1).toContain(element);
  const rels0 = (await before.text(parts.rels)) ?? "";
  const rels1 = (await after.text(parts.rels)) ?? "";
  for (const element of rels0.match(/<(?:\w+:)?Relationship\b[^>]*\/>/g) ?? [])
    expect(rels1).toContain(element);
}
