import type { Role } from "../layouts/layouts";
import { matchHeader, repeatsHeader } from "../plan/header";
import type { SheetView } from "../sheet/snapshot";
import { foldKey } from "../text/normalize";
import { REPORT_BLOCKS, SUMMARY } from "./forms";

/** Cell texts by role (raw, as typed). */
export type RowCells = Partial<Record<Role, string>>;

/** A row of a report KHCT wrote before, as staff left it. */
export interface ExistingRow {
  key: string;
  row: number;
  cells: RowCells;
  /** rows staff inserted under this one (they carry no key), as typed: they stay under it */
  inserted?: RowCells[];
}

export interface ExistingReport {
  rows: ExistingRow[];
  /** rows staff inserted above the table's first row with a key */
  insertedFirst: RowCells[];
  /** free-text answers under the table, by block label */
  blocks: Map<string, string>;
}

/** The columns of KHCT's own rows without a key: a level group ("MỨC 1, 2, 3") and a standard ("Tiêu chuẩn 1: …"). */
const OWN_ROW_ROLES = new Set<Role>(["tt", "criterion"]);
const STANDARD_ROW = /^tiêu chuẩn\s*\d/u;

function rawText(view: SheetView, row: number, col: number): string {
  const v = view.value(row, col);
  const f = view.formula(row, col);
  if (f && typeof v === "string" && v.startsWith("#")) return f.replace(/^=([-+])/, "$1");
  return v === null ? "" : typeof v === "string" ? v : view.text(row, col);
}

/** Reads a report sheet KHCT generated: its rows by stable key and its free-text blocks. */
export function readExistingReport(view: SheetView): ExistingReport | undefined {
  for (let r = view.top; r <= view.bottom; r++) {
    const header = matchHeader(view, r);
    if (!header || header.layout.kind !== "report" || header.columns.key === undefined) continue;
    const keyCol = header.columns.key;
    const rows: ExistingRow[] = [];
    const insertedFirst: RowCells[] = [];
    const blocks = new Map<string, string>();
    const cellsOf = (row: number): RowCells => {
      const cells: RowCells = {};
      for (const [role, col] of Object.entries(header.columns) as [Role, number][]) {
        const t = rawText(view, row, col);
        if (t !== "") cells[role] = t;
      }
      return cells;
    };
    const summary = foldKey(SUMMARY.title);
    let inTable = true;
    for (let row = header.rows[header.rows.length - 1] + 1; row <= view.bottom; row++) {
      const key = rawText(view, row, keyCol).trim();
      if (key) {
        rows.push({ key, row, cells: cellsOf(row) });
        continue;
      }
      const label = foldKey(rawText(view, row, view.left));
      if (label === summary) inTable = false;
      if (inTable) {
        // a copy of the header at a page break, and KHCT's group and standard rows, are written again at each refresh
        if (repeatsHeader(view, row, header)) {
          row += header.rows.length - 1;
          continue;
        }
        const cells = cellsOf(row);
        const own = (Object.keys(cells) as Role[]).every((role) => OWN_ROW_ROLES.has(role)) && (!cells.criterion || STANDARD_ROW.test(foldKey(cells.criterion)));
        if (!own) {
          const above = rows[rows.length - 1];
          if (above) (above.inserted ??= []).push(cells);
          else insertedFirst.push(cells);
        }
        continue;
      }
      const block = REPORT_BLOCKS.find((b) => foldKey(b.label) === label);
      if (block && !("heading" in block)) {
        const answer: string[] = [];
        for (let c = view.left + 1; c <= view.right; c++) {
          const t = rawText(view, row, c);
          if (t) answer.push(t);
        }
        blocks.set(block.label, answer.join("\n"));
      }
    }
    return { rows, insertedFirst, blocks };
  }
  return undefined;
}
