import type { PlanRow, PlanTable } from "../plan/types";
import { a1 } from "../sheet/address";
import type { Finding, Rule } from "./types";

/**
 * Rows that say what the school will improve: a criterion, a TT57 item, a task; a Mức 4 requirement
 * once the school wrote what it will do for it (the template lists the requirements themselves).
 */
function saysWhatToImprove(row: PlanRow, table: PlanTable): boolean {
  if (row.kind === "criterion" || row.kind === "item" || row.kind === "task") return true;
  return row.kind === "level4" && table.layout.required.some((role) => !!row.fields[role]);
}

/**
 * A plan table with no row to improve (a TT57 template as inserted, its rows only numbered): one
 * error, so that an empty plan never checks clean.
 */
export const planEmpty: Rule = {
  id: "plan/empty",
  severity: "error",
  appliesTo: ["plan"],
  description: { vi: "Bảng kế hoạch chưa có dòng nào", en: "A plan table with no row filled in" },
  check({ table }) {
    if (table.rows.some((r) => saysWhatToImprove(r, table))) return [];
    // where the first row starts: its criterion (TT57: content) cell, else its first required cell
    const codes = table.layout.codes ? table.columns[table.layout.codes.role] : undefined;
    const first = codes ?? table.layout.required.map((role) => table.columns[role]).find((c): c is number => c !== undefined) ?? table.left;
    const headers = table.layout.required.filter((role) => table.columns[role] !== undefined).map((role) => `"${table.headers[role] ?? role}"`);
    const row = table.firstRow;
    return [
      {
        cell: a1(row, first),
        row,
        col: first,
        message: {
          vi: `Bảng kế hoạch chưa có dòng nào được điền. Ghi những gì nhà trường cần cải tiến (tiêu chí, vấn đề), mỗi dòng một việc${headers.length ? ` với ${headers.join(", ")}` : ""}.`,
          en: `The plan table has no row filled in. Write what the school will improve (criteria, issues), one per row${headers.length ? `, with ${headers.join(", ")}` : ""}.`,
        },
      } satisfies Finding,
    ];
  },
};
