import { quote } from "../../rules/helpers";
import type { EvaluationTable } from "../types";
import { inBothTables, markColumnNames, rowAnchor, rowName } from "./helpers";
import { findingAt, type EvaluationFinding, type EvaluationRule } from "./types";

function check(table: EvaluationTable | undefined, known: (code: string) => boolean): EvaluationFinding[] {
  const out: EvaluationFinding[] = [];
  if (!table) return out;
  const columns = markColumnNames(table);
  for (const row of table.rows) {
    if (row.level !== undefined || row.marks.length > 1) continue;
    if (row.code !== undefined ? !known(row.code) : row.requirement === undefined) continue;
    const name = rowName(row);
    const value = row.valueField;
    out.push(
      value
        ? findingAt(
            value,
            {
              vi: `Không đọc được mức ${quote(value.text)} của ${name.vi}: ghi "Mức 1", "Mức 2", "Mức 3" hoặc "Không đạt".`,
              en: `Cannot read the level ${quote(value.text)} of ${name.en}: write "Mức 1", "Mức 2", "Mức 3" or "Không đạt".`,
            },
            { criterion: row.code },
          )
        : findingAt(
            rowAnchor(row),
            {
              vi: `${name.vi} chưa có kết quả: đánh dấu "x" vào một cột (${columns.vi}).`,
              en: `${name.en} has no result: put an "x" in one column (${columns.en}).`,
            },
            { criterion: row.code },
          ),
    );
  }
  return out;
}

export const evalNoMark: EvaluationRule = {
  id: "eval/no-mark",
  severity: "error",
  description: { vi: "Tiêu chí chưa được đánh dấu kết quả", en: "A criterion without a result" },
  check: (ctx) => inBothTables(ctx, check),
};
