/**
 * What each row of a plan or report sheet is, for printing: part of the document's header block, a
 * heading, a table header, a row of a table, the report's summary, the signature block — read from
 * the sheet itself (its tables as KHCT's reader finds them, and the wording KHCT writes), so the
 * layout step works on a sheet staff have typed into as on one KHCT just built.
 */
import type { Role } from "../layouts/layouts";
import { isHeaderLike, repeatsHeader } from "../plan/header";
import type { PlanTable } from "../plan/types";
import { REPORT_2018, REPORT_BLOCKS, REPORT_TT57, SUMMARY } from "../report/forms";
import type { SheetView } from "../sheet/snapshot";
import { foldKey } from "../text/normalize";
import { documentParts, firstText } from "./document-tables";

/** Lines between a section's heading and its table that stay with the table ("Hội đồng tự đánh giá theo dõi …"). */
const LEAD_IN_ROWS = 3;
/** A table of at most this many rows prints on one page. */
const SHORT_TABLE_ROWS = 4;
const UNPRINTED_ROLES: Record<string, Set<Role>> = Object.fromEntries(
  [REPORT_2018, REPORT_TT57].map((f) => [f.id, new Set(f.columns.filter((c) => c.unprinted).map((c) => c.role))]),
);

export interface RowRole {
  row: number;
  blank: boolean;
  keepWithNext: boolean;
  /** a copy of the table's header KHCT wrote at a page break */
  breakBefore?: boolean;
  /** a row staff type into: Excel may keep growing it as they type */
  input: boolean;
}

export interface PrintStructure {
  rows: RowRole[];
  /**
   * The header of the sheet's only table, repeated on the pages after its own: as print titles
   * (a plan), or as copies KHCT writes at its breaks within the table (a report, rewritten whole at
   * each refresh).
   */
  repeat?: { first: number; last: number; until: number; tableEnd: number; mode: "titles" | "copies" };
  /** what prints */
  area: { top: number; left: number; bottom: number; right: number };
  tables: PlanTable[];
}

/** The summary table of a KHCT report: its header row and the rows under it. */
function summaryRows(view: SheetView): { header: number; rows: number[] } | undefined {
  const header = foldKey(SUMMARY.header[0]);
  for (let r = view.top; r <= view.bottom; r++) {
    if (firstText(view, r) !== header || !foldKey(view.text(r, view.left + 3)).startsWith(foldKey(SUMMARY.header[1]))) continue;
    const rows: number[] = [];
    for (let x = r + 1; x <= view.bottom && !view.rowIsEmpty(x); x++) rows.push(x);
    return { header: r, rows };
  }
  return undefined;
}

/**
 * The document's last column: its tables' and whatever is merged across them (the title, the header
 * block), and the columns staff filled right next to them; a note typed further right, past an empty
 * column ("ghi chú riêng" in Z40), is beside the document and does not print (it would shrink the
 * whole page to fit it).
 */
function documentRight(view: SheetView, tables: PlanTable[]): number {
  if (!tables.length) return view.right;
  const columnFilled = (c: number) => {
    for (let r = view.top; r <= view.bottom; r++) if (!view.isEmpty(r, c)) return true;
    return false;
  };
  let right = Math.max(...tables.map((t) => t.right));
  for (let before = -1; before !== right; ) {
    before = right;
    for (const m of view.merges) if (m.left <= right && m.right > right) right = m.right;
    while (right < view.right && columnFilled(right + 1)) right++;
  }
  return Math.min(right, view.right);
}

/** The last column that prints: the document's, but for a report's status and key columns, which stay outside. */
function printedRight(view: SheetView, tables: PlanTable[]): number {
  let right = documentRight(view, tables);
  for (const t of tables) {
    const unprinted = UNPRINTED_ROLES[t.layout.id];
    if (!unprinted) continue;
    const printed = (Object.entries(t.columns) as [Role, number][]).filter(([role]) => !unprinted.has(role)).map(([, col]) => col);
    right = Math.min(right, Math.max(...printed));
  }
  return right;
}

/**
 * `printTitles: false` lays a single-table plan out without repeating its header (when what follows
 * its table runs over a page, the header would print above it).
 */
