/**
 * Errors shaped like Office.js's `OfficeExtension.Error` ("RichApi.Error"): the adapter branches on
 * `code`, so that is what the simulator gets right. Codes are Excel's (`Excel.ErrorCodes`) plus the
 * runtime's own `RequestPayloadSizeLimitExceeded` and `PropertyNotLoaded`.
 */
export type SimErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "AccessDenied"
  | "BadPassword"
  | "RangeExceedsLimit"
  | "ApiNotFound"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException";

export class SimulatedOfficeError extends Error {
  readonly code: SimErrorCode;
  readonly debugInfo: { code: SimErrorCode; message: string; errorLocation?: string };
  constructor(code: SimErrorCode, message: string, errorLocation?: string) {
    super(message);
    // Office.js names its errors "RichApi.Error"; code that logs error.name sees the same.
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
    Object.setPrototypeOf(this, SimulatedOfficeError.prototype);
  }
}

export function officeError(
  code: SimErrorCode,
  message: string,
  errorLocation?: string,
): SimulatedOfficeError {
  return new SimulatedOfficeError(code, message, errorLocation);
}

/** Office.js's text for reading a property that was not loaded and synced. */
export function propertyNotLoaded(type: string, property: string): SimulatedOfficeError {
  return officeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
