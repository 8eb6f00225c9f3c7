import { a1 } from "../sheet/address";
import { replacementOf } from "../standards/sets";
import type { Finding, Rule } from "./types";

export const planReplacedStandardSet: Rule = {
  id: "plan/replaced-standard-set",
  severity: "warning",
  appliesTo: ["plan"],
  description: { vi: "Kế hoạch theo bộ tiêu chuẩn đã được thay thế", en: "A plan following a replaced standard set" },
  check({ table, set, detection, setName }) {
    const year = detection.school.year;
    const successor = replacementOf(set);
    if (!year || !successor) return [];
    const start = `${year.slice(0, 4)}-09-01`;
    if (successor.effective > start) return [];
    const row = table.headerRows[0];
    return [
      {
        cell: a1(row, table.left),
        row,
        col: table.left,
        message: {
          vi: `Kế hoạch năm học ${year} theo ${setName}, nhưng từ ngày ${successor.effective.split("-").reverse().join("/")} bộ tiêu chuẩn này đã được thay bằng Thông tư ${successor.circular}. Hãy lập kế hoạch theo mẫu mới (Biểu 2, Phụ lục V).`,
          en: `The plan for school year ${year} follows ${setName}, which Circular ${successor.circular} replaced on ${successor.effective}. Write the plan on the new form (Biểu 2, Phụ lục V).`,
        },
      } satisfies Finding,
    ];
  },
};
