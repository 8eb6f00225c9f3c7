/**
 * A data table in its own grid, as a block of sheet cells: one cell per grid column (w:gridBefore
 * and w:gridAfter leave theirs empty), merged areas from w:gridSpan, w:vMerge and w:hMerge, the
 * text of each cell (its paragraphs joined with line breaks), and where each cell came from.
 */
import type { Area } from "../core/sheet/address";
import type { DocBlock, DocTable } from "./document";

/** Where a sheet cell's text is in the Word document: 1-based, in the table's grid (w:gridBefore included). */
export interface WordSource {
  /** the table's number among the body's tables (Word's Document.Tables(n)); a path for a nested table */
  table: number | number[];
  row: number;
  column: number;
}

export interface Grid {
  values: (string | null)[][];
  /** merged areas, 0-based within the grid */
  merges: Area[];
  /** the source of each cell, covered cells included (a merged area's cells all point at its first) */
  sources: (WordSource | undefined)[][];
  /** rows repeated on each page (w:tblHeader) */
  headerRows: number[];
  /** column widths in twips */
  columns: number[];
  width: number;
}

export function tablePath(path: number[]): number | number[] {
  return path.length === 1 ? path[0] : path;
}

/** A data cell's text: paragraphs on their own lines (tabs as spaces), a nested table row by row, cells split by " | ". */
export function cellText(blocks: DocBlock[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") lines.push(b.text.replace(/\t+/g, " "));
    else for (const row of b.rows) lines.push(row.cells.map((c) => cellText(c.blocks)).filter((t) => t !== "").join(" | "));
  }
  return lines.join("\n").trim();
}

interface OpenArea extends Area {
  text: string;
}

export function buildGrid(table: DocTable, path: number[], width: number): Grid {
  const areas: OpenArea[] = [];
  let above: (OpenArea | undefined)[] = [];
  table.rows.forEach((row, r) => {
    const here: (OpenArea | undefined)[] = [];
    let col = row.before;
    let previous: OpenArea | undefined;
    for (const cell of row.cells) {
      const span = cell.span;
      let area: OpenArea | undefined;
      if (cell.hMerge === "continue" && previous) {
        area = previous;
        area.right = Math.max(area.right, col + span - 1);
      } else if (cell.vMerge === "continue" && above[col] && above[col]!.bottom === r - 1) {
        area = above[col]!;
        area.bottom = r;
      } else {
        area = { top: r, left: col, bottom: r, right: col + span - 1, text: cellText(cell.blocks) };
        areas.push(area);
      }
      for (let c = col; c < col + span; c++) here[c] = area;
      previous = area;
      col += span;
    }
    above = here;
  });
  const height = table.rows.length;
  const values: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const sources: (WordSource | undefined)[][] = Array.from({ length: height }, () => new Array<WordSource | undefined>(width).fill(undefined));
  const merges: Area[] = [];
  const at = tablePath(path);
  for (const a of areas) {
    values[a.top][a.left] = a.text === "" ? null : a.text;
    if (a.bottom > a.top || a.right > a.left) merges.push({ top: a.top, left: a.left, bottom: a.bottom, right: a.right });
    const source: WordSource = { table: at, row: a.top + 1, column: a.left + 1 };
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right && c < width; c++) sources[r][c] = source;
  }
  const headerRows: number[] = [];
  for (let r = 0; r < height && table.rows[r].header; r++) headerRows.push(r);
  return { values, merges, sources, headerRows, columns: table.columns, width };
}
