// Validates add-in manifests offline: XML Schema (Microsoft's XSDs, copied into
// schemas/office-addin-manifest) through xmllint-wasm, plus two checks the XSDs cannot express —
// every resid points at a declared resource, and every URL is https (Office refuses anything
// else). `office-addin-manifest validate` posts the manifest to a Microsoft web service, so it
// cannot be the check on a machine without internet.
//
//   node scripts/validate-manifest.mjs manifest.xml [dist/manifest.xml …]
//
// Exit code 0 when every file is valid, 1 when any is not (each problem on its own line, with the
// line number), 2 when a file cannot be read.
import { readFileSync, readdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import xmllint from "xmllint-wasm";

const SCHEMA_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "schemas",
  "office-addin-manifest",
);
// The entry point; it imports the other XSDs by file name (see the README in SCHEMA_DIR).
const ENTRY_SCHEMA = "OfficeAppManifestV1_1.xsd";

function loadSchemas() {
  const read = (name) => ({
    fileName: name,
    contents: readFileSync(join(SCHEMA_DIR, name), "utf8"),
  });
  const others = readdirSync(SCHEMA_DIR).filter((n) => n.endsWith(".xsd") && n !== ENTRY_SCHEMA);
  return { schema: [read(ENTRY_SCHEMA)], preload: others.map(read) };
}

function lineOf(xml, index) {
  return xml.slice(0, index).split("\n").length;
}

/** Problems the XSD cannot see. Runs on text so that it also reports on a file xmllint rejects. */
function checkReferencesAndUrls(xml) {
  const problems = [];
  const declared = new Set(
    [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]),
  );
  for (const match of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!declared.has(match[1])) {
      problems.push({
        line: lineOf(xml, match.index),
        message: `resid="${match[1]}" viser til en ressurs som ikke finnes under <Resources>.`,
      });
    }
  }
  for (const match of xml.matchAll(/(?:DefaultValue|Value)="(http:\/\/[^"]*)"/g)) {
    problems.push({
      line: lineOf(xml, match.index),
      message: `${match[1]} bruker http; Office laster bare tillegg over https.`,
    });
  }
  return problems;
}

/**
 * Validates one manifest's text.
 * @returns {Promise<{ valid: boolean, problems: { line: number | null, message: string }[] }>}
 */
export async function validateManifestXml(xml, fileName = "manifest.xml") {
  const { schema, preload } = loadSchemas();
  const result = await xmllint.validateXML({
    xml: [{ fileName: basename(fileName), contents: xml }],
    schema,
    preload,
  });
  // A parser error comes with extra output lines (the source line and a caret) that have no
  // location; they only repeat what the located line says.
  const located = result.errors.filter((error) => error.loc !== null);
  const problems = (located.length > 0 ? located : result.errors).map((error) => ({
    line: error.loc?.lineNumber ?? null,
    // xmllint says "element x: Schemas validity error : Element '{namespace}X': …"; keep the part
    // a person acts on, without the namespace URIs.
    message: error.message
      .replace(/^.*?(Schemas validity error|parser error)\s*:\s*/, "")
      .replace(/\{[^}]*\}/g, ""),
  }));
  problems.push(...checkReferencesAndUrls(xml));
  return { valid: problems.length === 0, problems };
}

async function main(files) {
  if (files.length === 0) {
    console.error("Bruk: node scripts/validate-manifest.mjs <manifest.xml> [flere …]");
    return 2;
  }
  let exitCode = 0;
  for (const file of files) {
    let xml;
    try {
      xml = readFileSync(resolve(file), "utf8");
    } catch (error) {
      console.error(`✗ ${file}: kan ikke leses (${error.code ?? error.message}).`);
      exitCode = 2;
      continue;
    }
    const { valid, problems } = await validateManifestXml(xml, file);
    if (valid) {
      console.log(`✓ ${file} er et gyldig tilleggsmanifest (${ENTRY_SCHEMA}, uten nett).`);
      continue;
    }
    console.error(`✗ ${file} er ikke gyldig — ${problems.length} feil:`);
    for (const { line, message } of problems) {
      console.error(`  ${file}:${line ?? "?"}: ${message}`);
    }
    exitCode = Math.max(exitCode, 1);
  }
  return exitCode;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
