import { detectOfficeHost } from "../../src/taskpane/office-host";
import { aFakeOffice, aHangingOffice } from "./fake-office";

describe("detectOfficeHost", () => {
  it("reports no Excel when the Office.js script did not load", async () => {
    const host = await detectOfficeHost(undefined);

    expect(host).toEqual({ kind: "no-excel", reason: "office-missing" });
  });

  it("reports no Excel when onReady gives no host, as in a plain browser", async () => {
    const host = await detectOfficeHost(aFakeOffice({ host: null, platform: null }));

    expect(host).toEqual({ kind: "no-excel", reason: "no-host" });
  });

  it("reports another Office application as no Excel", async () => {
    const host = await detectOfficeHost(aFakeOffice({ host: "Word" }));

    expect(host).toEqual({ kind: "no-excel", reason: "other-host" });
  });

  it("accepts Excel that supports ExcelApi 1.9", async () => {
    const host = await detectOfficeHost(aFakeOffice({ excelApi: "1.9", platform: "PC" }));

    expect(host).toEqual({ kind: "excel", platform: "PC" });
  });

  it("flags Excel that supports only ExcelApi 1.8 as too old", async () => {
    const host = await detectOfficeHost(aFakeOffice({ excelApi: "1.8", platform: "Mac" }));

    expect(host).toEqual({ kind: "excel-too-old", platform: "Mac" });
  });

  it("gives up waiting for onReady after the timeout", async () => {
    const host = await detectOfficeHost(aHangingOffice(), 20);

    expect(host).toEqual({ kind: "no-excel", reason: "timeout" });
  });

  it("turns a rejected onReady into no Excel instead of throwing", async () => {
    const office = { onReady: () => Promise.reject(new Error("blocked")) };

    const host = await detectOfficeHost(office);

    expect(host).toEqual({ kind: "no-excel", reason: "failed" });
  });
});
