import type { EvaluationTable } from "../types";
import { inBothTables, rowAnchor, rowName } from "./helpers";
import { findingAt, type EvaluationFinding, type EvaluationRule } from "./types";

function check(table: EvaluationTable | undefined, known: (code: string) => boolean): EvaluationFinding[] {
  const out: EvaluationFinding[] = [];
  for (const row of table?.rows ?? []) {
    if (row.marks.length < 2 || (row.code !== undefined && !known(row.code))) continue;
    const cells = row.marks.map((m) => m.cell).join(", ");
    const name = rowName(row);
    const advice =
      table!.kind === "level4"
        ? { vi: "chỉ đánh dấu Đạt hoặc Không đạt", en: "mark either Đạt or Không đạt" }
        : { vi: "chỉ đánh dấu một cột: mức cao nhất tiêu chí đạt được, hoặc Không đạt", en: "mark one column only: the highest level the criterion reached, or Không đạt" };
    out.push(
      findingAt(
        rowAnchor(row),
        {
          vi: `${name.vi} có ${row.marks.length} dấu (ô ${cells}): ${advice.vi}. KHCT chưa tính tiêu chí này.`,
          en: `${name.en} has ${row.marks.length} marks (${cells}): ${advice.en}. KHCT does not count it yet.`,
        },
        { criterion: row.code },
      ),
    );
  }
  return out;
}

export const evalSeveralMarks: EvaluationRule = {
  id: "eval/several-marks",
  severity: "error",
  description: { vi: "Một tiêu chí có nhiều dấu kết quả", en: "Several result marks in one row" },
  check: (ctx) => inBothTables(ctx, check),
};
