import type { SheetView } from "./snapshot";

/**
 * Every table of a sheet, top to bottom: where a header matches, read the table under it and go on
 * after its last row. Shared by the plan reader and the self-evaluation reader.
 */
export function scanTables<H extends { rows: number[] }, T extends { lastRow: number }>(
  view: SheetView,
  match: (view: SheetView, row: number) => H | undefined,
  read: (view: SheetView, header: H) => T,
): T[] {
  const tables: T[] = [];
  let row = view.top;
  while (row <= view.bottom) {
    const header = match(view, row);
    if (!header) {
      row++;
      continue;
    }
    const table = read(view, header);
    tables.push(table);
    row = Math.max(table.lastRow, header.rows[header.rows.length - 1]) + 1;
  }
  return tables;
}

/** A run of this many empty rows ends a table. */
export const EMPTY_RUN_ENDS_TABLE = 2;

/** What a table reader says of a row under its header. */
export type RowVerdict = "row" | "stop" | { skipThrough: number };

/**
 * Walks the rows under a header, left to right of its columns, until a run of empty rows or a row
 * the reader says ends the table; rows the reader skips (a header Word repeated) do not count.
 * Returns the table's last row.
 */
export function walkTableRows(view: SheetView, header: { rows: number[]; left: number; right: number }, visit: (row: number) => RowVerdict): number {
  const firstRow = header.rows[header.rows.length - 1] + 1;
  let lastRow = firstRow - 1;
  let emptyRun = 0;
  for (let r = firstRow; r <= view.bottom; r++) {
    if (view.rowIsEmpty(r, header.left, header.right)) {
      if (++emptyRun >= EMPTY_RUN_ENDS_TABLE) break;
      continue;
    }
    emptyRun = 0;
    const verdict = visit(r);
    if (verdict === "stop") break;
    if (verdict === "row") lastRow = r;
    else r = Math.max(r, verdict.skipThrough);
  }
  return lastRow;
}
