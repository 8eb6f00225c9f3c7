import type { PlanRow } from "../plan/types";
import { at } from "./helpers";
import type { Finding, Rule } from "./types";

export const criterionDuplicate: Rule = {
  id: "criterion/duplicate",
  severity: "warning",
  appliesTo: ["plan", "report"],
  description: { vi: "Tiêu chí lặp lại trong cùng nhóm mức", en: "The same criterion twice in one level group" },
  check({ table }) {
    const out: Finding[] = [];
    const seen = new Map<PlanRow | undefined, Map<string, PlanRow>>();
    for (const row of table.rows) {
      if (row.kind !== "criterion" || !row.ref || !row.codeField || !row.code) continue;
      let inGroup = seen.get(row.group);
      if (!inGroup) seen.set(row.group, (inGroup = new Map()));
      const written = row.ref.code;
      const typedTen = row.code !== written ? inGroup.get(written) : undefined;
      const first = typedTen ?? inGroup.get(row.code);
      if (first?.codeField) {
        const groupName = row.group?.codeField?.text ?? "";
        out.push(
          at(
            row.codeField,
            typedTen
              ? {
                  vi: `Tiêu chí ${written} đã có ở ô ${first.codeField.cell}. Ô này chứa số ${written} ngay sau tiêu chí ${row.ref.standard}.9 hoặc lặp lại ${written}: có lẽ đây là Tiêu chí ${row.code} mà Excel đã đổi thành số ${written}.`,
                  en: `Criterion ${written} is already at ${first.codeField.cell}. This cell holds the number ${written} after criterion ${row.ref.standard}.9 or repeating ${written}: it was probably Tiêu chí ${row.code}, which Excel turned into the number ${written}.`,
                }
              : {
                  vi: `Tiêu chí ${row.code} đã có ở ô ${first.codeField.cell}${groupName ? ` trong cùng nhóm "${groupName}"` : ""}. Gộp hai dòng; nếu đây là một công việc khác của cùng tiêu chí, để trống ô mã tiêu chí hoặc gộp ô với dòng trên.`,
                  en: `Criterion ${row.code} is already at ${first.codeField.cell}${groupName ? ` in the same group "${groupName}"` : ""}. Merge the two rows; if this is another task of the same criterion, leave its code cell empty or merge it with the row above.`,
                },
            { criterion: row.code, standard: row.ref.standard },
          ),
        );
      }
      if (!inGroup.has(written)) inGroup.set(written, row);
      if (!inGroup.has(row.code)) inGroup.set(row.code, row);
    }
    return out;
  },
};
