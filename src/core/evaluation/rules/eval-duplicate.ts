import type { EvaluationRow, EvaluationTable } from "../types";
import { findingAt, type EvaluationFinding, type EvaluationRule } from "./types";

function repeats(table: EvaluationTable | undefined, keyOf: (row: EvaluationRow) => string | undefined): { row: EvaluationRow; first: EvaluationRow }[] {
  const seen = new Map<string, EvaluationRow>();
  const out: { row: EvaluationRow; first: EvaluationRow }[] = [];
  for (const row of table?.rows ?? []) {
    const key = keyOf(row);
    if (key === undefined || !row.codeField) continue;
    const first = seen.get(key);
    if (first) out.push({ row, first });
    else seen.set(key, row);
  }
  return out;
}

export const evalDuplicate: EvaluationRule = {
  id: "eval/duplicate",
  severity: "error",
  description: { vi: "Tiêu chí ghi hai lần trong bảng tự đánh giá", en: "A criterion listed twice in the self-evaluation table" },
  check({ table, level4Table, index }) {
    const out: EvaluationFinding[] = [];
    for (const { row, first } of repeats(table, (r) => (r.code && index.criteria.has(r.code) ? r.code : undefined))) {
      out.push(
        findingAt(
          row.codeField!,
          {
            vi: `Tiêu chí ${row.code} đã có ở ô ${first.codeField!.cell}: mỗi tiêu chí chỉ ghi một lần. Xóa dòng này hoặc sửa mã tiêu chí (có thể một tiêu chí khác đang bị thiếu); KHCT tính mức theo dòng đầu tiên.`,
            en: `Criterion ${row.code} is already at ${first.codeField!.cell}: list each criterion once. Delete this row or correct its code (another criterion may be missing); KHCT counts the first row.`,
          },
          { criterion: row.code },
        ),
      );
    }
    for (const { row, first } of repeats(level4Table, (r) => (r.requirement !== undefined ? String(r.requirement) : undefined))) {
      out.push(
        findingAt(row.codeField!, {
          vi: `Yêu cầu ${row.requirement} của Mức 4 đã có ở ô ${first.codeField!.cell}: mỗi yêu cầu chỉ ghi một lần. Xóa dòng này hoặc sửa số thứ tự yêu cầu.`,
          en: `Mức 4 requirement ${row.requirement} is already at ${first.codeField!.cell}: list each requirement once. Delete this row or correct its number.`,
        }),
      );
    }
    return out;
  },
};
