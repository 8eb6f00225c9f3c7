/**
 * Errors shaped like office-js's `OfficeExtension.Error`: a `code` from Excel.ErrorCodes, a message,
 * and `debugInfo.errorLocation` naming the API that failed.
 */
export class DoubleOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation = "",
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, errorLocation };
  }
}

export const fail = {
  propertyNotLoaded: (property: string, type: string) =>
    new DoubleOfficeError("PropertyNotLoaded", `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`, `${type}.${property}`),
  itemNotFound: (where: string) => new DoubleOfficeError("ItemNotFound", "The requested resource doesn't exist.", where),
  invalidArgument: (where: string, why = "The argument is invalid or missing or has an incorrect format.") => new DoubleOfficeError("InvalidArgument", why, where),
  invalidOperation: (where: string, why = "The operation is invalid for the object or its current state.") => new DoubleOfficeError("InvalidOperation", why, where),
  accessDenied: (where: string) => new DoubleOfficeError("AccessDenied", "You cannot perform the requested operation.", where),
  apiNotFound: (where: string, set: string) => new DoubleOfficeError("ApiNotFound", `The API you are trying to use could not be found. It may be available in a newer version of Excel (ExcelApi ${set}).`, where),
  cellEditMode: () => new DoubleOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.", ""),
  itemAlreadyExists: (where: string) => new DoubleOfficeError("ItemAlreadyExists", "The resource already exists.", where),
  payloadTooLarge: (where: string) => new DoubleOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.", where),
  undoNotSupported: (where: string) => new DoubleOfficeError("UndoNotSupported", "The operation cannot be merged into an undo group because it does not support undo.", where),
  requestTooLarge: (where: string) => new DoubleOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.", where),
};

/** `value`, or the error thrown when it is missing (a proxy resolving an item that is not there). */
export function must<T>(value: T | null | undefined, error: () => Error): T {
  if (value === null || value === undefined) throw error();
  return value;
}
