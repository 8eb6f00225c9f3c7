import { cellKey, type CellLook, type Looks } from "../core/store";
import { withoutSheet } from "./addresses";
import type { ExcelCapabilities } from "./capabilities";
import { sheetNamed, type WorkbookState } from "./workbook-state";

const NO_FILL = "#FFFFFF";

/**
 * The cells of `sheets` that hold a threaded comment (ExcelApi 1.10): such a cell cannot take a
 * note. The comments were loaded in the caller's sync; their cells take one more, only when a sheet
 * has comments at all.
 */
async function commentedCells(context: Excel.RequestContext, loaded: { sheet: string; comments: Excel.CommentCollection }[]): Promise<Set<string>> {
  const locations = loaded.flatMap(({ sheet, comments }) => comments.items.map((c) => ({ sheet, range: c.getLocation().load("address") })));
  if (!locations.length) return new Set();
  await context.sync();
  return new Set(locations.map(({ sheet, range }) => cellKey(sheet, withoutSheet(range.address))));
}

/**
 * Reads, in one sync, the fill and the note of each cell — what marking needs to remember and
 * clearing needs to check — and, where the host has notes, the threaded comments of their sheets
 * (a cell holds a note or a threaded comment, never both: one more sync where a sheet has any).
 * Where the host cannot tell "no fill" from a white fill (before ExcelApi 1.9), white counts as no
 * fill. Cells on sheets that no longer exist are left out.
 */
export async function readCellLooks(context: Excel.RequestContext, state: WorkbookState, caps: ExcelCapabilities, cells: { sheet: string; cell: string }[]): Promise<Looks> {
  const pending: { key: string; fill: Excel.RangeFill; note?: Excel.Note }[] = [];
  const comments = new Map<string, Excel.CommentCollection>();
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
    if (caps.notes && caps.threadedComments && !comments.has(sheet)) comments.set(sheet, worksheet.comments.load("items/id"));
    pending.push({ key, fill, note });
  }
  if (pending.length) await context.sync();
  const commented = await commentedCells(context, [...comments].map(([sheet, c]) => ({ sheet, comments: c })));
  const looks: Looks = new Map();
  for (const { key, fill, note } of pending) {
    const none = caps.specialCells ? fill.pattern === "None" : fill.color.toUpperCase() === NO_FILL;
    const look: CellLook = { fill: none ? null : fill.color.toUpperCase(), note: note && !note.isNullObject ? String(note.content) : null, comment: commented.has(key) };
    looks.set(key, look);
  }
  return looks;
}
