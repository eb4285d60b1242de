import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runScript } from "./run-script";

const realManifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("scripts/validate-manifest.mjs", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "gevinst-manifest-"));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** Writes a changed copy of the real manifest and validates it. */
  function validateChanged(name: string, change: (xml: string) => string) {
    const changed = change(realManifest);
    expect(changed).not.toBe(realManifest);
    const file = join(dir, name);
    writeFileSync(file, changed);
    return runScript("validate-manifest.mjs", [file]);
  }

  it("accepts the project's manifest.xml offline", () => {
    const result = runScript("validate-manifest.mjs", ["manifest.xml"]);

    expect(result.status).toBe(0);
    expect(result.stdout).toContain("✓ manifest.xml er et gyldig tilleggsmanifest");
  });

  it("rejects a permission the schema does not know, naming the line", () => {
    const result = validateChanged("error.permission.xml", (xml) =>
      xml.replace("<Permissions>ReadWriteDocument<", "<Permissions>Everything<"),
    );

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error\.permission\.xml:\d+: Element 'Permissions'/);
    expect(result.stderr).toContain("'Everything'");
  });

  it("rejects a manifest whose required element is missing", () => {
    const result = validateChanged("error.no-version.xml", (xml) =>
      xml.replace(/\s*<Version>[^<]*<\/Version>/, ""),
    );

    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Expected is .*Version/);
  });

  it("rejects XML that is not well-formed", () => {
    const result = validateChanged("error.truncated.xml", (xml) => xml.slice(0, xml.length / 2));

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("er ikke gyldig");
  });

  it("rejects a resid that points at no resource", () => {
    const result = validateChanged("error.resid.xml", (xml) =>
      xml.replace('resid="Taskpane.Url"', 'resid="Taskpane.Nowhere"'),
    );

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'resid="Taskpane.Nowhere" viser til en ressurs som ikke finnes',
    );
  });

  it("rejects a plain-http URL, which Office would refuse to load", () => {
    const result = validateChanged("error.http.xml", (xml) =>
      xml.replace("https://localhost:3000/taskpane.html", "http://localhost:3000/taskpane.html"),
    );

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("http://localhost:3000/taskpane.html bruker http");
  });

  it("fails with exit code 2 when the file cannot be read", () => {
    const result = runScript("validate-manifest.mjs", [join(dir, "missing.xml")]);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain("kan ikke leses");
  });
});
