// Writes an add-in manifest from manifest.template.xml, for local development or for a
// kommune's own HTTPS host. Dev and prod manifests are kept apart on purpose: each has its own
// add-in Id and display name, so a developer's sideloaded copy and the centrally deployed one can
// sit side by side in the same Excel without replacing each other.
//
//   node scripts/make-manifest.mjs --dev                       → manifest.xml (https://localhost:3000/)
//   node scripts/make-manifest.mjs --dev --check               → exit 1 if manifest.xml is stale
//   node scripts/make-manifest.mjs --base-url https://gevinst.kommune.no/ --out dist/manifest.xml
//       [--id <GUID>] [--provider "Eksempel kommune"] [--support-url URL] [--app-domain URL …]
//       [--version 1.2.3.4]
//
// Without --id, the production Id is derived from the base URL (a name-based UUID, RFC 4122
// version 5), so building again for the same host keeps the same Id — the Microsoft 365 admin
// center treats a new Id as a different add-in. Every written manifest is validated first.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { validateManifestXml } from "./validate-manifest.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const TEMPLATE = join(ROOT, "manifest.template.xml");

/** The development add-in's Id. Never used for a production manifest. */
export const DEV_ADDIN_ID = "5b0c8f3e-6a7d-4c21-9e4b-2f1a7d3c9e60";
export const DEV_BASE_URL = "https://localhost:3000/";
// Namespace for the version-5 UUIDs of production Ids (itself a random UUID, fixed forever).
const PROD_ID_NAMESPACE = "8d1f6a52-3c4e-4b7a-a0f9-6e2d5c8b1a47";

function uuidToBytes(uuid) {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

function bytesToUuid(bytes) {
  const hex = bytes.toString("hex");
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join("-");
}

/** A stable add-in Id for a production base URL (RFC 4122 §4.3, SHA-1, version 5). */
export function prodIdFor(baseUrl) {
  const hash = createHash("sha1")
    .update(uuidToBytes(PROD_ID_NAMESPACE))
    .update(normaliseBaseUrl(baseUrl))
    .digest()
    .subarray(0, 16);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  return bytesToUuid(hash);
}

/** https only, and always ending in "/" so that "assets/…" can be appended. */
export function normaliseBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(
      `«${baseUrl}» er ikke en gyldig adresse. Eksempel: https://gevinst.kommune.no/`,
    );
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `«${baseUrl}» må begynne med https:// — Office laster bare tillegg over https.`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(`«${baseUrl}» kan ikke ha ? eller # i seg; oppgi bare mappen filene ligger i.`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

function escapeXml(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function packageVersion() {
  const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  // Office wants four numeric parts (n.n.n.n); npm has three and perhaps a pre-release tag.
  const parts = version
    .split(/[.-]/)
    .filter((p) => /^\d+$/.test(p))
    .slice(0, 3);
  return [...parts, "0", "0", "0"].slice(0, 4).join(".");
}

/**
 * The manifest text for the given options.
 * @param {{ dev?: boolean, baseUrl?: string, id?: string, provider?: string,
 *   supportUrl?: string, appDomains?: string[], version?: string }} options
 */
export function renderManifest(options) {
  const baseUrl = normaliseBaseUrl(options.dev ? DEV_BASE_URL : (options.baseUrl ?? ""));
  const id = (options.dev ? DEV_ADDIN_ID : (options.id ?? prodIdFor(baseUrl))).toLowerCase();
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
    throw new Error(`«${options.id}» er ikke en GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`);
  }
  if (!options.dev && id === DEV_ADDIN_ID) {
    throw new Error("Produksjonsmanifestet kan ikke bruke utviklingsmanifestets Id.");
  }
  const version = options.version ?? packageVersion();
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(version)) {
    throw new Error(`Versjonen «${version}» må ha fire tall, for eksempel 1.0.0.0.`);
  }
  const supportUrl = options.supportUrl ?? `${baseUrl}hjelp.html`;
  const origins = [baseUrl, ...(options.appDomains ?? [])].map(
    (u) => new URL(normaliseBaseUrl(u)).origin,
  );
  const appDomains = [...new Set(origins)]
    .map((origin) => `    <AppDomain>${escapeXml(origin)}</AppDomain>`)
    .join("\n");
  const fields = {
    ID: id,
    VERSION: version,
    PROVIDER: escapeXml(options.provider ?? "Gevinst"),
    DISPLAY_NAME_NB: options.dev ? "Gevinst (lokal utvikling)" : "Gevinst",
    DISPLAY_NAME_EN: options.dev ? "Gevinst (local development)" : "Gevinst",
    BASE_URL: escapeXml(baseUrl),
    SUPPORT_URL: escapeXml(supportUrl),
    APP_DOMAINS: appDomains,
  };
  return readFileSync(TEMPLATE, "utf8").replace(/\{\{([A-Z_]+)\}\}/g, (whole, key) => {
    if (!(key in fields)) throw new Error(`Ukjent felt ${whole} i manifest.template.xml.`);
    return fields[key];
  });
}

async function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      dev: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
      "base-url": { type: "string" },
      out: { type: "string" },
      id: { type: "string" },
      provider: { type: "string" },
      "support-url": { type: "string" },
      "app-domain": { type: "string", multiple: true },
      version: { type: "string" },
    },
  });
  if (!values.dev && !values["base-url"]) {
    console.error(
      "Oppgi --base-url https://<vert>/<mappe>/ (produksjon) eller --dev (https://localhost:3000/).",
    );
    return 2;
  }
  const out = resolve(values.out ?? (values.dev ? "manifest.xml" : "dist/manifest.xml"));
  const xml = renderManifest({
    dev: values.dev,
    baseUrl: values["base-url"],
    id: values.id,
    provider: values.provider,
    supportUrl: values["support-url"],
    appDomains: values["app-domain"],
    version: values.version,
  });
  if (values.check) {
    let current = "";
    try {
      current = readFileSync(out, "utf8");
    } catch {
      // A missing file is simply stale.
    }
    if (current === xml) return 0;
    console.error(`${out} er ikke lik det malen gir. Kjør: node scripts/make-manifest.mjs --dev`);
    return 1;
  }
  const { valid, problems } = await validateManifestXml(xml, out);
  if (!valid) {
    for (const { line, message } of problems) console.error(`  ${out}:${line ?? "?"}: ${message}`);
    console.error("Manifestet ble ikke skrevet fordi det ikke er gyldig.");
    return 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, xml);
  const id = xml.match(/<Id>([^<]+)<\/Id>/)?.[1];
  console.log(
    `Skrev ${out} (Id ${id}, ${values.dev ? DEV_BASE_URL : normaliseBaseUrl(values["base-url"])}).`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
