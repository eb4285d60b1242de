#!/usr/bin/env node
// Checks the production task pane bundle for what the Content-Security-Policy forbids and for
// network calls of its own (issue 8, docs/reliability.md):
//
//   node scripts/check-bundle.mjs              builds with `webpack --mode production` into a
//                                              temporary folder, checks it, and removes it
//   node scripts/check-bundle.mjs --dist dist  checks an existing build instead
//
// Fails (exit 1) when a .js file calls eval( or new Function( / Function( with a string, when an
// .html file has an inline script or lacks the CSP, or when the CSP allows scripts from anywhere
// but this host and Office.js's CDN, or allows eval. Prints one line per finding.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** Script hosts the task pane may load from: Office.js and the MicrosoftAjax it pulls in. */
export const ALLOWED_SCRIPT_SOURCES = [
  "'self'",
  "https://appsforoffice.microsoft.com",
  "https://ajax.aspnetcdn.com",
];
/** Hosts the task pane may connect to (Office.js talks to its own CDN for localisation). */
export const ALLOWED_CONNECT_SOURCES = ["'self'", "https://appsforoffice.microsoft.com"];

/**
 * Feature probes in third-party code that never evaluate anything from outside and that the CSP
 * turns into a caught error: zod's «can this page eval?» check (it then runs without its JIT),
 * webpack's fallback for `globalThis`, which every browser Office supports has, and the
 * setImmediate polyfill in JSZip's browser build (loaded only with the Q3 presentation's .pptx
 * writer): it turns a *string* callback into a function, and JSZip only ever passes functions.
 */
const KNOWN_PROBES = [
  'try{return new Function(""),!0}catch',
  'try{return this||new Function("return this")()}catch',
  '"function"!=typeof e&&(e=new Function(""+e))',
];

const EVAL_PATTERNS = [
  { name: "eval(", pattern: /(?<![\w$.])eval\s*\(/ },
  { name: "new Function(", pattern: /new\s+Function\s*\(/ },
  { name: 'Function("…")', pattern: /(?<![\w$.])Function\s*\(\s*["'`]/ },
  { name: 'setTimeout("…")', pattern: /set(?:Timeout|Interval)\s*\(\s*["'`]/ },
];

/** The policy of a CSP text as directive → sources. */
export function parseCsp(text) {
  const policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The attributes of an HTML tag, quoted or not (a minified page drops the quotes). */
function attributes(tag) {
  const result = new Map();
  for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g))
    result.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4]);
  return result;
}

/** Problems with one HTML page's CSP and scripts, as lines. */
export function checkHtml(html, file) {
  const problems = [];
  const page = html.replace(/<!--[\s\S]*?-->/g, "");
  const csp = [...page.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => attributes(m[0]))
    .find((a) => (a.get("http-equiv") ?? "").toLowerCase() === "content-security-policy");
  if (!csp) return [`${file}: ingen Content-Security-Policy`];
  const policy = parseCsp(csp.get("content") ?? "");
  const fallback = policy.get("default-src") ?? [];
  if (!fallback.every((s) => s === "'self'" || s === "'none'") || fallback.length === 0)
    problems.push(`${file}: default-src er ikke 'self' eller 'none'`);
  for (const source of policy.get("script-src") ?? fallback)
    if (!ALLOWED_SCRIPT_SOURCES.includes(source))
      problems.push(`${file}: script-src tillater ${source}`);
  for (const source of policy.get("connect-src") ?? fallback)
    if (!ALLOWED_CONNECT_SOURCES.includes(source))
      problems.push(`${file}: connect-src tillater ${source}`);
  for (const source of policy.get("object-src") ?? fallback)
    if (source !== "'none'" && source !== "'self'")
      problems.push(`${file}: object-src tillater ${source}`);
  for (const match of page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const src = attributes(`<x ${match[1]}>`).get("src");
    if (src === undefined) problems.push(`${file}: inline <script>`);
    else if (match[2].trim() !== "") problems.push(`${file}: <script src> med innhold`);
    else if (/^https?:/i.test(src) && !ALLOWED_SCRIPT_SOURCES.some((a) => src.startsWith(a)))
      problems.push(`${file}: skript fra ${src}`);
  }
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(page))
    problems.push(`${file}: inline hendelsesattributt (on…=)`);
  return problems;
}

/** Problems in one bundled script, as lines. */
export function checkScript(js, file) {
  const code = KNOWN_PROBES.reduce((text, probe) => text.split(probe).join(""), js);
  return EVAL_PATTERNS.filter(({ pattern }) => pattern.test(code)).map(
    ({ name }) => `${file}: ${name}`,
  );
}

function files(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every problem in a built task pane folder. */
export function checkDist(dir) {
  const all = files(dir).filter(
    (f) => !relative(dir, f).startsWith("cli") && !relative(dir, f).startsWith("bench"),
  );
  const html = all.filter((f) => f.endsWith(".html"));
  const js = all.filter((f) => f.endsWith(".js"));
  const problems = [];
  if (!html.some((f) => f.endsWith("taskpane.html")))
    problems.push(`${dir}: mangler taskpane.html`);
  for (const f of html) problems.push(...checkHtml(readFileSync(f, "utf8"), relative(dir, f)));
  for (const f of js) problems.push(...checkScript(readFileSync(f, "utf8"), relative(dir, f)));
  return problems;
}

function main() {
  const at = process.argv.indexOf("--dist");
  let dir = at >= 0 ? process.argv[at + 1] : undefined;
  let temporary = false;
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), "gevinst-bundle-"));
    temporary = true;
    execFileSync(
      process.execPath,
      [
        join("node_modules", "webpack-cli", "bin", "cli.js"),
        "--mode",
        "production",
        "--output-path",
        dir,
      ],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
  }
  try {
    const problems = checkDist(dir);
    for (const p of problems) console.log(p);
    if (problems.length > 0) process.exit(1);
    console.log(
      `Bunten i ${dir} er i orden: ingen eval, ingen inline-skript, CSP som den skal være.`,
    );
  } finally {
    if (temporary) rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
