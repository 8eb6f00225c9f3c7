import { parseArea } from "./address";
import { isFormulaValue, type SheetPatch } from "./patch";

/**
 * Row heights for wrapped text, estimated from the text length and the column widths: LibreOffice
 * (and Excel until a cell is edited) keep the default height on rows a file does not size, so long
 * tasks would print cut off or overlap. Times New Roman 12–13 pt fits about one character per unit
 * of column width; a line is about 16 points high.
 */
const CHARS_PER_WIDTH_UNIT = 0.95;
const LINE_POINTS = 16;
const MIN_POINTS = 18;
const MAX_POINTS = 409; // Excel's limit

export function estimateRowHeights(patch: SheetPatch): { row: number; height: number }[] {
  const widths = new Map((patch.columnWidths ?? []).map((w) => [w.col, w.width]));
  const widthOf = (left: number, right: number) => {
    let w = 0;
    for (let c = left; c <= right; c++) w += widths.get(c) ?? 8.43;
    return w;
  };
  const mergedAt = new Map<string, number>();
  for (const m of patch.merges ?? []) {
    const a = parseArea(m);
    if (a.top === a.bottom) mergedAt.set(`${a.top}:${a.left}`, widthOf(a.left, a.right));
    else for (let r = a.top; r <= a.bottom; r++) mergedAt.set(`${r}:${a.left}`, -1); // tall merges: not sized per row
  }
  const explicit = new Set((patch.rowHeights ?? []).map((h) => h.row));
  const out: { row: number; height: number }[] = [];
  for (const block of patch.blocks) {
    block.values.forEach((values, i) => {
      const row = block.top + i;
      if (explicit.has(row)) return;
      let lines = 1;
      values.forEach((v, j) => {
        const col = block.left + j;
        const text = v === null ? "" : isFormulaValue(v) ? String(v.cached) : String(v);
        if (!text) return;
        const width = mergedAt.get(`${row}:${col}`) ?? widthOf(col, col);
        if (width < 0) return;
        const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH_UNIT));
        const needed = text.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil(para.length / perLine)), 0);
        lines = Math.max(lines, needed);
      });
      if (lines > 1) out.push({ row, height: Math.min(MAX_POINTS, Math.max(MIN_POINTS, lines * LINE_POINTS)) });
    });
  }
  return out;
}

/** Adds estimated heights to the rows of a patch that need more than one line. */
export function withRowHeights(patch: SheetPatch): SheetPatch {
  return { ...patch, rowHeights: [...(patch.rowHeights ?? []), ...estimateRowHeights(patch)] };
}
