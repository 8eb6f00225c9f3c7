import { quote } from "../../rules/helpers";
import { findingAt, type EvaluationFinding, type EvaluationRule } from "./types";
import { rowAnchor } from "./helpers";

export const evalUnknown: EvaluationRule = {
  id: "eval/unknown",
  severity: "error",
  description: { vi: "Kết quả của một tiêu chí không có trong bộ tiêu chuẩn", en: "A result for a criterion the standard set lacks" },
  check({ table, level4Table, index, set, setName }) {
    const out: EvaluationFinding[] = [];
    for (const row of table.rows) {
      if (row.code && index.criteria.has(row.code)) continue;
      if (!row.code) {
        const written = row.codeField ? quote(row.codeField.text) : "";
        out.push(
          findingAt(rowAnchor(row), {
            vi: `Dòng ${row.row + 1} có kết quả nhưng không đọc được mã tiêu chí ${written}: viết theo dạng "Tiêu chí 1.2" để kết quả được tính.`,
            en: `Row ${row.row + 1} has a result but its criterion code ${written} cannot be read: write it as "Tiêu chí 1.2" so the result counts.`,
          }),
        );
        continue;
      }
      const standard = index.standards.get(Number(row.code.split(".")[0]));
      const listed = standard?.criteria.map((c) => c.code).join(", ");
      out.push(
        findingAt(
          rowAnchor(row),
          standard
            ? {
                vi: `Tiêu chí ${row.code} không có trong ${setName}: Tiêu chuẩn ${standard.no} chỉ có các tiêu chí ${listed}. Kiểm tra lại mã tiêu chí; kết quả của dòng này không được tính.`,
                en: `Criterion ${row.code} does not exist in ${setName}: Standard ${standard.no} has criteria ${listed} only. Check the code; this row's result does not count.`,
              }
            : {
                vi: `Tiêu chí ${row.code} không có trong ${setName}: bộ này không có Tiêu chuẩn ${row.code.split(".")[0]}. Kiểm tra lại mã tiêu chí.`,
                en: `Criterion ${row.code} does not exist in ${setName}: the set has no Standard ${row.code.split(".")[0]}. Check the code.`,
              },
          { criterion: row.code },
        ),
      );
    }
    const count = set.level4?.count;
    for (const row of level4Table?.rows ?? []) {
      if (row.requirement === undefined) {
        out.push(
          findingAt(rowAnchor(row), {
            vi: `Dòng ${row.row + 1} của bảng Mức 4 có kết quả nhưng không đọc được số thứ tự yêu cầu: viết "Tiêu chí 1", "Tiêu chí 2"….`,
            en: `Row ${row.row + 1} of the Mức 4 table has a result but no readable requirement number: write "Tiêu chí 1", "Tiêu chí 2"….`,
          }),
        );
      } else if (count && row.requirement > count) {
        out.push(
          findingAt(rowAnchor(row), {
            vi: `Mức 4 theo ${setName} chỉ có ${count} yêu cầu; không có yêu cầu ${row.requirement}.`,
            en: `Mức 4 in ${setName} has ${count} requirements only; there is no requirement ${row.requirement}.`,
          }),
        );
      }
    }
    return out;
  },
};
