import { a1 } from "../sheet/address";
import { missingRequired, rowName } from "./required-empty";
import type { Finding, Rule } from "./types";

/**
 * A row none of whose required columns is filled (a fresh template lists every criterion): one
 * error on the row's first required cell, not one per column, so the real findings stay in view.
 */
export const requiredUnfilled: Rule = {
  id: "required/unfilled",
  severity: "error",
  appliesTo: ["plan"],
  description: { vi: "Dòng chưa được điền", en: "A row not filled in" },
  check({ table }) {
    const out: Finding[] = [];
    for (const { owner, required, missing } of missingRequired(table)) {
      if (missing.length !== required.length) continue;
      const col = table.columns[required[0]] as number;
      const headers = required.map((role) => `"${table.headers[role] ?? role}"`).join(", ");
      const what = rowName(owner);
      out.push({
        cell: a1(owner.row, col),
        row: owner.row,
        col,
        message: {
          vi: `${what.vi} chưa được điền (${headers}). Điền các cột này nếu nhà trường cải tiến tiêu chí này; nếu không, xóa dòng.`,
          en: `${what.en} is not filled in (${headers}). Fill in these columns if the school improves this criterion; if not, delete the row.`,
        },
      });
    }
    return out;
  },
};
