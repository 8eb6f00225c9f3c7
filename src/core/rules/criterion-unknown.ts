import { at, citations, quote } from "./helpers";
import type { Finding, Rule } from "./types";

export const criterionUnknown: Rule = {
  id: "criterion/unknown",
  severity: "error",
  appliesTo: ["plan", "report", "problems"],
  description: { vi: "Mã tiêu chí không có trong bộ tiêu chuẩn", en: "A criterion code the standard set lacks" },
  check({ table, index, setName }) {
    const out: Finding[] = [];
    for (const row of table.rows) {
      if (row.kind === "criterion" && row.unreadableCode && row.codeField) {
        out.push(
          at(row.codeField, {
            vi: `Không đọc được mã tiêu chí ${quote(row.codeField.text)}. Viết theo dạng "Tiêu chí 1.2".`,
            en: `Cannot read the criterion code ${quote(row.codeField.text)}. Write it as "Tiêu chí 1.2".`,
          }),
        );
      }
    }
    for (const c of citations(table)) {
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
