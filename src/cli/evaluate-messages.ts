import type { Lang } from "../core/rules/types";

type Text = Record<Lang, string>;
type Template<P> = Record<Lang, (p: P) => string>;

/** Sentences `khct evaluate` prints, Vietnamese first (the shared ones are in messages.ts). */
export const EVALUATE = {
  needFile: { vi: "Thiếu tên tệp có bảng tự đánh giá: khct evaluate <tệp.xlsx>.", en: "Missing the file holding the self-evaluation: khct evaluate <file.xlsx>." } satisfies Text,
  heading: {
    vi: (p: { file: string; sheet: string; range: string; level4: string }) =>
      `KHCT — kết quả tự đánh giá: ${p.file}, trang "${p.sheet}"${p.range ? ` (bảng ${p.range}${p.level4 ? `; bảng Mức 4 ${p.level4}` : ""})` : ""}`,
    en: (p: { file: string; sheet: string; range: string; level4: string }) =>
      `KHCT — self-evaluation: ${p.file}, sheet "${p.sheet}"${p.range ? ` (table ${p.range}${p.level4 ? `; Mức 4 table ${p.level4}` : ""})` : ""}`,
  } satisfies Template<{ file: string; sheet: string; range: string; level4: string }>,
  checks: { vi: "Kiểm tra bảng:", en: "Checks:" } satisfies Text,
  summary: {
    vi: (p: { errors: number; warnings: number; infos: number; criteria: number; of: number }) =>
      `Tổng cộng: ${p.errors} lỗi, ${p.warnings} cảnh báo, ${p.infos} gợi ý; bảng có ${p.criteria}/${p.of} tiêu chí.`,
    en: (p: { errors: number; warnings: number; infos: number; criteria: number; of: number }) =>
      `Total: ${p.errors} errors, ${p.warnings} warnings, ${p.infos} infos; the table lists ${p.criteria} of ${p.of} criteria.`,
  } satisfies Template<{ errors: number; warnings: number; infos: number; criteria: number; of: number }>,
};
