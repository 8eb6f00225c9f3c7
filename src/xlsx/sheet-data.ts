/**
 * A patch's blocks, styles and row heights as a worksheet's <sheetData>.
 *
 * - Strings are shared-string cells (`t="s"`): a string cell is text whatever it looks like
 *   ("1.10", "9/2022", "=x", "- Tham mưu"). Their number format follows the core's rule, like the
 *   Excel host (`core/sheet/cell-input`): "@" on short strings Excel would change if they were
 *   retyped (so staff retyping one keep text), the quote prefix on long ones (never "@": desktop
 *   Excel shows "####" for a Text cell over 255 characters), General on the rest. Numbers,
 *   booleans and formulas never get "@".
 * - Formulas are written with their cached value (`<f>` + `<v>`), so viewers that do not
 *   recalculate show the numbers; a cached "#N/A"-style value is an error cell value (`t="e"`).
 * - An empty string and null leave the cell without a value (Excel has no empty-text constant), with
 *   the patch's own format if it styles the cell (a template's code column keeps "@" for typing).
 */
import { a1, parseArea, type Area } from "../core/sheet/address";
import { cellInput } from "../core/sheet/cell-input";
import { isFormulaValue, type PatchValue, type SheetPatch, type Style } from "../core/sheet/patch";
import { isErrorValue } from "../core/sheet/snapshot";
import type { SharedStringsPart } from "./shared-strings-part";
import { renameSheetReferences, type SheetRenames } from "../core/sheet/sheet-references";
import type { StylesPart } from "./styles-part";
import { WorkbookWriteError } from "./write-errors";
import { escapeText, escapeXstring } from "./xml-escape";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const MAX_CELL_TEXT = 32_767;

interface CellSpec {
  value?: PatchValue;
  style?: Style;
}

export interface SheetDataContext {
  styles: StylesPart;
  strings: SharedStringsPart;
  renames: SheetRenames;
}

export interface RenderedSheetData {
  /** the <sheetData> element */
  sheetData: string;
  /** the used area ("A1:H40"), for <dimension> */
  dimension: string;
}

/** A range of the sheet, checked to lie inside it. */
export function checkedArea(range: string): Area {
  let area: Area;
  try {
    area = parseArea(range);
  } catch {
    throw new WorkbookWriteError("bad-address", range);
  }
  if (area.top < 0 || area.left < 0 || area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS) throw new WorkbookWriteError("bad-address", range);
  return area;
}

function checkedCell(row: number, col: number): void {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLUMNS) {
    throw new WorkbookWriteError("bad-address", `${row},${col}`);
  }
}

/** Later properties win; font properties merge one by one. */
export function mergeStyle(base: Style | undefined, over: Style): Style {
  if (!base) return { ...over };
  const font = base.font || over.font ? { ...base.font, ...over.font } : undefined;
  return { ...base, ...over, ...(font ? { font } : {}) };
}

/**
 * mergeStyle, remembered by the objects merged (for one patch): a patch styles thousands of cells
 * with the same few objects, so cells end up sharing their merged styles (never changed once made),
 * and the styles part remembers each one's format index by identity.
 */
function styleMerger(): (base: Style | undefined, over: Style) => Style {
  const merged = new Map<Style | undefined, Map<Style, Style>>();
  return (base, over) => {
    let byOver = merged.get(base);
    if (!byOver) merged.set(base, (byOver = new Map()));
    let style = byOver.get(over);
    if (!style) byOver.set(over, (style = mergeStyle(base, over)));
    return style;
  };
}

/** The cells a patch writes, by row, each row's cells by column (an array with holes: in column order as it is). */
function collectCells(patch: SheetPatch): Map<number, CellSpec[]> {
  const rows = new Map<number, CellSpec[]>();
  const at = (row: number, col: number): CellSpec => {
    let r = rows.get(row);
    if (!r) rows.set(row, (r = []));
    return (r[col] ??= {});
  };
  for (const block of patch.blocks) {
    block.values.forEach((line, r) =>
      line.forEach((value, c) => {
        checkedCell(block.top + r, block.left + c);
        at(block.top + r, block.left + c).value = value;
      }),
    );
  }
  const merge = styleMerger();
  for (const { range, style } of patch.styles ?? []) {
    const area = checkedArea(range);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const cell = at(r, c);
        cell.style = merge(cell.style, style);
      }
    }
  }
  return rows;
}

