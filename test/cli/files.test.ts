import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkOutputPath, writeFileAtomic } from "../../src/cli/files";

describe("writeFileAtomic", () => {
  it("writes the whole file and leaves no temporary file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gevinst-files-"));

    await writeFileAtomic(path.join(dir, "ut.json"), "{}");

    expect(readdirSync(dir)).toEqual(["ut.json"]);
    expect(readFileSync(path.join(dir, "ut.json"), "utf8")).toBe("{}");
  });

  it("leaves neither a partial file nor a temporary file when the rename fails", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gevinst-files-"));
    mkdirSync(path.join(dir, "ut.xlsx"));

    await expect(
      writeFileAtomic(path.join(dir, "ut.xlsx"), Buffer.alloc(1000)),
    ).rejects.toMatchObject({
      exitCode: 2,
    });

    expect(readdirSync(dir)).toEqual(["ut.xlsx"]);
    expect(readdirSync(path.join(dir, "ut.xlsx"))).toEqual([]);
  });

  it("refuses a folder that does not exist with a Norwegian message", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gevinst-files-"));

    await expect(writeFileAtomic(path.join(dir, "mangler", "ut.xlsx"), "x")).rejects.toThrow(
      /Mappa finnes ikke/,
    );
  });

  it("replaces an existing output file in one step", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gevinst-files-"));
    writeFileSync(path.join(dir, "ut.json"), "gammel");

    await writeFileAtomic(path.join(dir, "ut.json"), "ny");

    expect(readFileSync(path.join(dir, "ut.json"), "utf8")).toBe("ny");
  });
});

describe("checkOutputPath", () => {
  it("accepts a new file next to the input and returns its full path", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gevinst-files-"));
    writeFileSync(path.join(dir, "inn.xlsx"), "x");

    expect(checkOutputPath(dir, ["inn.xlsx"], "ut.xlsx")).toBe(path.join(dir, "ut.xlsx"));
  });

  it("refuses the input under another spelling of its path", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gevinst-files-"));
    writeFileSync(path.join(dir, "inn.xlsx"), "x");

    expect(() => checkOutputPath(dir, ["inn.xlsx"], path.join(dir, ".", "inn.xlsx"))).toThrow(
      /samme som innfilen/,
    );
  });
});
