/** The Excel host: office-js in, SheetSnapshot out; SheetPatch in, office-js writes out. */
export { MINIMUM_EXCEL_API, detectCapabilities, meetsMinimum, NO_CAPABILITIES, type ExcelCapabilities, type IsSetSupported, type Limitation } from "./capabilities";
export { excelMessages, limitationMessages } from "./messages";
export { KhctExcelError, toKhctExcelError, type ExcelErrorKind } from "./errors";
export { readWorkbookState, assertCanWrite, assertStructureFree, type WorkbookState, type SheetInfo } from "./workbook-state";
export { queueDataSnapshot, readSheets, FIRST_BAND_ROWS, type ReadKind, type SheetRead } from "./read-snapshot";
export { readWorkbook, sheetsToRead, type WorkbookRead } from "./read-workbook";
export { applyWorkbookPatch, queueWorkbookPatch, planSheets, type ApplyResult, type AppliedSheet } from "./apply-patch";
export { blockWrites, textInput } from "./write-cells";
export { runCommand, type Command, type CommandInput, type CommandResult } from "./run-command";
export { validateInExcel, type ExcelValidation } from "./validate";
export { revealCell } from "./select";
export { validateAndMark, clearMarks, type MarkResult } from "./marks";
export { applyFix, applyFixes, undoFix, undoFixes, readJournal } from "./journal";
export { readProfile, saveProfile, type ProfileRead } from "./profile";
export { withExcel, officeCapabilities, undoKind } from "./host";
export { watchSheetChanges, sheetChange, type SheetChange, type SheetWatch } from "./sheet-changes";
export { prepareForPrint, type PreparedSheet } from "./prepare-print";
