import { readTables } from "../plan/read";
import { SheetView, type WorkbookSnapshot } from "../sheet/snapshot";
import { isKhctSheet } from "../validate/validate";

/** The sheets of a workbook that print as documents: visible sheets holding a plan or report table (or the one asked for). */
export function documentSheets(workbook: WorkbookSnapshot, sheet?: string): string[] {
  if (sheet !== undefined) return workbook.sheets.some((s) => s.name === sheet) ? [sheet] : [];
  return workbook.sheets.filter((s) => s.visible && !isKhctSheet(s.name) && readTables(new SheetView(s)).length > 0).map((s) => s.name);
}
