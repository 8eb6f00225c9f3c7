import type { SheetView } from "../sheet/snapshot";
import type { EvaluationRole, EvaluationTableKind } from "./types";
import { evaluationRoleOf, LEVEL_OF_ROLE } from "./vocabulary";

/** A self-evaluation table's header: one to three rows ("Kết quả" › "Đạt" › "Mức 1 | Mức 2 | Mức 3"). */
export interface EvaluationHeader {
  kind: EvaluationTableKind;
  rows: number[];
  left: number;
  right: number;
  columns: Map<number, EvaluationRole>;
  criterionColumn: number;
  markColumns: { col: number; level: number }[];
  valueColumn?: number;
  mandatoryColumn?: number;
}

const MAX_HEADER_ROWS = 3;

/** Text shown in a cell, or in the merged area covering it. */
function shownText(view: SheetView, row: number, col: number): string {
  const m = view.mergeOf(row, col);
  return m ? view.text(m.top, m.left) : view.text(row, col);
}

function rolesOfRow(view: SheetView, row: number): Map<number, EvaluationRole> {
  const out = new Map<number, EvaluationRole>();
  for (let c = view.left; c <= view.right; c++) {
    if (view.isCovered(row, c)) continue;
    const role = evaluationRoleOf(view.text(row, c));
    if (role) out.set(c, role);
  }
  return out;
}

/** A row under the first header row that names sub-columns only ("Không đạt | Mức 1 | Mức 2"). */
function continuesHeader(view: SheetView, row: number, left: number, right: number): boolean {
  let roles = 0;
  for (let c = left; c <= right; c++) {
    if (view.isCovered(row, c) || view.isEmpty(row, c)) continue;
    if (!evaluationRoleOf(view.text(row, c))) return false;
    roles++;
  }
  return roles > 0;
}

/** Each column's role: the lowest header row that names it decides (a sub-column over its merged parent). */
function columnRoles(view: SheetView, rows: number[], left: number, right: number): Map<number, EvaluationRole> {
  const out = new Map<number, EvaluationRole>();
  for (let c = left; c <= right; c++) {
    for (let i = rows.length - 1; i >= 0; i--) {
      const role = evaluationRoleOf(shownText(view, rows[i], c));
      if (role) {
        out.set(c, role);
        break;
      }
    }
  }
  return out;
}

function classify(columns: Map<number, EvaluationRole>): Pick<EvaluationHeader, "kind" | "markColumns" | "valueColumn"> | undefined {
  const entries = [...columns.entries()].sort((a, b) => a[0] - b[0]);
  const levelColumns = entries.filter(([, r]) => LEVEL_OF_ROLE[r] !== undefined).map(([col, r]) => ({ col, level: LEVEL_OF_ROLE[r]! }));
  if (levelColumns.some((m) => m.level >= 1) && levelColumns.length >= 2) return { kind: "levels", markColumns: levelColumns };
  const value = entries.find(([, r]) => r === "levelValue");
  if (value) return { kind: "levels", markColumns: [], valueColumn: value[0] };
  const failed = entries.find(([, r]) => r === "failed");
  const passed = entries.find(([, r]) => r === "passed");
  if (failed && passed) {
    return { kind: "level4", markColumns: [{ col: failed[0], level: 0 }, { col: passed[0], level: 1 }].sort((a, b) => a.col - b.col) };
  }
  return undefined;
}

/** Reads a self-evaluation header starting at `row`, if the row starts one. */
export function matchEvaluationHeader(view: SheetView, row: number): EvaluationHeader | undefined {
  const first = rolesOfRow(view, row);
  const criterionColumn = [...first.entries()].find(([, r]) => r === "criterion")?.[0];
  if (criterionColumn === undefined || first.size < 2) return undefined;
  const cols = [...first.keys()];
  const left = Math.min(...cols);
  const right = Math.max(...cols.map((c) => view.mergeOf(row, c)?.right ?? c));
  const rows = [row];
  for (let next = row + 1; next <= view.bottom && rows.length < MAX_HEADER_ROWS; next++) {
    if (!continuesHeader(view, next, left, right)) break;
    rows.push(next);
  }
  const columns = columnRoles(view, rows, left, right);
  const kind = classify(columns);
  if (!kind) return undefined;
  const mandatoryColumn = [...columns.entries()].find(([, r]) => r === "mandatory")?.[0];
  return { ...kind, rows, left, right, columns, criterionColumn, mandatoryColumn };
}
