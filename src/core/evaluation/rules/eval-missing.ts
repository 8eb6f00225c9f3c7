import type { EvaluationFinding, EvaluationRule } from "./types";

export const evalMissing: EvaluationRule = {
  id: "eval/missing",
  severity: "error",
  description: { vi: "Tiêu chí (hoặc yêu cầu Mức 4) không có trong bảng tự đánh giá", en: "A criterion (or Mức 4 requirement) missing from the self-evaluation table" },
  check({ results, requirements, level4Table, setName }) {
    const out: EvaluationFinding[] = [];
    let previous: { code: string; row: number } | undefined;
    for (const [code, r] of results) {
      if (r.state !== "missing") {
        if (r.row) previous = { code, row: r.row.row };
        continue;
      }
      const where = previous ? { vi: `, sau Tiêu chí ${previous.code} (dòng ${previous.row + 1})`, en: `, after criterion ${previous.code} (row ${previous.row + 1})` } : { vi: "", en: "" };
      out.push({
        cell: null,
        row: -1,
        col: -1,
        criterion: code,
        message: {
          vi: `Bảng tự đánh giá thiếu Tiêu chí ${code} (${r.criterion.title}) của ${setName}: thêm một dòng cho tiêu chí này${where.vi} và đánh dấu mức đạt được.`,
          en: `The self-evaluation table lacks criterion ${code} (${r.criterion.title}) of ${setName}: add a row for it${where.en} and mark the level it reached.`,
        },
      });
    }
    if (!level4Table) return out;
    for (const q of requirements.filter((x) => x.state === "missing")) {
      out.push({
        cell: null,
        row: -1,
        col: -1,
        message: {
          vi: `Bảng đánh giá Mức 4 thiếu yêu cầu ${q.requirement}: thêm dòng "Tiêu chí ${q.requirement}" và đánh dấu Đạt hoặc Không đạt.`,
          en: `The Mức 4 table lacks requirement ${q.requirement}: add a row "Tiêu chí ${q.requirement}" and mark Đạt or Không đạt.`,
        },
      });
    }
    return out;
  },
};
