import { a1 } from "../sheet/address";
import { withTasks } from "./helpers";
import type { Finding, Rule } from "./types";

export const requiredEmpty: Rule = {
  id: "required/empty",
  severity: "error",
  appliesTo: ["plan"],
  description: { vi: "Dòng thiếu nội dung bắt buộc", en: "A row missing what its layout requires" },
  check({ table }) {
    const out: Finding[] = [];
    const required = table.layout.required.filter((role) => table.columns[role] !== undefined);
    for (const owner of table.rows) {
      if (owner.kind !== "criterion" && owner.kind !== "item") continue;
      const rows = withTasks(table, owner);
      for (const role of required) {
        if (rows.some((r) => r.fields[role])) continue;
        const col = table.columns[role] as number;
        const header = table.headers[role] ?? role;
        const code = owner.code ?? owner.refs?.[0]?.ref.code;
        const what = code ? `Dòng của Tiêu chí ${code}` : `Dòng ${owner.row + 1}`;
        const whatEn = code ? `the row of criterion ${code}` : `row ${owner.row + 1}`;
        out.push({
          cell: a1(owner.row, col),
          row: owner.row,
          col,
          criterion: code,
          message: {
            vi: `${what} chưa có "${header}". Kế hoạch phải ghi rõ nội dung này cho mỗi nhiệm vụ.`,
            en: `${whatEn[0].toUpperCase()}${whatEn.slice(1)} has no "${header}". The plan must state it for every task.`,
          },
        });
      }
    }
    return out;
  },
};
