import type { EvaluationFinding } from "./types";
import type { EvaluationRow, EvaluationTable } from "../types";

/** The cell a finding about a row points at: its code cell, else its first mark or value. */
export function rowAnchor(row: EvaluationRow): { cell: string; row: number; col: number } {
  return row.codeField ?? row.marks[0] ?? row.valueField!;
}

/** The column names a mark can go in, as the table's header reads ("Không đạt, Mức 1, Mức 2, Mức 3"). */
export function markColumnNames(table: EvaluationTable): { vi: string; en: string } {
  if (table.kind === "level4") return { vi: "Đạt hoặc Không đạt", en: "Đạt or Không đạt" };
  const names = table.markColumns.map((m) => (m.level === 0 ? "Không đạt" : `Mức ${m.level}`));
  return { vi: names.join(", "), en: names.join(", ") };
}

/** "Tiêu chí 2.2" or "Yêu cầu 3 của Mức 4": what a row is about. */
export function rowName(row: EvaluationRow): { vi: string; en: string } {
  if (row.requirement !== undefined) return { vi: `Yêu cầu ${row.requirement} của Mức 4`, en: `Mức 4 requirement ${row.requirement}` };
  return { vi: `Tiêu chí ${row.code}`, en: `Criterion ${row.code}` };
}

/** Runs a per-table check on the criterion table and the Mức 4 table, with "is this a code of the set". */
export function inBothTables(
  ctx: { table?: EvaluationTable; level4Table?: EvaluationTable; index: { criteria: ReadonlyMap<string, unknown> } },
  check: (table: EvaluationTable | undefined, known: (code: string) => boolean) => EvaluationFinding[],
): EvaluationFinding[] {
  const known = (code: string) => ctx.index.criteria.has(code);
  return [...check(ctx.table, known), ...check(ctx.level4Table, known)];
}
