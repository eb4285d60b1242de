import { spawnSync } from "node:child_process";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");

export type ScriptResult = { status: number | null; stdout: string; stderr: string };

/** Runs one of the project's Node scripts the way npm does, from the project root. */
export function runScript(script: string, args: string[]): ScriptResult {
  const result = spawnSync(process.execPath, [join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
