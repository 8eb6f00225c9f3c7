import type { Field } from "../plan/field";
import { at, quote } from "./helpers";
import type { Bilingual, Finding, Rule } from "./types";

/** Why a criterion cell's code cannot be read; the rows under it are judged against no criterion. */
function unreadable(field: Field, grouped: string[], setName: string): Bilingual {
  const text = quote(field.text);
  if (grouped.length) {
    const vi = grouped.map((c) => `"${c}"`).join(" hoặc ");
    const en = grouped.map((c) => `"${c}"`).join(" or ");
    return {
      vi: `Excel đã lưu mã tiêu chí thành số ${text} (có thể là ${vi} gõ khi máy dùng dấu chấm để phân cách hàng nghìn), nhưng ${setName} không có mã nào như vậy. Nhập lại mã dưới dạng văn bản, ví dụ "Tiêu chí 1.2".`,
      en: `Excel stored the criterion code as the number ${text} (perhaps ${en} typed where a dot groups thousands), but ${setName} has no such code. Enter the code again as text, e.g. "Tiêu chí 1.2".`,
    };
  }
  if (field.isNumber) {
    return {
      vi: `Ô tiêu chí chứa số ${text}, không phải mã tiêu chí. Nhập mã dưới dạng văn bản, ví dụ "Tiêu chí 1.2".`,
      en: `The criterion cell holds the number ${text}, not a criterion code. Enter the code as text, e.g. "Tiêu chí 1.2".`,
    };
  }
  return {
    vi: `Không đọc được mã tiêu chí ${text}. Viết theo dạng "Tiêu chí 1.2".`,
    en: `Cannot read the criterion code ${text}. Write it as "Tiêu chí 1.2".`,
  };
}

export const criterionUnknown: Rule = {
  id: "criterion/unknown",
  severity: "error",
  appliesTo: ["plan", "report", "problems"],
  description: { vi: "Mã tiêu chí không có trong bộ tiêu chuẩn", en: "A criterion code the standard set lacks" },
  check({ table, citations, index, setName }) {
    const out: Finding[] = [];
    for (const row of table.rows) {
      if (row.kind === "criterion" && row.unreadableCode && row.codeField) out.push(at(row.codeField, unreadable(row.codeField, row.groupedCodes ?? [], setName)));
    }
    for (const c of citations) {
      if (index.criteria.has(c.code)) continue;
      const standard = index.standards.get(c.ref.standard);
      const listed = standard ? standard.criteria.map((x) => x.code).join(", ") : "";
      out.push(
        at(
          c.field,
          standard
            ? {
                vi: `Tiêu chí ${c.code} không có trong ${setName}: Tiêu chuẩn ${standard.no} chỉ có các tiêu chí ${listed}. Kiểm tra lại mã tiêu chí.`,
                en: `Criterion ${c.code} does not exist in ${setName}: Standard ${standard.no} has criteria ${listed} only. Check the code.`,
              }
            : {
                vi: `Tiêu chí ${c.code} không có trong ${setName}: bộ này không có Tiêu chuẩn ${c.ref.standard}. Kiểm tra lại mã tiêu chí.`,
                en: `Criterion ${c.code} does not exist in ${setName}: the set has no Standard ${c.ref.standard}. Check the code.`,
              },
          { criterion: c.code, standard: c.ref.standard },
        ),
      );
    }
    return out;
  },
};
