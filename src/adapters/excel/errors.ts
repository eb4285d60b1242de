/**
 * Office.js failures mapped to `WorkbookError` (style guide §5.3): branch on `error.code`, keep the
 * original as `cause`, and name what went wrong as a catalogue key (the catalogues say what to do). Cell-edit mode is retried here.
 */
import type { MessageRef } from "../../core/model/issue.types";
import {
  WorkbookError,
  isWorkbookError,
  type WorkbookErrorReason,
} from "../../core/workbook/workbook-port";

/** The `code` of an `OfficeExtension.Error` (or anything shaped like one), else undefined. */
export function officeErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

const REASONS: Record<string, WorkbookErrorReason> = {
  InvalidOperationInCellEditMode: "cell-edit-mode",
  ItemNotFound: "sheet-missing",
  RequestPayloadSizeLimitExceeded: "payload-too-large",
  ResponsePayloadSizeLimitExceeded: "payload-too-large",
  RangeExceedsLimit: "payload-too-large",
  OperationCellsExceedLimit: "payload-too-large",
  AccessDenied: "sheet-protected",
  BadPassword: "sheet-protected",
  ApiNotFound: "api-unsupported",
  NotImplemented: "api-unsupported",
  UnsupportedOperation: "api-unsupported",
  InvalidArgument: "invalid-argument",
  ItemAlreadyExists: "invalid-argument",
};

/**
 * What some codes mean beyond their reason. Gevinst protects its own sheets without a password, so
 * BadPassword means a person protected one with their own; AccessDenied means Excel lets no one
 * change the workbook now (protected, read-only, view mode, a policy) — not a password.
 */
const DETAILS: Record<string, MessageRef> = {
  BadPassword: { key: "WORKBOOK_PASSWORD", params: {} },
  AccessDenied: { key: "WORKBOOK_ACCESS_DENIED", params: {} },
  ItemAlreadyExists: { key: "WORKBOOK_NAME_EXISTS", params: {} },
};

/** Maps any failure to a WorkbookError; one that already is stays as it is. */
export function toWorkbookError(error: unknown): WorkbookError {
  if (isWorkbookError(error)) return error;
  const code = officeErrorCode(error);
  const reason = (code !== undefined ? REASONS[code] : undefined) ?? "unknown";
  return new WorkbookError(reason, code ? DETAILS[code] : undefined, { cause: error });
}

/**
 * A read Excel refused for its size: over the 5 MB response limit, or over the cells Excel reads
 * at once (about 5 million on the web). Nothing came back; reading less at a time works.
 */
export function isTooBigToRead(error: unknown): boolean {
  const code = officeErrorCode(error);
  return (
    code === "ResponsePayloadSizeLimitExceeded" ||
    code === "RangeExceedsLimit" ||
    code === "OperationCellsExceedLimit"
  );
}

export type RetryOptions = {
  /** Waits this many milliseconds; injectable so tests need not wait. */
  sleep: (ms: number) => Promise<void>;
  /** Waits between attempts while Excel is in cell-edit mode, in milliseconds. */
  backoffMs: readonly number[];
};

export const defaultRetry: RetryOptions = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  backoffMs: [200, 500, 1000],
};

/**
 * Runs `attempt` again while Excel is in cell-edit mode (the user is typing in a cell), a few
 * times with a growing pause, as Script Lab does. Other errors pass through untouched. Safe to
 * repeat because a request refused in edit mode applied nothing.
 */
export async function retryInCellEditMode<T>(
  attempt: () => Promise<T>,
  retry: RetryOptions,
): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const pause = retry.backoffMs[i];
      if (officeErrorCode(error) !== "InvalidOperationInCellEditMode" || pause === undefined)
        throw error;
      await retry.sleep(pause);
    }
  }
}
