import type { Bilingual } from "../core/rules/types";
import { excelMessages } from "./messages";

export type ExcelErrorKind =
  | "protected-sheet"
  | "structure-protected"
  | "cell-edit-mode"
  | "access-denied"
  | "host-too-old"
  | "api-missing"
  | "sheet-missing"
  | "fix-outdated"
  | "undo-outdated"
  | "fix-missing"
  | "too-large"
  | "excel";

/** The one error the adapter throws: what kind, and a message for the user in both languages. */
export class KhctExcelError extends Error {
  constructor(
    readonly kind: ExcelErrorKind,
    readonly text: Bilingual,
    /** the office-js error code, when Excel raised it */
    readonly code?: string,
  ) {
    super(text.en);
    this.name = "KhctExcelError";
  }
}

interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown };
}

function officeCode(e: unknown): string | undefined {
  const code = (e as OfficeErrorLike | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Turns whatever Excel (or the adapter) threw into a KhctExcelError with a message a user can act on. */
export function toKhctExcelError(e: unknown): KhctExcelError {
  if (e instanceof KhctExcelError) return e;
  const code = officeCode(e);
  const err = e as OfficeErrorLike | null;
  const where = typeof err?.debugInfo?.errorLocation === "string" ? err.debugInfo.errorLocation : "";
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new KhctExcelError("cell-edit-mode", excelMessages.cellEditMode(), code);
    case "AccessDenied":
      return new KhctExcelError("access-denied", excelMessages.accessDenied(), code);
    case "UndoNotSupported":
      return new KhctExcelError("excel", excelMessages.undoNotSupported(where || code), code);
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedOperation":
      return new KhctExcelError("api-missing", excelMessages.apiMissing(where || code), code);
    default: {
      const message = typeof err?.message === "string" ? err.message : String(e);
      return new KhctExcelError("excel", excelMessages.excelError(code ?? "Error", [where, message].filter(Boolean).join(" — ")), code);
    }
  }
}
