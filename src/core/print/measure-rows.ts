/**
 * Row heights measured from what each row holds: every cell's text wrapped at its width (a merged
 * area's whole width), in its font and size, as Excel lays it out (see measure/excel-geometry.ts).
 * A row is as tall as its tallest cell, no taller. Merged areas are measured too (Excel never
 * autofits them): an area over several rows that needs more room than its rows give gets the rest
 * on its last row.
 */
import type { Area } from "../sheet/address";
import type { SheetView } from "../sheet/snapshot";
import { rowPointsForLines, textAreaPixels } from "../measure/excel-geometry";
import { lineCount } from "../measure/wrap";
import type { SheetLooks } from "./looks";

export interface MeasuredRow {
  row: number;
  /** points */
  height: number;
  /** the height comes from a merged area (Excel's own autofit would shrink the row) */
  setByMerge: boolean;
}

/** Points a cell (or merged area) needs for its text. */
function cellPoints(view: SheetView, looks: SheetLooks, row: number, col: number, area: Area | undefined): number {
  const look = looks.cell(row, col);
  const text = view.text(row, col);
  if (!look.wrap || text.trim() === "") return rowPointsForLines(1, look.font);
  const width = area ? looks.spanPx(area.left, area.right) : looks.columnPx(col);
  return rowPointsForLines(lineCount(text, look.font, textAreaPixels(width)), look.font);
}

/** A cell and the empty cells right of it, as a merged area (when the host cannot read merges). */
function spill(view: SheetView, row: number, col: number): Area | undefined {
  let right = col;
  while (right < view.right && view.isEmpty(row, right + 1)) right++;
  return right > col ? { top: row, left: col, bottom: row, right } : undefined;
}

/** The measured height of every non-empty, visible row of the view, in row order. */
export function measureRows(view: SheetView, looks: SheetLooks): MeasuredRow[] {
  const byRow = new Map<number, MeasuredRow>();
  const tallMerges: { area: Area; points: number }[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    if (view.isHiddenRow(r)) continue;
    let own = 0;
    let merged = 0;
    for (let c = view.left; c <= view.right; c++) {
      if (view.isEmpty(r, c) || view.isCovered(r, c)) continue;
      const area = view.mergeOf(r, c) ?? (looks.data.mergesUnknown ? spill(view, r, c) : undefined);
      if ((area ? looks.spanPx(area.left, area.right) : looks.columnPx(c)) === 0) continue; // a hidden column prints nothing
      const points = cellPoints(view, looks, r, c, area);
      if (area && area.bottom > area.top) {
        tallMerges.push({ area, points });
        own = Math.max(own, rowPointsForLines(1, looks.cell(r, c).font));
      } else if (area && area.right > area.left) merged = Math.max(merged, points);
      else own = Math.max(own, points);
    }
    if (own || merged) byRow.set(r, { row: r, height: Math.max(own, merged), setByMerge: merged > own });
  }
  for (const { area, points } of tallMerges) {
    let have = 0;
    for (let r = area.top; r <= area.bottom; r++) have += byRow.get(r)?.height ?? 0;
    if (have >= points) continue;
    const last = byRow.get(area.bottom) ?? { row: area.bottom, height: 0, setByMerge: true };
    byRow.set(area.bottom, { ...last, height: last.height + points - have, setByMerge: true });
  }
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}
