import { a1 } from "../sheet/address";
import { eachField } from "./helpers";
import { PLACEHOLDER_MARKS } from "../template/wording";
import type { Finding, Rule } from "./types";

/** Wording the template marks as a placeholder (Mức 4 text the reference lacks) is still there. */
export const templatePlaceholder: Rule = {
  id: "template/placeholder",
  severity: "warning",
  appliesTo: ["plan"],
  description: { vi: "Nội dung tạm của mẫu chưa được thay", en: "A template placeholder not yet replaced" },
  check({ table }) {
    const out: Finding[] = [];
    eachField(table, (field) => {
      if (!PLACEHOLDER_MARKS.some((m) => field.text.includes(m))) return;
      out.push({
        cell: a1(field.row, field.col),
        row: field.row,
        col: field.col,
        message: {
          vi: "Ô này còn nội dung tạm của mẫu KHCT (tài liệu tham chiếu chưa có nguyên văn thông tư): hãy thay bằng nguyên văn yêu cầu của thông tư, hoặc xoá, trước khi in và ký.",
          en: "This cell still holds KHCT's template placeholder (the reference lacks the circular's wording): replace it with the circular's wording, or delete it, before printing and signing.",
        },
      });
    });
    return out;
  },
};
