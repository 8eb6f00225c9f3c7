import { a1, parseArea, type Area } from "./address";
import type { Note } from "./patch";

/** What Excel stores in a cell: error values arrive as their text ("#NAME?"). */
export type CellValue = string | number | boolean | null;

/**
 * A sheet as a host reads it in one round trip: the used range's values, displayed text,
 * formulas, number formats, merged areas and hidden rows. Plain data; no host objects.
 */
export interface SheetSnapshot {
  name: string;
  /** false for hidden and very hidden sheets */
  visible: boolean;
  /** 0-based row and column of values[0][0] (the used range's top-left cell) */
  top: number;
  left: number;
  values: CellValue[][];
  /** displayed text, as Excel shows it; missing → String(value) */
  text?: string[][];
  /** "=…" where the cell holds a formula; null or "" otherwise */
  formulas?: (string | null)[][];
  /** number format per cell ("General", "@", "mm/yyyy" …) */
  numberFormats?: (string | null)[][];
  /** merged areas in A1 notation */
  merges: string[];
  /** 0-based absolute indexes of hidden rows */
  hiddenRows?: number[];
  /** the sheet's notes (Excel's yellow notes), where the host read them: a report refresh moves them with their rows */
  notes?: Note[];
  /** cells holding a threaded comment (Excel's newer comments), where the host read them: a note cannot go there */
  threadedComments?: string[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

const ERROR_VALUE = /^#(?:NAME\?|VALUE!|REF!|DIV\/0!|NULL!|N\/A|NUM!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

export function isErrorValue(v: CellValue): boolean {
  return typeof v === "string" && ERROR_VALUE.test(v);
}

/** True for number formats that show a date ("mmm-yy", "dd/mm/yyyy", "m/d/yyyy", "[$-42A]mmmm yyyy"). */
export function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  if (/^general$/i.test(f.trim()) || f.trim() === "@") return false;
  return /[dy]/i.test(f) || /m{3,}/i.test(f) || (/m/i.test(f) && /[/\-.]/.test(f) && !/[h:s]/i.test(f));
}

/** A cell as the core sees it. */
export interface Cell {
  row: number;
  col: number;
  address: string;
  value: CellValue;
  text: string;
  formula: string | null;
  numberFormat: string | null;
}

/** Random access to a snapshot by absolute 0-based row and column, with merged areas resolved. */
export class SheetView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly merges: Area[];
  /** the merged areas over each row of the used range (by row − top), in the snapshot's order */
  private readonly mergesByRow: (Area[] | undefined)[] = [];
  private readonly hidden: Set<number>;

  constructor(readonly snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    this.top = snapshot.top;
    this.left = snapshot.left;
    this.bottom = snapshot.top + snapshot.values.length - 1;
    let width = 0;
    for (const r of snapshot.values) width = Math.max(width, r.length);
    this.right = snapshot.left + width - 1;
    this.merges = snapshot.merges.map(parseArea);
    // indexed by row within the used range only, so a merge over whole columns costs no more than the range
    for (const m of this.merges) {
      if (m.right < this.left || m.left > this.right) continue;
      for (let r = Math.max(m.top, this.top); r <= Math.min(m.bottom, this.bottom); r++) (this.mergesByRow[r - this.top] ??= []).push(m);
    }
    this.hidden = new Set(snapshot.hiddenRows ?? []);
  }

  value(row: number, col: number): CellValue {
    const r = this.snapshot.values[row - this.top];
    const v = r ? r[col - this.left] : undefined;
    return v === undefined ? null : v;
  }

  text(row: number, col: number): string {
    const t = this.snapshot.text?.[row - this.top]?.[col - this.left];
    if (typeof t === "string") return t;
    const v = this.value(row, col);
    return v === null ? "" : String(v);
  }

  formula(row: number, col: number): string | null {
    const f = this.snapshot.formulas?.[row - this.top]?.[col - this.left];
    return typeof f === "string" && f.startsWith("=") ? f : null;
  }

  numberFormat(row: number, col: number): string | null {
    return this.snapshot.numberFormats?.[row - this.top]?.[col - this.left] ?? null;
  }

  cell(row: number, col: number): Cell {
    return {
      row,
      col,
      address: a1(row, col),
      value: this.value(row, col),
      text: this.text(row, col),
      formula: this.formula(row, col),
      numberFormat: this.numberFormat(row, col),
    };
  }

  /** The merged area covering this cell, if any. */
  mergeOf(row: number, col: number): Area | undefined {
    if (row >= this.top && row <= this.bottom && col >= this.left && col <= this.right) {
      const areas = this.mergesByRow[row - this.top];
      if (!areas) return undefined;
      // where areas overlap (a damaged file) the last listed wins, as it always has
      for (let i = areas.length - 1; i >= 0; i--) if (col >= areas[i].left && col <= areas[i].right) return areas[i];
      return undefined;
    }
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  /** True when the cell lies inside a merged area but is not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.mergeOf(row, col);
    return !!m && (m.top !== row || m.left !== col);
  }

  isHiddenRow(row: number): boolean {
    return this.hidden.has(row);
  }

  isEmpty(row: number, col: number): boolean {
    const v = this.value(row, col);
    return v === null || (typeof v === "string" && v.trim() === "");
  }

  rowIsEmpty(row: number, fromCol = this.left, toCol = this.right): boolean {
    for (let c = fromCol; c <= toCol; c++) if (!this.isEmpty(row, c)) return false;
    return true;
  }
}
