/**
 * Finds out, once at start-up, whether the task pane runs inside an Excel that Gevinst can use.
 * Office.js may be missing (the CDN script failed to load: offline, blocked, or a plain browser
 * without network), present outside Office (`Office.onReady` gives `host: null`), or inside Excel.
 */

/** ExcelApi 1.9 is Gevinst's floor, the same requirement the manifest declares. */
export const REQUIRED_EXCEL_API = "1.9";

/** How long to wait for `Office.onReady` before rendering without Excel, in milliseconds. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/**
 * The part of the Office.js global that start-up needs; the real `Office` satisfies it. `host` and
 * `platform` are typed `unknown` because @types/office-js declares them as enums whose run-time
 * values are strings ("Excel", "OfficeOnline"), and outside Office they are null.
 */
export type OfficeLike = {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
};

export type NoExcelReason = "office-missing" | "no-host" | "other-host" | "timeout" | "failed";

export type HostState =
  | { kind: "excel"; platform: string }
  | { kind: "excel-too-old"; platform: string }
  | { kind: "no-excel"; reason: NoExcelReason }
  /** The demo workbench: an in-browser workbook stands in for Excel. */
  | { kind: "demo" };

/** `Office` if the CDN script loaded, else undefined (reading an undeclared global would throw). */
export function getOfficeGlobal(): OfficeLike | undefined {
  return typeof Office === "undefined" ? undefined : Office;
}

/** Resolves how the task pane is hosted. Never rejects: every failure is a `no-excel` state. */
export async function detectOfficeHost(
  office: OfficeLike | undefined,
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS,
): Promise<HostState> {
  if (!office) return { kind: "no-excel", reason: "office-missing" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return { kind: "no-excel", reason: "timeout" };
    if (info.host === null || info.host === undefined)
      return { kind: "no-excel", reason: "no-host" };
    if (String(info.host) !== "Excel") return { kind: "no-excel", reason: "other-host" };
    const isSupported =
      office.context?.requirements?.isSetSupported("ExcelApi", REQUIRED_EXCEL_API) ?? false;
    return { kind: isSupported ? "excel" : "excel-too-old", platform: String(info.platform) };
  } catch {
    return { kind: "no-excel", reason: "failed" };
  } finally {
    clearTimeout(timer);
  }
}
