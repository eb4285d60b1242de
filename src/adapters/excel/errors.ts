/**
 * Office.js failures mapped to `WorkbookError` (style guide §5.3): branch on `error.code`, keep the
 * original as `cause`, and tell the user in Norwegian what to do. Cell-edit mode is retried here.
 */
import { WORKBOOK_ERROR_MESSAGES as MESSAGES } from "../../core/workbook/workbook-messages";
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
 * Gevinst protects its own sheets without a password; when Excel answers BadPassword, a person has
 * protected one with a password of their own, and only they can lift it.
 */
export const PASSWORD_MESSAGE =
  "Et Gevinst-ark er beskyttet med et passord, så Gevinst kan ikke oppheve beskyttelsen og oppdatere det. Opphev arkbeskyttelsen med passordet (Se gjennom → Opphev arkbeskyttelse), og prøv igjen; Gevinst beskytter arket igjen uten passord.";

/** Added to an error that stopped an apply after some of its requests were written. */
export const PARTLY_WRITTEN =
  "Gevinst rakk å skrive en del av endringene før feilen, så Gevinst-arkene er bare delvis oppdatert. Rett feilen og kjør det samme på nytt, så blir arkene fullført.";

/**
 * AccessDenied means Excel does not let anyone change this now: a protected sheet or workbook, a
 * workbook opened read-only or in view mode, or an organisation's policy. It is not a password.
 */
export const ACCESS_DENIED_MESSAGE =
  "Excel nektet Gevinst å endre arbeidsboken. Arket eller arbeidsboken kan være beskyttet, eller arbeidsboken er åpnet skrivebeskyttet eller i visningsmodus. Opphev beskyttelsen eller velg Rediger arbeidsbok, og prøv igjen.";

/** Maps any failure to a WorkbookError; one that already is stays as it is. */
export function toWorkbookError(error: unknown): WorkbookError {
  if (isWorkbookError(error)) return error;
  const code = officeErrorCode(error);
  const reason = (code !== undefined ? REASONS[code] : undefined) ?? "unknown";
  const detail =
    code === "ItemAlreadyExists" ? " (Et ark eller navn med samme navn finnes allerede.)" : "";
  if (code === "BadPassword") return new WorkbookError(reason, PASSWORD_MESSAGE, { cause: error });
  if (code === "AccessDenied")
    return new WorkbookError(reason, ACCESS_DENIED_MESSAGE, { cause: error });
  return new WorkbookError(reason, MESSAGES[reason] + detail, { cause: error });
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
