/**
 * A patch gives column widths in characters (Excel's unit: digits of the default font); office-js
 * sets them in points. Excel's rule for the default font (Calibri 11, 7-pixel digits, 5 pixels of
 * padding): pixels = trunc((256·chars + trunc(128/7)) / 256 · 7), and a pixel is 0.75 point.
 */
export function columnWidthPoints(chars: number): number {
  const pixels = Math.trunc(((256 * chars + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}

/** Print margins: inches in a patch, points in office-js. */
export function inchesToPoints(inches: number): number {
  return inches * 72;
}
