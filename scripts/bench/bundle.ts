/**
 * The gzipped size of the task pane's initial JavaScript: what Excel downloads before the pane can
 * show anything. Built with the project's own webpack config in production mode into a temporary
 * folder (dist/ is left alone); the entry point's initial chunks count, lazy chunks do not.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export type BundleFigures = {
  bundleGzipBytes: number;
  files: { name: string; bytes: number; gzipBytes: number }[];
  source: "webpack build" | "dist/";
  note?: string;
};

type Stats = {
  hasErrors(): boolean;
  toJson(options: unknown): {
    errors?: { message: string }[];
    entrypoints?: Record<string, { assets?: { name: string }[] }>;
  };
};
type Webpack = (config: unknown, callback: (error: Error | null, stats?: Stats) => void) => void;

function measure(dir: string, names: string[]): BundleFigures["files"] {
  return names
    .filter((name) => name.endsWith(".js"))
    .map((name) => {
      const content = readFileSync(join(dir, name));
      return { name, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
}

function total(files: BundleFigures["files"]): number {
  return files.reduce((sum, f) => sum + f.gzipBytes, 0);
}

/** Builds the task pane with webpack (production) into a temporary folder and measures it. */
export async function buildAndMeasure(root: string): Promise<BundleFigures> {
  const out = mkdtempSync(join(tmpdir(), "gevinst-bench-"));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when the bundle is measured
    const webpack = require("webpack") as Webpack;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's CommonJS webpack config
    const makeConfig = require(resolve(root, "webpack.config.js")) as (
      env: Record<string, unknown>,
      argv: Record<string, unknown>,
    ) => Promise<Record<string, unknown>>;
    const previous = process.cwd();
    process.chdir(root);
    let config: Record<string, unknown>;
    try {
      config = await makeConfig({}, { mode: "production" });
    } finally {
      process.chdir(previous);
    }
    const output = config.output as Record<string, unknown>;
    const stats = await new Promise<Stats>((done, fail) =>
      webpack(
        {
          ...config,
          context: root,
          devtool: false,
          devServer: undefined,
          output: { ...output, path: out, clean: true },
          infrastructureLogging: { level: "error" },
        },
        (error, result) => (error || !result ? fail(error ?? new Error("no stats")) : done(result)),
      ),
    );
    const json = stats.toJson({ all: false, entrypoints: true, errors: true });
    if (stats.hasErrors())
      throw new Error(json.errors?.map((e) => e.message).join("\n") ?? "webpack failed");
    const assets = json.entrypoints?.taskpane?.assets?.map((a) => a.name) ?? [];
    const files = measure(out, assets);
    return { bundleGzipBytes: total(files), files, source: "webpack build" };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Falls back to the taskpane bundle already in dist/ (from `npm run build`), when there is one. */
export function measureDist(root: string): BundleFigures | null {
  const dist = join(root, "dist");
  let names: string[];
  try {
    names = readdirSync(dist).filter((n) => /^taskpane(\.[0-9a-f]+)?\.js$/.test(n));
  } catch {
    return null;
  }
  if (names.length === 0) return null;
  const files = measure(dist, names);
  return {
    bundleGzipBytes: total(files),
    files,
    source: "dist/",
    note: "dist/taskpane*.js as last built (only the main chunk; may be stale)",
  };
}
