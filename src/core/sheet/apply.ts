import { parseArea, type Area } from "./address";
import { cellInput } from "./cell-input";
import { isFormulaValue, type SheetPatch } from "./patch";
import type { CellValue, SheetSnapshot } from "./snapshot";

/**
 * Applies a patch to a snapshot in memory: what a host would read back after writing it (values,
 * formulas with their cached values, number formats, merges). For tests, benchmarks and previews;
 * formatting other than number formats is not kept in a snapshot.
 */
export function applyPatchToSnapshot(base: SheetSnapshot | null, patch: SheetPatch): SheetSnapshot {
  if (!base) return newSheetSnapshot(patch);
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
  ({ top, left, bottom, right } = widenedByMerges({ top, left, bottom, right }, merges));
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

/**
 * A patch written to a new sheet (what the template and report builders lay out): the same snapshot
 * as the general case above, filled straight into arrays (a 20,000-row report has 200,000 cells:
 * no map entry per cell).
 */
function newSheetSnapshot(patch: SheetPatch): SheetSnapshot {
  let top = Infinity;
  let left = Infinity;
  let bottom = -Infinity;
  let right = -Infinity;
  for (const block of patch.blocks) {
    block.values.forEach((vr, i) => {
      if (!vr.length) return;
      top = Math.min(top, block.top + i);
      bottom = Math.max(bottom, block.top + i);
      left = Math.min(left, block.left);
      right = Math.max(right, block.left + vr.length - 1);
    });
  }
  // the blocks' cells, null where none is written (later blocks win; a null clears)
  const gridRows = Number.isFinite(top) ? bottom - top + 1 : 0;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let i = 0; i < gridRows; i++) {
    values.push(new Array<CellValue>(right - left + 1).fill(null));
    formulas.push(new Array<string | null>(right - left + 1).fill(null));
    numberFormats.push(new Array<string | null>(right - left + 1).fill(null));
  }
  for (const block of patch.blocks) {
    block.values.forEach((vr, i) =>
      vr.forEach((v, j) => {
        const r = block.top + i - top;
        const c = block.left + j - left;
        if (v === null) {
          values[r][c] = formulas[r][c] = numberFormats[r][c] = null;
        } else if (isFormulaValue(v)) {
          values[r][c] = v.cached;
          formulas[r][c] = v.formula;
          numberFormats[r][c] = cellInput(v, null).numberFormat;
        } else {
          values[r][c] = v;
          formulas[r][c] = null;
          numberFormats[r][c] = cellInput(v, null).numberFormat;
        }
      }),
    );
  }
  for (const s of patch.styles ?? []) {
    if (!s.style.numberFormat) continue;
    const a = parseArea(s.range);
    for (let r = Math.max(a.top, top); r <= Math.min(a.bottom, bottom); r++) {
      for (let c = Math.max(a.left, left); c <= Math.min(a.right, right); c++) {
        const value = values[r - top][c - left];
        if (value === null) continue;
        const formula = formulas[r - top][c - left];
        numberFormats[r - top][c - left] = cellInput(formula ? { formula, cached: "" } : value, s.style.numberFormat).numberFormat;
      }
    }
  }
  // the area holding every cell written and every merged area
  let usedTop = Infinity;
  let usedLeft = Infinity;
  let usedBottom = -Infinity;
  let usedRight = -Infinity;
  for (let i = 0; i < gridRows; i++) {
    const row = values[i];
    let first = -1;
    let last = -1;
    for (let j = 0; j < row.length; j++) {
      if (row[j] === null) continue;
      if (first < 0) first = j;
      last = j;
    }
    if (first < 0) continue;
    usedTop = Math.min(usedTop, top + i);
    usedBottom = top + i;
    usedLeft = Math.min(usedLeft, left + first);
    usedRight = Math.max(usedRight, left + last);
  }
  const merges = [...(patch.merges ?? [])];
  ({ top: usedTop, left: usedLeft, bottom: usedBottom, right: usedRight } = widenedByMerges({ top: usedTop, left: usedLeft, bottom: usedBottom, right: usedRight }, merges));
  const visible = patch.visibility ? patch.visibility === "visible" : true;
  if (!Number.isFinite(usedTop)) return { name: patch.sheet, visible, top: 0, left: 0, values: [], merges };
  // the grid cut (or widened, for merged areas outside the blocks) to that area
  const w = usedRight - usedLeft + 1;
  const fitted = <T>(grid: T[][]): T[][] => {
    const out: T[][] = [];
    for (let r = usedTop; r <= usedBottom; r++) {
      const source = grid[r - top];
      if (source && usedLeft === left && w === source.length) {
        out.push(source);
        continue;
      }
      const row = new Array<T>(w).fill(null as T);
      if (source) for (let c = Math.max(usedLeft, left); c <= Math.min(usedRight, right); c++) row[c - usedLeft] = source[c - left];
      out.push(row);
    }
    return out;
  };
  return { name: patch.sheet, visible, top: usedTop, left: usedLeft, values: fitted(values), formulas: fitted(formulas), numberFormats: fitted(numberFormats), merges, hiddenRows: undefined };
}

/** An area (Infinity/-Infinity when empty) widened to hold every merged area. */
function widenedByMerges(area: Area, merges: string[]): Area {
  let { top, left, bottom, right } = area;
  for (const m of merges) {
    const a = parseArea(m);
    top = Math.min(top, a.top);
    left = Math.min(left, a.left);
    bottom = Math.max(bottom, a.bottom);
    right = Math.max(right, a.right);
  }
  return { top, left, bottom, right };
}
