/**
 * A Word document's body as KHCT reads it: paragraphs and tables in order, tables with their grid,
 * merges and borders, cells with their own paragraphs and nested tables. Plain data, built by
 * parse-body.ts from word/document.xml.
 */

export interface DocParagraph {
  kind: "paragraph";
  /** the text Word shows: runs joined, "\t" where a tab is, "\n" at a line break; deleted, hidden and field-code text left out */
  text: string;
  /** every visible character is bold (or the paragraph has a heading or title style) */
  bold: boolean;
  /** centred */
  center: boolean;
}

/** Which edges of a table or cell carry a line, as far as they are said (undefined: not said here). */
export type Edges = Partial<Record<string, boolean>>;

export interface DocCell {
  /** the cell's paragraphs and nested tables, in order */
  blocks: DocBlock[];
  /** grid columns the cell spans (w:gridSpan) */
  span: number;
  /** vertical merge: a cell that starts one, or continues the one above (w:vMerge) */
  vMerge?: "restart" | "continue";
  /** legacy horizontal merge, as older Word and WPS write it (w:hMerge) */
  hMerge?: "restart" | "continue";
  edges: Edges;
}

export interface DocRow {
  cells: DocCell[];
  /** grid columns left empty before the first cell (w:gridBefore) and after the last (w:gridAfter) */
  before: number;
  after: number;
  /** repeated at the top of each page (w:tblHeader) */
  header: boolean;
}

export interface DocTable {
  kind: "table";
  /** the grid's column widths in twips (w:tblGrid) */
  columns: number[];
  rows: DocRow[];
  /** the table style (w:tblStyle), whose borders apply where the table says none */
  style?: string;
  edges: Edges;
}

export type DocBlock = DocParagraph | DocTable;

/** Word's grid: how many columns a table really spans (the grid, or its widest row when the grid is short). */
export function gridWidth(table: DocTable): number {
  let widest = table.columns.length;
  for (const row of table.rows) widest = Math.max(widest, row.before + row.cells.reduce((n, c) => n + c.span, 0) + row.after);
  return widest;
}

/** The tables nested directly in a table's cells, in order (Word's Table.Tables). */
export function nestedTables(table: DocTable): DocTable[] {
  const out: DocTable[] = [];
  for (const row of table.rows) for (const cell of row.cells) for (const b of cell.blocks) if (b.kind === "table") out.push(b);
  return out;
}
