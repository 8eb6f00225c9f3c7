import type { Role } from "../layouts/layouts";
import type { PlanRow, PlanTable } from "../plan/types";
import { a1 } from "../sheet/address";
import { withTasks } from "./helpers";
import type { Finding, Rule } from "./types";

export interface MissingRequired {
  /** a criterion or TT57 item row; its task rows count with it */
  owner: PlanRow;
  /** the required columns the table has, left to right */
  required: Role[];
  /** those none of the owner's rows fills */
  missing: Role[];
}

/** For each criterion or item row (with its task rows), the required columns none of its rows fills. */
export function missingRequired(table: PlanTable): MissingRequired[] {
  const required = table.layout.required.filter((role) => table.columns[role] !== undefined).sort((a, b) => table.columns[a]! - table.columns[b]!);
  if (required.length === 0) return [];
  const out: MissingRequired[] = [];
  for (const owner of table.rows) {
    if (owner.kind !== "criterion" && owner.kind !== "item") continue;
    const rows = withTasks(table, owner);
    const missing = required.filter((role) => !rows.some((r) => r.fields[role]));
    if (missing.length) out.push({ owner, required, missing });
  }
  return out;
}

/** "Dòng của Tiêu chí 1.4" (or "Tiêu chí 1.4, 2.1" on a TT57 row citing two), else "Dòng 42". */
export function rowName(owner: PlanRow): { vi: string; en: string } {
  const codes = owner.code ? [owner.code] : [...new Set((owner.refs ?? []).map((r) => r.ref.code))];
  if (codes.length) return { vi: `Dòng của Tiêu chí ${codes.join(", ")}`, en: `The row of criteri${codes.length > 1 ? "a" : "on"} ${codes.join(", ")}` };
  return { vi: `Dòng ${owner.row + 1}`, en: `Row ${owner.row + 1}` };
}

/** A row filled in part: one error per required column left empty (a row left wholly empty is required/unfilled). */
export const requiredEmpty: Rule = {
  id: "required/empty",
  severity: "error",
  appliesTo: ["plan"],
  description: { vi: "Dòng thiếu nội dung bắt buộc", en: "A row missing what its layout requires" },
  check({ table }) {
    const out: Finding[] = [];
    for (const { owner, required, missing } of missingRequired(table)) {
      if (missing.length === required.length) continue;
      const what = rowName(owner);
      for (const role of missing) {
        const col = table.columns[role] as number;
        const header = table.headers[role] ?? role;
        out.push({
          cell: a1(owner.row, col),
          row: owner.row,
          col,
          message: {
            vi: `${what.vi} chưa có "${header}". Kế hoạch phải ghi rõ nội dung này cho mỗi nhiệm vụ.`,
            en: `${what.en} has no "${header}". The plan must state it for every task.`,
          },
        });
      }
    }
    return out;
  },
};
