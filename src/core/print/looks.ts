/**
 * How a sheet's cells look, as far as their printed size depends on it: column widths, each cell's
 * font and wrap setting, the rows' heights. Plain data a host reads (or a patch carries), so the
 * core measures a sheet KHCT just built and a sheet staff have typed into the same way.
 */
import { parseArea } from "../sheet/address";
import type { SheetPatch, Style, StyledRange } from "../sheet/patch";
import { columnPixels, DEFAULT_DIGIT_PX } from "../measure/excel-geometry";
import type { FontSpec } from "../measure/text-width";

export interface FontLook extends FontSpec {
  name?: string;
}

export interface SheetLooksData {
  /** the workbook's default font (its Normal style): what cells without a font of their own use */
  defaultFont: FontLook;
  /** column widths in characters of 7-pixel digits (the unit of SheetPatch.columnWidths) */
  columnWidths: { col: number; width: number }[];
  /** width of the other columns, same unit; Excel's default 8.43 */
  defaultColumnWidth?: number;
  /** fonts and wrap settings, later ranges winning (a patch's styles, or one range per cell read from a file) */
  styles: StyledRange[];
  /** heights the sheet has now; `custom` when set by hand (Excel then never grows the row) */
  rowHeights?: { row: number; height: number; custom?: boolean }[];
  hiddenColumns?: number[];
  hiddenRows?: number[];
  /**
   * The host could not read merged areas (Excel before ExcelApi 1.13): a cell followed by empty
   * cells is measured as if merged across them, as KHCT's headings and titles are.
   */
  mergesUnknown?: boolean;
}

export interface CellLook {
  font: FontLook;
  wrap: boolean;
}

export const EXCEL_DEFAULT_COLUMN_WIDTH = 8.43;

const NO_STYLES: { left: number; right: number; font?: Style["font"]; wrap?: boolean }[] = [];

/** Random access to SheetLooksData by cell. */
export class SheetLooks {
  private readonly widths: Map<number, number>;
  /** per row, the styles covering some of its columns, in order (later wins) */
  private readonly byRow = new Map<number, { left: number; right: number; font?: Style["font"]; wrap?: boolean }[]>();
  private readonly hiddenCols: Set<number>;

  constructor(readonly data: SheetLooksData) {
    this.widths = new Map(data.columnWidths.map((w) => [w.col, w.width]));
    this.hiddenCols = new Set(data.hiddenColumns ?? []);
    for (const { range, style } of data.styles) {
      if (!style.font && style.wrap === undefined) continue;
      const a = parseArea(range);
      for (let r = a.top; r <= a.bottom; r++) {
        let list = this.byRow.get(r);
        if (!list) this.byRow.set(r, (list = []));
        list.push({ left: a.left, right: a.right, font: style.font, wrap: style.wrap });
      }
    }
  }

  /** Pixel width of a column (0 when hidden). */
  columnPx(col: number): number {
    if (this.hiddenCols.has(col)) return 0;
    return columnPixels(this.widths.get(col) ?? this.data.defaultColumnWidth ?? EXCEL_DEFAULT_COLUMN_WIDTH, DEFAULT_DIGIT_PX);
  }

  /** Pixel width of columns left..right. */
  spanPx(left: number, right: number): number {
    let w = 0;
    for (let c = left; c <= right; c++) w += this.columnPx(c);
    return w;
  }

  cell(row: number, col: number): CellLook {
    // later styles win, property by property (one that sets a property to undefined clears it)
    let name: string | undefined;
    let size: number | undefined;
    let bold: boolean | undefined;
    let italic: boolean | undefined;
    let wrap: boolean | undefined;
    for (const s of this.byRow.get(row) ?? NO_STYLES) {
      if (col < s.left || col > s.right) continue;
      const f = s.font;
      if (f) {
        if ("name" in f) name = f.name;
        if ("size" in f) size = f.size;
        if ("bold" in f) bold = f.bold;
        if ("italic" in f) italic = f.italic;
      }
      if (s.wrap !== undefined) wrap = s.wrap;
    }
    const d = this.data.defaultFont;
    return {
      font: { name: name ?? d.name, size: size ?? d.size, bold: bold ?? d.bold ?? false, italic: italic ?? d.italic ?? false },
      wrap: wrap ?? false,
    };
  }
}

/** The looks a patch gives the sheet it writes, in a workbook whose default font is `defaultFont`. */
export function looksOfPatch(patch: SheetPatch, defaultFont: FontLook): SheetLooksData {
  return {
    defaultFont,
    columnWidths: patch.columnWidths ?? [],
    styles: patch.styles ?? [],
    rowHeights: (patch.rowHeights ?? []).map((h) => ({ row: h.row, height: h.height, custom: !h.auto })),
    hiddenColumns: patch.hiddenColumns,
  };
}

/** The default font of the workbooks KHCT creates (see xlsx/new-workbook.ts). */
export const KHCT_WORKBOOK_FONT: FontLook = { name: "Times New Roman", size: 12 };
/** Excel's default font, for a workbook whose own KHCT has not read. */
export const EXCEL_DEFAULT_FONT: FontLook = { name: "Calibri", size: 11 };
