import type { Role } from "../layouts/layouts";
import { matchHeader } from "../plan/header";
import type { SheetView } from "../sheet/snapshot";
import { foldKey } from "../text/normalize";
import { REPORT_BLOCKS } from "./forms";

/** A row of a report KHCT wrote before, as staff left it. */
export interface ExistingRow {
  key: string;
  row: number;
  /** cell texts by role (raw, as typed) */
  cells: Partial<Record<Role, string>>;
}

export interface ExistingReport {
  rows: ExistingRow[];
  /** free-text answers under the table, by block label */
  blocks: Map<string, string>;
}

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
    const blocks = new Map<string, string>();
    for (let row = header.rows[header.rows.length - 1] + 1; row <= view.bottom; row++) {
      const key = rawText(view, row, keyCol).trim();
      if (key) {
        const cells: Partial<Record<Role, string>> = {};
        for (const [role, col] of Object.entries(header.columns) as [Role, number][]) {
          const t = rawText(view, row, col);
          if (t !== "") cells[role] = t;
        }
        rows.push({ key, row, cells });
        continue;
      }
      const label = foldKey(rawText(view, row, view.left));
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
    return { rows, blocks };
  }
  return undefined;
}
