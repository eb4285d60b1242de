import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runScript } from "./run-script";

const DEV_ID = "5b0c8f3e-6a7d-4c21-9e4b-2f1a7d3c9e60";

function idOf(xml: string): string | undefined {
  return /<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
}

describe("scripts/make-manifest.mjs", () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "gevinst-make-manifest-"));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function makeProd(baseUrl: string, name: string, extra: string[] = []) {
    const out = join(dir, name);
    const result = runScript("make-manifest.mjs", ["--base-url", baseUrl, "--out", out, ...extra]);
    return { result, xml: result.status === 0 ? readFileSync(out, "utf8") : "" };
  }

  it("finds manifest.xml identical to what the template gives for development", () => {
    const result = runScript("make-manifest.mjs", ["--dev", "--check"]);

    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("writes a valid production manifest that points only at the given host", () => {
    const { result, xml } = makeProd("https://gevinst.kommune.no/tillegg", "prod.xml");

    expect(result.status).toBe(0);
    expect(runScript("validate-manifest.mjs", [join(dir, "prod.xml")]).status).toBe(0);
    expect(xml).toContain(
      '<SourceLocation DefaultValue="https://gevinst.kommune.no/tillegg/taskpane.html"/>',
    );
    expect(xml).toContain("<AppDomain>https://gevinst.kommune.no</AppDomain>");
    expect(xml).not.toMatch(/(Value="|<AppDomain>)https:\/\/localhost/);
    expect(xml).toContain('<DisplayName DefaultValue="Gevinst">');
  });

  it("gives production its own Id, the same every time for the same host", () => {
    const first = makeProd("https://gevinst.kommune.no/", "a.xml");
    const again = makeProd("https://gevinst.kommune.no/", "b.xml");
    const otherHost = makeProd("https://kommune.sharepoint.com/sites/gevinst/", "c.xml");

    expect(idOf(first.xml)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(idOf(first.xml)).not.toBe(DEV_ID);
    expect(idOf(again.xml)).toBe(idOf(first.xml));
    expect(idOf(otherHost.xml)).not.toBe(idOf(first.xml));
  });

  it("uses a given Id, provider and support address, escaping XML", () => {
    const { xml } = makeProd("https://gevinst.kommune.no/", "custom.xml", [
      "--id",
      "0F8FAD5B-D9CB-469F-A165-70867728950E",
      "--provider",
      "Sør & Nord kommune",
      "--support-url",
      "https://kommune.no/hjelp",
    ]);

    expect(idOf(xml)).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
    expect(xml).toContain("<ProviderName>Sør &amp; Nord kommune</ProviderName>");
    expect(xml).toContain('<SupportUrl DefaultValue="https://kommune.no/hjelp"/>');
  });

  it("refuses the development Id for production", () => {
    const { result } = makeProd("https://gevinst.kommune.no/", "dev-id.xml", ["--id", DEV_ID]);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain("utviklingsmanifestets Id");
  });

  it("refuses a base URL that is not https", () => {
    const { result } = makeProd("http://gevinst.kommune.no/", "http.xml");

    expect(result.status).toBe(2);
    expect(result.stderr).toContain("må begynne med https://");
  });

  it("asks for a base URL when given none", () => {
    const result = runScript("make-manifest.mjs", []);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain("--base-url");
  });
});
