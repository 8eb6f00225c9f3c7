/**
 * A stored cell is kept as a formula that refers to it (`='Kế hoạch'!C11`), not as the text "C11":
 * Excel rewrites the formula when the user inserts or deletes rows, moves the cell or renames the
 * sheet, so the record keeps pointing at the same cell. A deleted cell turns into `#REF!`.
 */

/** `='Kế hoạch'!C11` — always quoted, which Excel accepts for any sheet name. */
export function cellReferenceFormula(sheet: string, cell: string): string {
  return `='${sheet.replace(/'/g, "''")}'!${cell.replace(/\$/g, "")}`;
}

const REFERENCE = /^=\s*(?:'((?:[^']|'')+)'|([^'!=]+))!\$?([A-Za-z]{1,3})\$?(\d+)\s*$/;

/** The sheet and cell a reference formula points at; null when it no longer points at a cell (#REF!). */
export function parseCellReference(formula: string | null | undefined): { sheet: string; cell: string } | null {
  if (!formula) return null;
  const m = REFERENCE.exec(formula);
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2].trim();
  return { sheet, cell: `${m[3].toUpperCase()}${m[4]}` };
}

/** A key for maps of cells: "Kế hoạch!C11". */
export function cellKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}
