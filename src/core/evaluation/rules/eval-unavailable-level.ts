import { storedText } from "../../rules/helpers";
import { findingAt, type EvaluationFinding, type EvaluationRule } from "./types";

export const evalUnavailableLevel: EvaluationRule = {
  id: "eval/unavailable-level",
  severity: "error",
  description: { vi: "Đánh dấu một mức mà tiêu chí không có", en: "A mark at a level the criterion does not have" },
  check({ table, index, setName }) {
    const out: EvaluationFinding[] = [];
    for (const row of table.rows) {
      const criterion = row.code ? index.criteria.get(row.code) : undefined;
      if (!criterion) continue;
      const max = criterion.maxLevel;
      const message = (level: number) => ({
        vi: `Tiêu chí ${row.code} chỉ có đến Mức ${max} theo ${setName}, không thể đạt Mức ${level}. Nếu tiêu chí đạt Mức ${max}, ghi kết quả ở Mức ${max} (KHCT đang tính là Mức ${max}).`,
        en: `Criterion ${row.code} only goes up to Mức ${max} in ${setName}; it cannot reach Mức ${level}. If it reached Mức ${max}, record Mức ${max} (KHCT counts it as Mức ${max}).`,
      });
      for (const mark of row.marks) {
        if (mark.level > max) out.push(findingAt(mark, message(mark.level), { criterion: row.code }));
      }
      const value = row.valueField;
      if (value && row.level !== undefined && row.level > max) {
        out.push(findingAt(value, message(row.level), { criterion: row.code, fix: { cell: value.cell, old: storedText(value), new: `Mức ${max}` } }));
      }
    }
    return out;
  },
};
