import { quote } from "../../rules/helpers";
import type { Bilingual } from "../../rules/types";
import type { SchoolLevelRule } from "../../standards/school-level-rules";
import { gapLine, levelName } from "../phrases";
import type { SchoolLevelResult } from "../school-level";
import type { Conclusion } from "../types";
import { findingAt, type EvaluationFinding, type EvaluationRule } from "./types";

function degreeOf(rule: SchoolLevelRule, level: number): number {
  return Math.max(0, ...rule.nationalStandard.filter((s) => level >= s.minLevel).map((s) => s.degree));
}

/** True when the conclusion cannot be right, whatever the undetermined criteria turn out to be. */
function contradicts(c: Conclusion, r: SchoolLevelResult): boolean {
  if (c.subject === "level") return c.negative ? r.level >= c.level : c.level < r.level || c.level > r.highestPossible;
  return c.negative ? r.nationalStandard >= c.level : c.level > degreeOf(r.rule, r.highestPossible);
}

function computed(c: Conclusion, r: SchoolLevelResult): Bilingual {
  const name = levelName(r.level);
  if (c.subject === "nationalStandard") {
    return r.nationalStandard === 0
      ? { vi: `trường ở ${name.vi}, chưa đủ điều kiện chuẩn quốc gia mức độ 1`, en: `the school is at ${name.en}, not yet national-standard degree 1` }
      : { vi: `trường ở ${name.vi}, tương ứng chuẩn quốc gia mức độ ${r.nationalStandard}`, en: `the school is at ${name.en}, which supports national-standard degree ${r.nationalStandard}` };
  }
  if (r.highestPossible !== r.level) {
    const best = levelName(r.highestPossible);
    const n = r.undetermined.length;
    return {
      vi: `mức đánh giá của trường nhiều nhất là ${best.vi} (còn ${n} tiêu chí chưa xác định được mức)`,
      en: `the school's level is at most ${best.en} (${n} criteria have no clear result)`,
    };
  }
  return { vi: `mức đánh giá của trường là ${name.vi}`, en: `the school's level is ${name.en}` };
}

export const evalConclusionMismatch: EvaluationRule = {
  id: "eval/conclusion-mismatch",
  severity: "error",
  description: { vi: "Kết luận về mức của trường trái với bảng tự đánh giá", en: "A conclusion on the school's level that the table contradicts" },
  check({ conclusions, result, sheet, table }) {
    const out: EvaluationFinding[] = [];
    for (const c of conclusions) {
      if (!contradicts(c, result)) continue;
      const now = computed(c, result);
      const gap = !c.negative && c.subject === "level" && c.level === result.next ? gapLine(result) : null;
      out.push(
        findingAt(
          c.field,
          {
            vi: `${quote(c.field.text, 80)}: theo bảng tự đánh giá (${table.range}), ${now.vi}. ${gap ? `${gap.vi} ` : ""}Sửa kết luận cho khớp với bảng, hoặc kiểm tra lại bảng.`,
            en: `${quote(c.field.text, 80)}: by the self-evaluation table (${table.range}), ${now.en}. ${gap ? `${gap.en} ` : ""}Make the conclusion match the table, or check the table.`,
          },
          c.sheet !== sheet ? { sheet: c.sheet } : {},
        ),
      );
    }
    return out;
  },
};
