import type { OfficeLike } from "../../src/taskpane/office-host";

type FakeOfficeOptions = {
  host?: string | null;
  platform?: string | null;
  /** The highest ExcelApi version the fake host supports, e.g. "1.9". */
  excelApi?: string;
};

function isAtLeast(supported: string, required: string): boolean {
  const [sMajor = 0, sMinor = 0] = supported.split(".").map(Number);
  const [rMajor = 0, rMinor = 0] = required.split(".").map(Number);
  return sMajor > rMajor || (sMajor === rMajor && sMinor >= rMinor);
}

/** A stand-in for the Office.js global: only what start-up reads. */
export function aFakeOffice(options: FakeOfficeOptions = {}): OfficeLike {
  const { host = "Excel", platform = "OfficeOnline", excelApi = "1.17" } = options;
  return {
    onReady: () => Promise.resolve({ host, platform }),
    context: {
      requirements: {
        isSetSupported: (name, minVersion = "1.1") =>
          name === "ExcelApi" && isAtLeast(excelApi, minVersion),
      },
    },
  };
}

/** An Office.js whose onReady never settles, as when the script hangs. */
export function aHangingOffice(): OfficeLike {
  return { onReady: () => new Promise(() => undefined) };
}
