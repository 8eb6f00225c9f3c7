import type { Lang } from "../../core/rules/types";

type Text = Record<Lang, string>;
type Template<P> = Record<Lang, (p: P) => string>;

export type NotReadYetKind = "excel" | "word" | "pdf";

interface FileLine {
  file: string;
  school: string;
  year: string;
  set: string;
  errors: number;
  warnings: number;
  criteria: number;
}

interface Counts {
  done: number;
  inProgress: number;
  notStarted: number;
  dropped: number;
}

interface Totals {
  files: number;
  clean: number;
  withErrors: number;
  unreadable: number;
}

/** Sentences of `khct validate` over many files, Vietnamese first (the shared ones are in messages.ts). */
export const BATCH = {
  missingPath: {
    vi: (p: string) => `Không tìm thấy tệp hoặc thư mục "${p}".`,
    en: (p: string) => `No such file or folder: "${p}".`,
  } satisfies Template<string>,
  nothingToCheck: {
    vi: (p: string) => `Không có tệp .xlsx hay .docx nào để kiểm tra trong ${p} (KHCT không đọc thư mục con, trừ khi thêm --recursive).`,
    en: (p: string) => `No .xlsx or .docx file to check in ${p} (KHCT does not look into subfolders unless --recursive is given).`,
  } satisfies Template<string>,
  summaryFolderMissing: {
    vi: (p: string) => `Không có thư mục "${p}" để ghi bảng tổng hợp.`,
    en: (p: string) => `There is no folder "${p}" to write the summary in.`,
  } satisfies Template<string>,
  summaryNotXlsx: {
    vi: (p: string) => `Bảng tổng hợp được ghi dưới dạng .xlsx: đặt tên tệp có đuôi .xlsx thay cho "${p}".`,
    en: (p: string) => `The summary is written as .xlsx: give it a name ending in .xlsx instead of "${p}".`,
  } satisfies Template<string>,
  notReadYet: {
    excel: {
      vi: (p: { file: string; ext: string }) => `KHCT chưa đọc được tệp ${p.ext}: hãy mở "${p.file}" bằng Excel (hoặc LibreOffice) và lưu lại dưới dạng .xlsx.`,
      en: (p: { file: string; ext: string }) => `KHCT does not read ${p.ext} files yet: open "${p.file}" in Excel (or LibreOffice) and save it as .xlsx.`,
    },
    word: {
      vi: (p: { file: string; ext: string }) => `KHCT chưa đọc được tệp ${p.ext}: hãy mở "${p.file}" bằng Word (hoặc LibreOffice) và lưu lại dưới dạng .docx.`,
      en: (p: { file: string; ext: string }) => `KHCT does not read ${p.ext} files yet: open "${p.file}" in Word (or LibreOffice) and save it as .docx.`,
    },
    pdf: {
      vi: (p: { file: string; ext: string }) => `KHCT chưa đọc được tệp PDF: hãy xin nhà trường tệp Excel của "${p.file}", hoặc chép bảng sang Excel và lưu lại dưới dạng .xlsx.`,
      en: (p: { file: string; ext: string }) => `KHCT does not read PDF files yet: ask the school for the Excel file behind "${p.file}", or copy the table into Excel and save it as .xlsx.`,
    },
  } satisfies Record<NotReadYetKind, Template<{ file: string; ext: string }>>,
  internal: {
    vi: (m: string) => `KHCT gặp lỗi khi đọc tệp này (${m}); các tệp khác vẫn được kiểm tra. Hãy gửi tệp cho người phát triển KHCT.`,
    en: (m: string) => `KHCT failed while reading this file (${m}); the other files are still checked. Please send the file to KHCT's developers.`,
  } satisfies Template<string>,
  fileLine: {
    vi: (p: FileLine) => `${p.file}: ${p.school || "(không rõ trường)"}${p.year ? `, năm học ${p.year}` : ""}, ${p.set} — ${p.errors} lỗi, ${p.warnings} cảnh báo, ${p.criteria} tiêu chí`,
    en: (p: FileLine) => `${p.file}: ${p.school || "(unknown school)"}${p.year ? `, school year ${p.year}` : ""}, ${p.set} — ${p.errors} errors, ${p.warnings} warnings, ${p.criteria} criteria`,
  } satisfies Template<FileLine>,
  reportPart: {
    vi: (c: Counts) => `; báo cáo: ${c.done} hoàn thành, ${c.inProgress} đang thực hiện, ${c.notStarted} chưa thực hiện${c.dropped ? `, ${c.dropped} không thực hiện` : ""}`,
    en: (c: Counts) => `; report: ${c.done} done, ${c.inProgress} in progress, ${c.notStarted} not started${c.dropped ? `, ${c.dropped} dropped` : ""}`,
  } satisfies Template<Counts>,
  unreadableLine: {
    vi: (p: { file: string; message: string }) => `${p.file}: không đọc được — ${p.message}`,
    en: (p: { file: string; message: string }) => `${p.file}: not read — ${p.message}`,
  } satisfies Template<{ file: string; message: string }>,
  total: {
    vi: (t: Totals) => `Tổng cộng: ${t.files} tệp — ${t.clean} không có lỗi, ${t.withErrors} có lỗi, ${t.unreadable} không đọc được.`,
    en: (t: Totals) => `Total: ${t.files} files — ${t.clean} without errors, ${t.withErrors} with errors, ${t.unreadable} not read.`,
  } satisfies Template<Totals>,
  summaryWritten: {
    vi: (f: string) => `Đã ghi bảng tổng hợp: ${f}.`,
    en: (f: string) => `Summary written: ${f}.`,
  } satisfies Template<string>,
  sheet: { vi: "Tổng hợp", en: "Summary" } satisfies Text,
  columns: {
    vi: ["Tệp", "Trường", "Năm học", "Bộ tiêu chuẩn", "Lỗi", "Cảnh báo", "Số tiêu chí", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Không thực hiện", "Ghi chú"],
    en: ["File", "School", "School year", "Standard set", "Errors", "Warnings", "Criteria", "Done", "In progress", "Not started", "Dropped", "Notes"],
  } satisfies Record<Lang, string[]>,
  noReport: { vi: "Không có trang báo cáo thực hiện", en: "No progress report sheet" } satisfies Text,
  reportSheet: {
    vi: (s: string) => `Báo cáo: trang "${s}"`,
    en: (s: string) => `Report: sheet "${s}"`,
  } satisfies Template<string>,
};
