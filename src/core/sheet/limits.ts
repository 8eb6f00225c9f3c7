/**
 * How much a sheet read from a file may span, whatever the file (.xlsx or .docx): far above any
 * real plan, far below what would exhaust memory.
 *
 * - rows: 100,000 rows from a sheet's first to its last row holding a value.
 * - cells: 3,000,000 cells in the used ranges of all sheets (the rectangles from the first to the
 *   last cell holding a value: what a reader allocates).
 */
export const SHEET_LIMITS = {
  rows: 100_000,
  cells: 3_000_000,
};