export function printStructure(view: SheetView, options: { printTitles?: boolean } = {}): PrintStructure {
  const rows = new Map<number, RowRole>();
  for (let r = view.top; r <= view.bottom; r++) rows.set(r, { row: r, blank: view.rowIsEmpty(r), keepWithNext: false, input: false });
  const keep = (r: number) => {
    const role = rows.get(r);
    if (role) role.keepWithNext = true;
  };

  const { tables, headings, signature } = documentParts(view);

  // the document's header block stays with what follows it
  const firstBody = Math.min(signature, ...tables.map((t) => t.headerRows[0]), ...headings);
  for (let r = view.top; r < firstBody; r++) keep(r);

  for (const r of headings) keep(r);
  for (const t of tables) {
    for (const h of t.headerRows) keep(h);
    for (const row of t.rows) {
      if (row.kind === "group" || row.kind === "standard") keep(row.row);
    }
  }

  const summary = summaryRows(view);
  if (summary) {
    keep(summary.header);
    for (let r = summary.header - 1; r >= view.top && !rows.get(r)!.blank; r--) keep(r); // "TỔNG HỢP KẾT QUẢ THỰC HIỆN"
    // a scope ("Tổng số công việc", "Tiêu chuẩn 2") and its lines stay together
    summary.rows.forEach((r, i) => {
      const next = summary.rows[i + 1];
      const nextIsScope = next !== undefined && !firstText(view, next).startsWith("-");
      if (!nextIsScope && next !== undefined) keep(r);
    });
  }

  // the report's comment block ("Nhận xét, đánh giá" … "Kiến nghị, đề xuất") prints whole, with the signature after it
  const comments = foldKey(REPORT_BLOCKS[0].label.replace(/:$/, ""));
  const commentStart = [...rows.keys()].find((r) => r < signature && firstText(view, r).startsWith(comments));
  if (commentStart !== undefined) for (let r = commentStart; r < Math.min(signature, view.bottom + 1) - 1; r++) keep(r);

  // the signature block is never split, nor left alone on a page
  if (signature <= view.bottom) {
    for (let r = signature; r < view.bottom; r++) keep(r);
    let before = signature - 1;
    while (before >= view.top && rows.get(before)!.blank) keep(before--);
    if (before >= view.top) keep(before);
  }

  // a criterion's rows merged in one cell stay on one page
  for (const t of tables) {
    for (const m of view.merges) {
      if (m.bottom > m.top && m.top > t.headerRows[t.headerRows.length - 1] && m.bottom <= t.lastRow) for (let r = m.top; r < m.bottom; r++) keep(r);
    }
  }

  // a section's heading and its lead-in lines stay with the table that follows them
  for (const t of tables) {
    const heading = headings.filter((r) => r < t.headerRows[0]).pop();
    if (heading !== undefined && t.headerRows[0] - heading <= LEAD_IN_ROWS + 1) for (let r = heading; r < t.headerRows[0]; r++) keep(r);
  }

  // a short table (TT57's monitoring table: "Cuối học kỳ I", "Cuối năm học") is not split
  for (const t of tables) {
    const firstRow = t.headerRows[t.headerRows.length - 1] + 1;
    if (t.lastRow - firstRow + 1 <= SHORT_TABLE_ROWS) for (let r = firstRow; r < t.lastRow; r++) keep(r);
  }

  // one table: its header repeats on the pages after its own
  let repeat: PrintStructure["repeat"];
  /** the rows of the header copies KHCT wrote into a report */
  const copyRows = new Set<number>();
  const one = tables.length === 1 ? tables[0] : undefined;
  if (one && (one.layout.kind === "report" || options.printTitles !== false)) {
    const t = one;
    const first = t.headerRows[0];
    const last = t.headerRows[t.headerRows.length - 1];
    const report = t.layout.kind === "report";
    repeat = { first, last, until: report ? t.lastRow : view.bottom, tableEnd: t.lastRow, mode: report ? "copies" : "titles" };
    if (report) {
      // copies written at earlier breaks: each starts a page and stays with the row under it
      for (let r = last + 1; r <= t.lastRow; r++) {
        if (!isHeaderLike(view, r, t.left, t.right) || !repeatsHeader(view, r, { rows: t.headerRows, left: t.left, right: t.right })) continue;
        rows.get(r)!.breakBefore = true;
        for (let h = r; h < r + t.headerRows.length; h++) {
          keep(h);
          copyRows.add(h);
        }
        r += t.headerRows.length - 1;
      }
    } else {
      // print titles repeat to the last page: what follows the table stays with its last rows
      for (let r = t.lastRow; r < view.bottom; r++) keep(r);
    }
  }

  // the rows staff type into: a table's rows under its header, but its headings and KHCT's copies of the header
  for (const t of tables) {
    const headings = new Set(t.rows.filter((x) => x.kind === "group" || x.kind === "standard").map((x) => x.row));
    for (let r = t.headerRows[t.headerRows.length - 1] + 1; r <= t.lastRow; r++) {
      const role = rows.get(r)!;
      if (!role.blank && !headings.has(r) && !copyRows.has(r)) role.input = true;
    }
  }

  // blank rows carry the keep of the row above them
  let carry = false;
  for (const role of rows.values()) {
    if (role.blank) role.keepWithNext = role.keepWithNext || carry;
    else carry = role.keepWithNext;
  }
  return { rows: [...rows.values()], repeat, area: { top: Math.min(view.top, 0), left: Math.min(view.left, 0), bottom: view.bottom, right: printedRight(view, tables) }, tables };
}
