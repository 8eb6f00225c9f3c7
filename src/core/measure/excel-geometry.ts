/**
 * Excel's cell geometry at 100 % zoom on a 96-DPI screen (a pixel is 0.75 point), for Times New
 * Roman. How each number is derived:
 *
 * - Column width. A width in characters is a count of the widest digit of the workbook's default
 *   font ("maximum digit width", MDW: 7 px for Calibri 11) plus 5 px: 2 px of margin on each side
 *   and 1 px of grid line (ECMA-376 Part 1 §18.3.1.13; [MS-OI29500] §2.1.598 f). Stored in <col
 *   width> as trunc((chars·MDW + 5) / MDW · 256) / 256; shown as trunc((256·stored + trunc(128/MDW))
 *   / 256 · MDW) pixels. Times New Roman's digits are half an em: 8 px at 12 pt (16 px per em).
 * - Text area. Wrapped text may use the column's pixels less those 5 px of margin and grid line.
 * - Line height. Excel sizes a row from the font's Windows metrics as GDI scales them: the em in
 *   whole pixels (ppem = round(points · 96/72)), ascent and descent rounded up to whole pixels
 *   (usWinAscent 1825, usWinDescent 443 of 2048 for Times New Roman and Liberation Serif), plus
 *   2 px for the row (1 above, 1 below). Times New Roman 11 pt → 14 + 4 + 2 = 20 px = 15 pt, the
 *   value Excel writes at 96 DPI (measured by SpreadsheetLight, SLTool.GetDefaultRowHeight); 12 pt
 *   → 21 px = 15.75 pt; 13 pt → 22 px = 16.5 pt. A wrapped cell of n lines needs n · line + 2 px.
 *   Not checked against Excel on Windows here (no Excel on this machine): if Excel proves
 *   different, this is the one place to change.
 *
 * LibreOffice draws lines 1.107 em apart (13.3 pt at 12 pt) without rounding, slightly tighter than
 * this, so a row sized here holds its text in LibreOffice too, with at most ~1 pt per line to spare.
 */
import { styleMetrics, styleOf, UNITS_PER_EM, type FontSpec } from "./text-width";

export const PX_PER_POINT = 96 / 72;
/** 2 px of margin each side and 1 px of grid line (MS-OI29500 §2.1.598 f). */
export const CELL_PADDING_PX = 5;
/** the row's own 2 px around its lines */
export const ROW_PADDING_PX = 2;
/** Excel's tallest row */
export const MAX_ROW_POINTS = 409;
/** Calibri 11, the default font of Excel's new workbooks */
export const DEFAULT_DIGIT_PX = 7;

/** The pixel width of a column whose width is `chars` characters of a font with `digitPx`-wide digits. */
export function columnPixels(chars: number, digitPx = DEFAULT_DIGIT_PX): number {
  return storedWidthPixels(storedColumnWidth(chars, digitPx), digitPx);
}

/** The <col width> value for a width in characters: trunc((chars·MDW + 5) / MDW · 256) / 256. */
export function storedColumnWidth(chars: number, digitPx = DEFAULT_DIGIT_PX): number {
  return Math.trunc(((chars * digitPx + CELL_PADDING_PX) / digitPx) * 256) / 256;
}

/** Pixels of a stored <col width>. */
export function storedWidthPixels(stored: number, digitPx = DEFAULT_DIGIT_PX): number {
  return Math.trunc(((256 * stored + Math.trunc(128 / digitPx)) / 256) * digitPx);
}

/** The stored <col width> that gives `pixels` in a workbook whose default font has `digitPx`-wide digits. */
export function storedWidthForPixels(pixels: number, digitPx: number): number {
  return Math.ceil((pixels / digitPx) * 256) / 256;
}

/** Width in pixels that wrapped text may use in a cell (or merged area) `pixels` wide. */
export function textAreaPixels(pixels: number): number {
  return Math.max(1, pixels - CELL_PADDING_PX);
}

/** The em of a font size as GDI renders it at 96 DPI, in whole pixels. */
export function ppem(points: number): number {
  return Math.round(points * PX_PER_POINT);
}

/** Distance between two wrapped lines, in pixels. */
export function lineHeightPixels(font: FontSpec): number {
  const m = styleMetrics(styleOf(font));
  const em = ppem(font.size);
  return Math.ceil((m.winAscent * em) / UNITS_PER_EM) + Math.ceil((m.winDescent * em) / UNITS_PER_EM);
}

/** Height in points of a row holding `lines` lines of the font (at most Excel's 409 pt). */
export function rowPointsForLines(lines: number, font: FontSpec): number {
  const px = Math.max(1, lines) * lineHeightPixels(font) + ROW_PADDING_PX;
  return Math.min(MAX_ROW_POINTS, px * 0.75);
}

/**
 * The maximum digit width (pixels) of a workbook's default font, the unit of its column widths:
 * Calibri 11 (Excel's default) and Arial 10: 7 px; Times New Roman's digits are half an em (8 px at
 * 12 pt); other fonts are taken as Calibri-like, scaled by size.
 */
export function digitPixels(font: { name?: string; size?: number }): number {
  const size = font.size ?? 11;
  const name = (font.name ?? "Calibri").toLowerCase();
  if (/times new roman|liberation serif/.test(name)) return Math.round(ppem(size) / 2);
  if (name === "arial" && size === 10) return 7;
  return Math.max(1, Math.round((DEFAULT_DIGIT_PX * ppem(size)) / ppem(11)));
}
