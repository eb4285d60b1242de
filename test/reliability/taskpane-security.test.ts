/**
 * Guarantee 7: the task pane's pages allow scripts only from the add-in's own origin and
 * Office.js's CDN, never eval or inline scripts; the bundle has no eval (scripts/check-bundle.mjs,
 * checked here on the source pages and on pages and scripts made to fail); and Gevinst makes no
 * network calls of its own.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const SCRIPT = join(ROOT, "scripts", "check-bundle.mjs");
const PAGES = [
  join(ROOT, "src", "taskpane", "taskpane.html"),
  join(ROOT, "src", "taskpane", "hjelp.html"),
  join(ROOT, "src", "commands", "commands.html"),
];

/** Runs the checker on a folder with `files` (name → text); returns exit code and output lines. */
function check(files: Record<string, string>): { status: number | null; lines: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "gevinst-check-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const run = spawnSync(process.execPath, [SCRIPT, "--dist", dir], { encoding: "utf8" });
    return { status: run.status, lines: run.stdout.trim().split("\n") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const page = (csp: string, body = '<script src="taskpane.js"></script>') =>
  `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${csp}" />${body}</head><body></body></html>`;
const GOOD_CSP =
  "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; object-src 'none'";

describe("the Content-Security-Policy of the task pane's pages", () => {
  it("passes the checker for every page in src as written", () => {
    const dir = mkdtempSync(join(tmpdir(), "gevinst-pages-"));
    try {
      for (const p of PAGES) copyFileSync(p, join(dir, p.split(/[\\/]/).pop() as string));
      writeFileSync(join(dir, "taskpane.js"), "console.log('Gevinst');");

      const run = spawnSync(process.execPath, [SCRIPT, "--dist", dir], { encoding: "utf8" });

      expect(run.stdout).toContain("er i orden");
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("allows scripts only from 'self' and Office.js's CDN in taskpane.html, and never eval", () => {
    const html = readFileSync(PAGES[0] as string, "utf8");

    const csp = /content="(default-src[^"]*)"/.exec(html)?.[1] ?? "";
    const scriptSrc = /script-src([^;]*)/.exec(csp)?.[1]?.trim().split(/\s+/);

    expect(scriptSrc).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
      "https://ajax.aspnetcdn.com",
    ]);
    expect(csp).not.toContain("unsafe-eval");
    expect(/script-src[^;]*unsafe-inline/.test(csp)).toBe(false);
  });

  it.each([
    [
      "'unsafe-eval' in script-src",
      { "taskpane.html": page(GOOD_CSP.replace("'self' https", "'self' 'unsafe-eval' https")) },
      "taskpane.html: script-src tillater 'unsafe-eval'",
    ],
    [
      "a script host of its own",
      {
        "taskpane.html": page(
          GOOD_CSP.replace("'self' https", "'self' https://cdn.example.com https"),
        ),
      },
      "taskpane.html: script-src tillater https://cdn.example.com",
    ],
    [
      "an inline script",
      { "taskpane.html": page(GOOD_CSP, "<script>alert(1)</script>") },
      "taskpane.html: inline <script>",
    ],
    [
      "no policy at all",
      { "taskpane.html": "<html><head></head></html>" },
      "taskpane.html: ingen Content-Security-Policy",
    ],
    [
      "eval in the bundle",
      { "taskpane.html": page(GOOD_CSP), "a.js": "var x=eval(y);" },
      "a.js: eval(",
    ],
    [
      "new Function in the bundle",
      { "taskpane.html": page(GOOD_CSP), "a.js": 'var f=new Function("a","return a")' },
      "a.js: new Function(",
    ],
  ])("fails a build with %s", (_, files, line) => {
    const result = check(files);

    expect(result.status).toBe(1);
    expect(result.lines).toContain(line);
  });
});

/** Every .ts/.tsx file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe("network calls", () => {
  it("are made nowhere in src: no fetch, XMLHttpRequest, WebSocket, EventSource or sendBeacon", () => {
    const pattern =
      /\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|\bEventSource\b|sendBeacon|importScripts/;

    const offenders = sources(join(ROOT, "src")).filter((file) =>
      pattern.test(readFileSync(file, "utf8")),
    );

    expect(offenders).toEqual([]);
  });
});
