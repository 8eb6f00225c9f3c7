import { at } from "./helpers";
import type { Finding, Rule } from "./types";

export const criterionStandardMismatch: Rule = {
  id: "criterion/standard-mismatch",
  severity: "error",
  appliesTo: ["plan", "report", "problems"],
  description: { vi: "Tiêu chí nằm dưới tiêu chuẩn khác", en: "A criterion under another standard's heading" },
  check({ citations, index }) {
    const out: Finding[] = [];
    for (const c of citations) {
      const heading = c.row.standardRow;
      if (!heading?.standardNo || heading.standardNo === c.ref.standard || !index.criteria.has(c.code)) continue;
      out.push(
        at(
          c.field,
          {
            vi: `Tiêu chí ${c.code} thuộc Tiêu chuẩn ${c.ref.standard} nhưng nằm dưới "Tiêu chuẩn ${heading.standardNo}" (ô ${heading.codeField?.cell}). Chuyển dòng này về Tiêu chuẩn ${c.ref.standard} hoặc sửa lại mã.`,
            en: `Criterion ${c.code} belongs to Standard ${c.ref.standard} but sits under "Tiêu chuẩn ${heading.standardNo}" (cell ${heading.codeField?.cell}). Move the row to Standard ${c.ref.standard} or correct the code.`,
          },
          { criterion: c.code, standard: c.ref.standard },
        ),
      );
    }
    return out;
  },
};
