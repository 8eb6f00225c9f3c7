import type { ExcelCapabilities } from "./capabilities";
import { KhctExcelError } from "./errors";
import { excelMessages } from "./messages";

export interface SheetInfo {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
}

/** What every command reads first, in the same sync as anything else it needs. */
export interface WorkbookState {
  /** the workbook's file name ("Kế hoạch 2025.xlsx"), for messages */
  name: string;
  sheets: SheetInfo[];
  /** null where the host cannot tell (before ExcelApi 1.8) */
  readOnly: boolean | null;
  /** the workbook's structure is protected (Review › Protect Workbook): no sheet can be added, hidden or shown */
  structureProtected: boolean;
  /** workbook-level names */
  names: string[];
}

/** Queues the loads for the workbook state; the function returned reads them after the sync. */
export function queueWorkbookState(context: Excel.RequestContext, caps: ExcelCapabilities): () => WorkbookState {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const names = context.workbook.names;
  names.load("items/name");
  context.workbook.load(caps.readOnlyFlag ? "name,readOnly" : "name");
  const protection = context.workbook.protection.load("protected");
  return () => ({
    name: context.workbook.name,
    sheets: sheets.items.map((s) => ({ name: s.name, visibility: s.visibility as SheetInfo["visibility"], protected: s.protection.protected })),
    readOnly: caps.readOnlyFlag ? context.workbook.readOnly : null,
    structureProtected: protection.protected,
    names: names.items.map((n) => n.name),
  });
}

/** One sync. */
export async function readWorkbookState(context: Excel.RequestContext, caps: ExcelCapabilities): Promise<WorkbookState> {
  const state = queueWorkbookState(context, caps);
  await context.sync();
  return state();
}

export function sheetNamed(state: WorkbookState, name: string): SheetInfo | undefined {
  const key = name.normalize("NFC").toUpperCase();
  return state.sheets.find((s) => s.name.normalize("NFC").toUpperCase() === key);
}

/**
 * Refuses, before anything is written, a write Excel would reject half-way: to a protected sheet.
 * (A failed sync can leave the operations queued before the failing one applied.) A read-only
 * workbook is not refused: desktop Excel lets it be edited and only blocks saving, so commands go
 * on and say so (the "read-only" limitation); where Excel does refuse, its AccessDenied says so.
 */
export function assertCanWrite(state: WorkbookState, sheets: string[]): void {
  for (const name of sheets) {
    const info = sheetNamed(state, name);
    if (info?.protected) throw new KhctExcelError("protected-sheet", excelMessages.protectedSheet(info.name));
  }
}

/** Refuses adding, hiding or showing a sheet of a workbook whose structure is protected (before anything is queued). */
export function assertStructureFree(state: WorkbookState, changedSheets: string[]): void {
  if (state.structureProtected && changedSheets.length) throw new KhctExcelError("structure-protected", excelMessages.structureProtected(changedSheets[0]));
}

export function assertSheetExists(state: WorkbookState, name: string): SheetInfo {
  const info = sheetNamed(state, name);
  if (!info) throw new KhctExcelError("sheet-missing", excelMessages.sheetMissing(name));
  return info;
}
