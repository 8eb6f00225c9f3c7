/**
 * A document sheet's parts as a reader of the printed page sees them: its tables, each ending
 * before the next section heading or the signature block (the plan reader may take the lines of
 * "VII. TỔ CHỨC THỰC HIỆN" under TT57's monitoring table for rows of that table), its section
 * headings and where its signature block starts. Used by the print layout and the Word export.
 */
import { readTables } from "../plan/read";
import type { PlanTable } from "../plan/types";
import type { SheetView } from "../sheet/snapshot";
import { foldKey } from "../text/normalize";

/** First texts of rows that must not end a page: sections "I." … "VIII.", the report's comment headings. */
const HEADING = /^(?:[ivxl]+\.\s|nhận xét, đánh giá|kiến nghị, đề xuất\s*:?\s*$)/u;
const SIGNATURE_START = /^nơi nhận\s*:?$/u;

export interface DocumentParts {
  tables: PlanTable[];
  /** rows whose first text is a section heading */
  headings: number[];
  /** the "Nơi nhận" row; the row under the sheet when there is none */
  signature: number;
}

/** The first text of a row (folded for comparing), merged cells read once. */
export function firstText(view: SheetView, row: number): string {
  for (let c = view.left; c <= view.right; c++) {
    if (!view.isEmpty(row, c) && !view.isCovered(row, c)) return foldKey(view.text(row, c));
  }
  return "";
}

export function documentParts(view: SheetView): DocumentParts {
  let signature = view.bottom + 1;
  const headings: number[] = [];
  for (let r = view.top; r <= view.bottom; r++) {
    const text = firstText(view, r);
    if (SIGNATURE_START.test(text)) {
      signature = r;
      break;
    }
    if (HEADING.test(text)) headings.push(r);
  }
  const tables = readTables(view).filter((t) => t.headerRows[0] < signature);
  for (const t of tables) {
    // a level group numbered like a section ("I. MỨC 1, 2, 3") is a row of its table
    const groups = new Set(t.rows.filter((row) => row.kind === "group" || row.kind === "standard").map((row) => row.row));
    const next = headings.find((r) => r > t.headerRows[t.headerRows.length - 1] && !groups.has(r));
    t.lastRow = Math.min(t.lastRow, signature - 1, next === undefined ? Infinity : next - 1);
  }
  return { tables, headings, signature };
}
