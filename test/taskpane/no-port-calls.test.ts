/**
 * One use-case layer (issue 28): the pane's hooks, components and views reach the workbook only
 * through app use-cases (src/app), which take the port and call it. A call on the port itself —
 * describe, readSheets, apply or watch — in pane code would be a second, untested use-case.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const PANE = path.resolve(__dirname, "../../src/taskpane");
const PORT_CALL = /\.(?:describe|readSheets|apply)\(|\.watch\??\.?\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("the task pane", () => {
  it("has hooks, components and views to look at", () => {
    expect(sources(path.join(PANE, "hooks")).length).toBeGreaterThan(5);
  });

  it.each(["hooks", "components", "views"])("calls no port method in %s", (folder) => {
    const calls = sources(path.join(PANE, folder)).flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, i) =>
          PORT_CALL.test(line) ? [`${path.relative(PANE, file)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );

    expect(calls).toEqual([]);
  });
});
