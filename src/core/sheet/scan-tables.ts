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
