import { a1, areaToA1, parseArea, type Area } from "./address";
import type { ListValidation, PatchValue, SheetPatch, Style } from "./patch";

/** How many recent ranges a style may join (a row of a table sets a few styles: its cells, its TT, its level). */
const COALESCE_LOOKBACK = 8;

/**
 * Joins styles given row by row into one range where the same style covers the same columns of
 * consecutive rows, keeping their order (a later style still wins): a host then sets each style once
 * per run of rows instead of once per row.
 */
export function coalesceStyles(styles: { range: string; style: Style }[]): { range: string; style: Style }[] {
  return coalesceAreas(styles.map(({ range, style }) => ({ area: parseArea(range), style })));
}

/** Styles are compared by content; a builder passes the same few objects thousands of times: their keys are kept. */
const STYLE_KEYS = new WeakMap<Style, string>();

function styleKey(style: Style): string {
  let key = STYLE_KEYS.get(style);
  if (key === undefined) STYLE_KEYS.set(style, (key = JSON.stringify(style)));
  return key;
}

function coalesceAreas(styles: { area: Area; style: Style }[]): { range: string; style: Style }[] {
  const out: { area: Area; key: string; style: Style }[] = [];
  const overlaps = (a: Area, b: Area) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
  for (const { area, style } of styles) {
    const key = styleKey(style);
    // the same style on the same columns of the row above extends that range: a recent one, and only
    // past ranges this one does not touch (styles apply in order, and later ones win where they overlap)
    let into: (typeof out)[number] | undefined;
    for (let i = out.length - 1; i >= Math.max(0, out.length - COALESCE_LOOKBACK); i--) {
      const o = out[i];
      if (o.key === key && o.area.left === area.left && o.area.right === area.right && o.area.bottom + 1 === area.top) {
        into = o;
        break;
      }
      if (overlaps(o.area, area)) break;
    }
    if (into) {
      into.area = { ...into.area, bottom: area.bottom };
      continue;
    }
    out.push({ area, key, style });
  }
  return out.map((o) => ({ range: areaToA1(o.area), style: o.style }));
}

/** Builds a sheet row by row into a SheetPatch: values, merges, styles and dropdowns. */
export class SheetBuilder {
  private readonly rows: PatchValue[][] = [];
  private readonly merges: string[] = [];
  private readonly styles: { area: Area; style: Style }[] = [];
  private readonly validations: ListValidation[] = [];
  private readonly rowHeights: { row: number; height: number }[] = [];

  constructor(readonly width: number) {}

  /** the 0-based index of the next row */
  get next(): number {
    return this.rows.length;
  }

  /** Adds a row (padded to the sheet width) and returns its index. */
  row(values: PatchValue[] = [], style?: Style): number {
    const r = this.rows.length;
    this.rows.push([...values, ...new Array(Math.max(0, this.width - values.length)).fill(null)].slice(0, Math.max(this.width, values.length)));
    if (style) this.style(r, 0, r, this.width - 1, style);
    return r;
  }

  /** A row whose text spans columns from..to (merged). */
  spanRow(text: PatchValue, style?: Style, from = 0, to = this.width - 1): number {
    const values: PatchValue[] = new Array(this.width).fill(null);
    values[from] = text;
    const r = this.row(values);
    this.merge(r, from, r, to);
    if (style) this.style(r, from, r, to, style);
    return r;
  }

  set(row: number, col: number, value: PatchValue): void {
    this.rows[row][col] = value;
  }

  get(row: number, col: number): PatchValue {
    return this.rows[row]?.[col] ?? null;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push(areaToA1({ top, left, bottom, right }));
  }

  style(top: number, left: number, bottom: number, right: number, style: Style): void {
    this.styles.push({ area: { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) }, style });
  }

  height(row: number, points: number): void {
    this.rowHeights.push({ row, height: points });
  }

  dropdown(top: number, col: number, bottom: number, list: { items?: string[]; source?: string }, prompt?: string): void {
    if (bottom < top) return;
    this.validations.push({ range: `${a1(top, col)}:${a1(bottom, col)}`, ...list, strict: false, prompt });
  }

  patch(sheet: string, extra: Partial<SheetPatch> = {}): SheetPatch {
    return {
      sheet,
      blocks: this.rows.length ? [{ top: 0, left: 0, values: this.rows }] : [],
      merges: this.merges,
      styles: coalesceAreas(this.styles),
      validations: this.validations,
      rowHeights: this.rowHeights,
      ...extra,
    };
  }
}
