import { parseArea } from "./address";
import { cellInput } from "./cell-input";
import { isFormulaValue, type SheetPatch } from "./patch";
import type { CellValue, SheetSnapshot } from "./snapshot";

/**
 * Applies a patch to a snapshot in memory: what a host would read back after writing it (values,
 * formulas with their cached values, number formats, merges). For tests, benchmarks and previews;
 * formatting other than number formats is not kept in a snapshot.
 */
export function applyPatchToSnapshot(base: SheetSnapshot | null, patch: SheetPatch): SheetSnapshot {
  const rows = new Map<number, Map<number, { value: CellValue; formula: string | null; numberFormat: string | null }>>();
  const put = (r: number, c: number, value: CellValue, formula: string | null, numberFormat: string | null) => {
    let row = rows.get(r);
    if (!row) rows.set(r, (row = new Map()));
    row.set(c, { value, formula, numberFormat });
  };
  if (base) {
    base.values.forEach((vr, i) =>
      vr.forEach((v, j) => {
        const f = base.formulas?.[i]?.[j];
        if (v !== null || f) put(base.top + i, base.left + j, v, f || null, base.numberFormats?.[i]?.[j] ?? null);
      }),
    );
  }
  for (const range of patch.clear ?? []) {
    const a = parseArea(range);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) rows.get(r)?.delete(c);
  }
  for (const block of patch.blocks) {
    block.values.forEach((vr, i) =>
      vr.forEach((v, j) => {
        const r = block.top + i;
        const c = block.left + j;
        if (v === null) rows.get(r)?.delete(c);
        else if (isFormulaValue(v)) put(r, c, v.cached, v.formula, cellInput(v, null).numberFormat);
        else put(r, c, v, null, cellInput(v, null).numberFormat);
      }),
    );
  }
  for (const s of patch.styles ?? []) {
    if (!s.style.numberFormat) continue;
    const a = parseArea(s.range);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) {
      const cell = rows.get(r)?.get(c);
      if (cell) cell.numberFormat = cellInput(cell.formula ? { formula: cell.formula, cached: "" } : cell.value, s.style.numberFormat).numberFormat;
    }
  }
  const merges = [...(base?.merges ?? []).filter((m) => !(patch.unmerges ?? []).includes(m)), ...(patch.merges ?? [])];
  // the area holding every cell and every merged area (loops: a large sheet has too many cells to spread into Math.min)
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const [r, row] of rows) {
    for (const c of row.keys()) {
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  for (const m of merges) {
    const a = parseArea(m);
    top = Math.min(top, a.top);
    left = Math.min(left, a.left);
    bottom = Math.max(bottom, a.bottom);
    right = Math.max(right, a.right);
  }
  if (!Number.isFinite(top)) return { name: patch.sheet, visible: patch.visibility ? patch.visibility === "visible" : true, top: 0, left: 0, values: [], merges };
  const h = bottom - top + 1;
  const w = right - left + 1;
  const values: CellValue[][] = Array.from({ length: h }, () => new Array<CellValue>(w).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: h }, () => new Array<string | null>(w).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: h }, () => new Array<string | null>(w).fill(null));
  for (const [r, row] of rows) {
    for (const [c, cell] of row) {
      values[r - top][c - left] = cell.value;
      formulas[r - top][c - left] = cell.formula;
      numberFormats[r - top][c - left] = cell.numberFormat;
    }
  }
  const visible = patch.visibility ? patch.visibility === "visible" : base ? base.visible : true;
  return { name: base?.name ?? patch.sheet, visible, top, left, values, formulas, numberFormats, merges, hiddenRows: base?.hiddenRows };
}

