import type { Lang } from "../core/rules/types";

type Template<P> = Record<Lang, (p: P) => string>;

/** What `khct layout` (and the print step of `khct report`) says, Vietnamese first. */
export const LAYOUT_MESSAGES = {
  needFile: { vi: "Thiếu tên tệp cần chuẩn bị bản in: khct layout <tệp.xlsx>.", en: "Missing the file to lay out: khct layout <file.xlsx>." } satisfies Record<Lang, string>,
  laidOut: {
    vi: (p: { file: string; sheet: string; pages: number; scale: number }) => `Đã chuẩn bị bản in trang "${p.sheet}" trong ${p.file}: ${p.pages} trang A4 ngang, tỷ lệ in ${p.scale}%.`,
    en: (p: { file: string; sheet: string; pages: number; scale: number }) => `Laid out sheet "${p.sheet}" of ${p.file} for print: ${p.pages} A4 landscape pages at ${p.scale}%.`,
  } satisfies Template<{ file: string; sheet: string; pages: number; scale: number }>,
  headerCopies: {
    vi: (p: { sheet: string; pages: number }) =>
      `Trang "${p.sheet}": ${p.pages} trang in của bảng chưa có dòng tiêu đề lặp lại (nội dung đã nhập dài thêm); chạy "khct report --in-place" để lập lại báo cáo, KHCT giữ mọi ô đã nhập.`,
    en: (p: { sheet: string; pages: number }) =>
      `Sheet "${p.sheet}": ${p.pages} printed pages of the table start without its header (what staff typed grew); run "khct report --in-place" to refresh the report, every typed cell is kept.`,
  } satisfies Template<{ sheet: string; pages: number }>,
  nothing: {
    vi: (file: string) => `Không tìm thấy kế hoạch hay báo cáo nào để chuẩn bị bản in trong ${file}.`,
    en: (file: string) => `No plan or report to lay out for print in ${file}.`,
  } satisfies Template<string>,
};
