/**
 * The printed page of KHCT's documents, as data: A4 landscape (the tables are wide), the margins
 * Nghị định 30/2020/NĐ-CP sets for administrative documents (Phụ lục I, mục I.4: top and bottom
 * 20–25 mm, left 30–35 mm, right 15–20 mm; KHCT takes the smallest, for the widest table), page
 * numbers in Arabic figures centred in the top margin from page 2 (same Phụ lục: "không hiển thị số
 * trang thứ nhất"), and an explicit print scale — not "fit to width", whose scale Excel and
 * LibreOffice compute each their own way, which would move KHCT's page breaks.
 */
import { FONT } from "../template/document-header";

const MM_PER_INCH = 25.4;
const POINTS_PER_MM = 72 / MM_PER_INCH;

export const PAGE = {
  /** A4 landscape, millimetres */
  width: 297,
  height: 210,
  margins: { top: 20, bottom: 20, left: 30, right: 15 },
  /** where the page number sits, from the top edge */
  header: 10,
  footer: 10,
  pageNumber: { fromPage: 2 as const, font: FONT, size: 13 },
};

/**
 * Room left for Excel's and LibreOffice's own rounding: a page filled to 98 % of its height, so that
 * neither program adds a break of its own before KHCT's.
 */
const HEIGHT_SLACK = 0.98;
/**
 * Widths: in a workbook whose default font is Times New Roman (KHCT's new workbooks), LibreOffice
 * draws columns exactly as Excel does; with another default font LibreOffice's column unit can be up
 * to 6 % wider (Calibri's digits unrounded: 7.43 px where Excel uses 7), so the scale leaves that room.
 */
export const WIDTH_SLACK = { timesDefault: 1.01, otherDefault: 1.07 };

export const mmToInches = (mm: number) => Math.round((mm / MM_PER_INCH) * 10000) / 10000;

/** Margins as a patch gives them (inches). */
export function marginsInches(): { left: number; right: number; top: number; bottom: number; header: number; footer: number } {
  const m = PAGE.margins;
  return { left: mmToInches(m.left), right: mmToInches(m.right), top: mmToInches(m.top), bottom: mmToInches(m.bottom), header: mmToInches(PAGE.header), footer: mmToInches(PAGE.footer) };
}

/** Printable width and height of the page, in points. */
export function printablePoints(): { width: number; height: number } {
  const m = PAGE.margins;
  return { width: (PAGE.width - m.left - m.right) * POINTS_PER_MM, height: (PAGE.height - m.top - m.bottom) * POINTS_PER_MM };
}

/** The largest whole-percent scale (at most 100) at which `widthPoints` of columns fit the printable width. */
export function scaleForWidth(widthPoints: number, timesDefault: boolean): number {
  const slack = timesDefault ? WIDTH_SLACK.timesDefault : WIDTH_SLACK.otherDefault;
  const fit = Math.floor((printablePoints().width / (widthPoints * slack)) * 100);
  return Math.max(10, Math.min(100, fit));
}

/** Sheet points of rows one page holds at a scale. */
export function pageCapacity(scale: number): number {
  return (printablePoints().height / (scale / 100)) * HEIGHT_SLACK;
}
