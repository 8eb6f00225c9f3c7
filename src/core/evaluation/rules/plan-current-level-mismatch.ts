import type { Field } from "../../plan/field";
import type { PlanRow } from "../../plan/types";
import { quote, storedText } from "../../rules/helpers";
import { foldKey } from "../../text/normalize";
import { parseLevelStatement } from "../../text/level";
import { levelName } from "../phrases";
import { targetPhrase } from "../targets";
import { findingAt, type EvaluationFinding, type EvaluationRule } from "./types";

const BELOW_LEVEL_1 = /hiện trạng\s*(?:là|:|-)?\s*(?:chưa|không)\s+đạt/;

/** The current level a plan's target cell states: "(hiện trạng mức 2)", "Duy trì mức 2", "(hiện trạng chưa đạt mức 1)". */
function statedCurrent(field: Field): { current: number; target: number; maintain: boolean } | undefined {
  const s = parseLevelStatement(field.text);
  if (!s) return undefined;
  const current = s.current ?? (BELOW_LEVEL_1.test(foldKey(field.text)) ? 0 : s.maintain ? s.target : undefined);
  return current === undefined ? undefined : { current, target: s.target, maintain: s.maintain };
}

function criterionOf(row: PlanRow): string | undefined {
  if (row.kind === "item") return row.refs?.length === 1 ? row.refs[0].ref.code : undefined;
  return row.code ?? row.parent?.code;
}

export const planCurrentLevelMismatch: EvaluationRule = {
  id: "plan/current-level-mismatch",
  severity: "warning",
  description: { vi: "Hiện trạng trong kế hoạch khác kết quả tự đánh giá", en: "A plan's current level that differs from the self-evaluation" },
  check({ plans, results, sheet }) {
    const out: EvaluationFinding[] = [];
    for (const plan of plans) {
      for (const row of plan.rows) {
        const field = row.fields.target ?? row.fields.goal;
        const code = criterionOf(row);
        if (!field || !code || row.kind === "group" || row.kind === "standard" || row.kind === "level4") continue;
        const stated = statedCurrent(field);
        const evaluated = results.get(code);
        if (!stated || evaluated?.level === null || evaluated?.level === undefined || stated.current === evaluated.level) continue;
        const level = evaluated.level;
        const where = evaluated.row?.codeField ? `${evaluated.row.codeField.cell}` : "";
        const fix = stated.target > level ? { cell: field.cell, old: storedText(field), new: targetPhrase(stated.target, level) } : undefined;
        const name = levelName(level);
        out.push(
          findingAt(
            field,
            {
              vi: `${quote(field.text)}: kế hoạch ghi hiện trạng của Tiêu chí ${code} là mức ${stated.current}, nhưng bảng tự đánh giá ('${sheet}'!${where}) ghi ${name.vi}. Sửa hiện trạng theo kết quả tự đánh giá, hoặc sửa bảng tự đánh giá nếu bảng sai.`,
              en: `${quote(field.text)}: the plan gives criterion ${code} the current level ${stated.current}, but the self-evaluation ('${sheet}'!${where}) says ${name.en}. Correct the current level from the self-evaluation, or the table if it is wrong.`,
            },
            { criterion: code, fix, ...(plan.sheet !== sheet ? { sheet: plan.sheet } : {}) },
          ),
        );
      }
    }
    return out;
  },
};
