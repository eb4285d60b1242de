/**
 * Runs the built `gevinst` command as a user would: `node bin/gevinst.js …` in a child process.
 * The CLI is compiled once (tsc -p tsconfig.cli.json) when dist/cli is older than the sources;
 * a lock folder keeps parallel jest workers from building at the same time.
 */
import { execFile, execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
const BIN = path.join(ROOT, "bin", "gevinst.js");
const STAMP = path.join(ROOT, "dist", "cli", ".built");
const LOCK = path.join(ROOT, "dist", "cli.lock");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(): boolean {
  if (!existsSync(STAMP)) return false;
  // The stamp holds the time the last build started: a source saved during a build is newer.
  return Number(readFileSync(STAMP, "utf8")) >= newestSource(path.join(ROOT, "src"));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Builds the CLI unless it is up to date. Call from beforeAll (allow ~60 s). */
export async function ensureCliBuilt(): Promise<void> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    if (isFresh()) return;
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // Another worker is building; a lock older than two minutes is left over from a crash.
      if (Date.now() - statSync(LOCK, { throwIfNoEntry: false })!.mtimeMs > 120_000)
        rmSync(LOCK, { recursive: true, force: true });
      await sleep(200);
    }
  }
  try {
    if (!isFresh()) {
      const started = Date.now();
      execFileSync(
        process.execPath,
        [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
        {
          cwd: ROOT,
          stdio: "pipe",
        },
      );
      writeFileSync(STAMP, String(started));
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export type CliRun = { code: number; stdout: string; stderr: string };

/** `gevinst <args>` in `cwd`. */
export function runGevinst(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? ((error as { code?: number }).code ?? 1) : 0;
        resolve({ code: typeof code === "number" ? code : 1, stdout, stderr });
      },
    );
  });
}
