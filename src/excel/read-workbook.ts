import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import type { ExcelCapabilities, Limitation } from "./capabilities";
import { readSheets } from "./read-snapshot";
import { readWorkbookState, type SheetInfo, type WorkbookState } from "./workbook-state";

export interface WorkbookRead {
  state: WorkbookState;
  workbook: WorkbookSnapshot;
  limitations: Limitation[];
}

export function uniqueLimitations(lists: Limitation[][]): Limitation[] {
  return [...new Set(lists.flat())];
}

/** Reads sheets already known to exist in one sync. */
export async function readSnapshots(context: Excel.RequestContext, sheets: SheetInfo[], caps: ExcelCapabilities): Promise<{ workbook: WorkbookSnapshot; limitations: Limitation[] }> {
  if (!sheets.length) return { workbook: { sheets: [] }, limitations: [] };
  const reads = await readSheets(context, sheets, caps);
  return { workbook: { sheets: reads.map((r) => r.snapshot) }, limitations: uniqueLimitations(reads.map((r) => r.limitations)) };
}

/**
 * Two syncs, whatever the number of rows: the sheet list (with protection and read-only state), then
 * a snapshot of every sheet `which` selects (all by default).
 */
export async function readWorkbook(context: Excel.RequestContext, caps: ExcelCapabilities, which: (sheet: SheetInfo) => boolean = () => true): Promise<WorkbookRead> {
  const state = await readWorkbookState(context, caps);
  const { workbook, limitations } = await readSnapshots(context, state.sheets.filter(which), caps);
  return { state, workbook, limitations };
}
