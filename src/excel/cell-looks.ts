import { cellKey, type CellLook, type Looks } from "../core/store";
import type { ExcelCapabilities } from "./capabilities";
import { sheetNamed, type WorkbookState } from "./workbook-state";

const NO_FILL = "#FFFFFF";

/**
 * Reads, in one sync, the fill and the note of each cell: what marking needs to remember and
 * clearing needs to check. Where the host cannot tell "no fill" from a white fill (before
 * ExcelApi 1.9), white counts as no fill. Cells on sheets that no longer exist are left out.
 */
export async function readCellLooks(context: Excel.RequestContext, state: WorkbookState, caps: ExcelCapabilities, cells: { sheet: string; cell: string }[]): Promise<Looks> {
  const pending: { key: string; fill: Excel.RangeFill; note?: Excel.Note }[] = [];
  const seen = new Set<string>();
  for (const { sheet, cell } of cells) {
    const key = cellKey(sheet, cell);
    if (seen.has(key) || !sheetNamed(state, sheet)) continue;
    seen.add(key);
    const worksheet = context.workbook.worksheets.getItem(sheet);
    const fill = worksheet.getRange(cell).format.fill;
    fill.load(caps.specialCells ? "color,pattern" : "color");
    const note = caps.notes ? worksheet.notes.getItemOrNullObject(cell) : undefined;
    note?.load("content");
    pending.push({ key, fill, note });
  }
  if (pending.length) await context.sync();
  const looks: Looks = new Map();
  for (const { key, fill, note } of pending) {
    const none = caps.specialCells ? fill.pattern === "None" : fill.color.toUpperCase() === NO_FILL;
    const look: CellLook = { fill: none ? null : fill.color.toUpperCase(), note: note && !note.isNullObject ? String(note.content) : null };
    looks.set(key, look);
  }
  return looks;
}
