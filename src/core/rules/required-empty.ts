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

/** The code of the criterion an owner row names, for messages. */
export function ownerCode(owner: PlanRow): string | undefined {
  return owner.code ?? owner.refs?.[0]?.ref.code;
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
      const code = ownerCode(owner);
      const what = code ? `Dòng của Tiêu chí ${code}` : `Dòng ${owner.row + 1}`;
      const whatEn = code ? `The row of criterion ${code}` : `Row ${owner.row + 1}`;
      for (const role of missing) {
        const col = table.columns[role] as number;
        const header = table.headers[role] ?? role;
        out.push({
          cell: a1(owner.row, col),
          row: owner.row,
          col,
          criterion: code,
          message: {
            vi: `${what} chưa có "${header}". Kế hoạch phải ghi rõ nội dung này cho mỗi nhiệm vụ.`,
            en: `${whatEn} has no "${header}". The plan must state it for every task.`,
          },
        });
      }
    }
    return out;
  },
};
