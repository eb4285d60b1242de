import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./run-script";

const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is an Excel task-pane add-in with read-write access", () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
  });

  it("requires ExcelApi 1.9 at least", () => {
    expect(manifest).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
  });

  it("puts a Gevinst button that opens the task pane on the Home tab", () => {
    const homeTab = /<OfficeTab id="TabHome">([\s\S]*?)<\/OfficeTab>/.exec(manifest)?.[1] ?? "";

    expect(homeTab).toContain('<Action xsi:type="ShowTaskpane">');
    expect(homeTab).toContain('<SourceLocation resid="Taskpane.Url"/>');
    expect(manifest).toContain(
      '<bt:String id="Gevinst.TaskpaneButton.Label" DefaultValue="Gevinst">',
    );
  });

  it("is Norwegian by default with English overrides", () => {
    expect(manifest).toContain("<DefaultLocale>nb-NO</DefaultLocale>");
    expect(manifest).toMatch(
      /<Description DefaultValue="Gevinstrealisering[^"]*">\s*<Override Locale="en-US"/,
    );
    expect(manifest.match(/Locale="en-US"/g)?.length).toBeGreaterThanOrEqual(6);
  });

  it.each([16, 32, 64, 80])("refers to a %i × %i PNG icon that exists in assets", (size) => {
    expect(manifest).toContain(`assets/icon-${size}.png`);
    expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({
      width: size,
      height: size,
    });
  });
});