function numberText(n: number, address: string): string {
  if (!Number.isFinite(n)) throw new WorkbookWriteError("bad-number", address);
  return Object.is(n, -0) ? "0" : String(n);
}

/** The `<c>` element of one cell, or "" when it has neither value nor format. */
function cellXml(address: string, cell: CellSpec, ctx: SheetDataContext): string {
  const v = cell.value;
  const xf = ctx.styles.xfIndex(cell.style, cellInput(v ?? null, cell.style?.numberFormat ?? null));
  const s = xf ? ` s="${xf}"` : "";
  if (v === undefined || v === null || v === "") return s ? `<c r="${address}"${s}/>` : "";
  if (typeof v === "string") {
    if (v.length > MAX_CELL_TEXT) throw new WorkbookWriteError("text-too-long", address);
    return `<c r="${address}"${s} t="s"><v>${ctx.strings.indexOf(v)}</v></c>`;
  }
  if (typeof v === "number") return `<c r="${address}"${s}><v>${numberText(v, address)}</v></c>`;
  if (typeof v === "boolean") return `<c r="${address}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (isFormulaValue(v)) {
    const formula = `<f>${escapeText(renameSheetReferences(v.formula.replace(/^=/, ""), ctx.renames))}</f>`;
    const cached = v.cached;
    if (typeof cached === "number") return `<c r="${address}"${s}>${formula}<v>${numberText(cached, address)}</v></c>`;
    if (cached.length > MAX_CELL_TEXT) throw new WorkbookWriteError("text-too-long", address);
    const type = isErrorValue(cached) ? "e" : "str";
    return `<c r="${address}"${s} t="${type}">${formula}<v>${escapeXstring(cached)}</v></c>`;
  }
  return "";
}

/**
 * ` ht="…" customHeight="1"`, or without customHeight for an automatic row: Excel opens it at that
 * height and grows it when staff type into it; LibreOffice prints it at that height.
 */
export function rowHeightAttributes(h: { height: number; auto?: boolean }, row: number): string {
  return ` ht="${numberText(h.height, `${row + 1}`)}"${h.auto ? "" : ' customHeight="1"'}`;
}

export function renderSheetData(patch: SheetPatch, ctx: SheetDataContext): RenderedSheetData {
  const cells = collectCells(patch);
  const heights = new Map<number, { height: number; auto?: boolean }>();
  for (const h of patch.rowHeights ?? []) {
    checkedCell(h.row, 0);
    heights.set(h.row, h);
  }
  const rowNumbers = [...new Set([...cells.keys(), ...heights.keys()])].sort((a, b) => a - b);
  const used = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  const rowsXml: string[] = [];
  for (const row of rowNumbers) {
    const cols = cells.get(row) ?? [];
    const parts: string[] = [];
    for (let col = 0; col < cols.length; col++) {
      const cell = cols[col];
      if (!cell) continue;
      const xml = cellXml(a1(row, col), cell, ctx);
      if (!xml) continue;
      parts.push(xml);
      used.top = Math.min(used.top, row);
      used.bottom = Math.max(used.bottom, row);
      used.left = Math.min(used.left, col);
      used.right = Math.max(used.right, col);
    }
    const height = heights.get(row);
    if (parts.length === 0 && height === undefined) continue;
    const ht = height !== undefined ? rowHeightAttributes(height, row) : "";
    rowsXml.push(parts.length ? `<row r="${row + 1}"${ht}>${parts.join("")}</row>` : `<row r="${row + 1}"${ht}/>`);
  }
  const dimension = used.bottom < 0 ? "A1" : used.top === used.bottom && used.left === used.right ? a1(used.top, used.left) : `${a1(used.top, used.left)}:${a1(used.bottom, used.right)}`;
  return { sheetData: rowsXml.length ? `<sheetData>${rowsXml.join("")}</sheetData>` : "<sheetData/>", dimension };
}
