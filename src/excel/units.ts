import { columnPixels } from "../core/measure/excel-geometry";

/**
 * A patch gives column widths in characters of 7-pixel digits (Excel's Column Width box with
 * Calibri 11); office-js sets them in points: the column's pixels (digits plus 5 px of margins
 * and grid line, as the .xlsx host stores them: see core/measure/excel-geometry.ts) × 0.75.
 */
export function columnWidthPoints(chars: number): number {
  return columnPixels(chars) * 0.75;
}

/** Print margins: inches in a patch, points in office-js. */
export function inchesToPoints(inches: number): number {
  return inches * 72;
}
