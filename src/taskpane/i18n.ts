/**
 * Every text the task pane shows, Vietnamese first. Components take strings from here only;
 * texts that come from the core (diagnostics, criterion titles) are already bilingual or official.
 */
import type { Lang } from "../core/rules/types";

type Text = Record<Lang, string>;
type Fn<P> = Record<Lang, (p: P) => string>;

export const T = {
  appTitle: { vi: "Kế hoạch cải tiến chất lượng", en: "Quality improvement plan" } satisfies Text,
  language: { vi: "Ngôn ngữ", en: "Language" } satisfies Text,
  langVi: { vi: "Tiếng Việt", en: "Vietnamese" } satisfies Text,
  langEn: { vi: "Tiếng Anh", en: "English" } satisfies Text,

  profile: { vi: "Thông tin trường", en: "School profile" } satisfies Text,
  schoolType: { vi: "Loại trường", en: "School type" } satisfies Text,
  standardSet: { vi: "Bộ tiêu chuẩn", en: "Standard set" } satisfies Text,
  replacedSet: { vi: "(đã thay thế)", en: "(replaced)" } satisfies Text,
  schoolName: { vi: "Tên trường", en: "School name" } satisfies Text,
  governingBody: { vi: "Cơ quan quản lý", en: "Governing body" } satisfies Text,
  schoolYear: { vi: "Năm học", en: "School year" } satisfies Text,
  signerName: { vi: "Người ký (họ tên)", en: "Signer (full name)" } satisfies Text,
  signerHint: { vi: "In dưới chữ ký của kế hoạch và báo cáo.", en: "Printed under the signature of the plan and the report." } satisfies Text,
  saveProfile: { vi: "Lưu thông tin", en: "Save profile" } satisfies Text,
  profileSaved: { vi: "Đã lưu thông tin trường vào sổ tính.", en: "The school profile is saved in the workbook." } satisfies Text,
  profileFromPlan: { vi: "Đã điền sẵn theo kế hoạch đang mở.", en: "Pre-filled from the open plan." } satisfies Text,

  actions: { vi: "Thao tác", en: "Actions" } satisfies Text,
  insertTemplate: { vi: "Chèn mẫu kế hoạch", en: "Insert plan template" } satisfies Text,
  importWord: { vi: "Nhập kế hoạch từ Word", en: "Import a plan from Word" } satisfies Text,
  importWordHint: { vi: "Chọn tệp .docx; tệp được đọc ngay trên máy này, không gửi đi đâu.", en: "Pick a .docx file; it is read on this computer and sent nowhere." } satisfies Text,
  importWordDone: {
    vi: (p: { file: string; sheets: string }) => `Đã nhập "${p.file}" vào trang ${p.sheets} và kiểm tra kế hoạch.`,
    en: (p: { file: string; sheets: string }) => `"${p.file}" is in sheet(s) ${p.sheets}, and the plan is checked.`,
  } satisfies Fn<{ file: string; sheets: string }>,
  validate: { vi: "Kiểm tra kế hoạch", en: "Check plan" } satisfies Text,
  buildReport: { vi: "Tạo báo cáo tiến độ", en: "Build progress report" } satisfies Text,
  reportPeriod: { vi: "Kỳ báo cáo", en: "Reporting period" } satisfies Text,
  preparePrint: { vi: "Chuẩn bị bản in", en: "Prepare for print" } satisfies Text,
  printDone: {
    vi: (p: { sheets: { sheet: string; pages: number; scale: number }[] }) => `Đã chuẩn bị bản in: ${p.sheets.map((s) => `"${s.sheet}" ${s.pages} trang (tỷ lệ ${s.scale}%)`).join("; ")}.`,
    en: (p: { sheets: { sheet: string; pages: number; scale: number }[] }) => `Laid out for print: ${p.sheets.map((s) => `"${s.sheet}" ${s.pages} pages (${s.scale}%)`).join("; ")}.`,
  } satisfies Fn<{ sheets: { sheet: string; pages: number; scale: number }[] }>,
  printHeaderCopies: {
    vi: "Bảng báo cáo đã dài thêm: hãy bấm Tạo báo cáo tiến độ để KHCT lặp lại dòng tiêu đề ở mỗi trang (mọi ô đã nhập được giữ).",
    en: "The report's table grew: click Build progress report so KHCT repeats its header on each page (every typed cell is kept).",
  } satisfies Text,
  noDocument: { vi: "Không tìm thấy kế hoạch hay báo cáo nào trong sổ tính.", en: "No plan or report in the workbook." } satisfies Text,
  periodHk1: { vi: "Học kỳ I", en: "Term I" } satisfies Text,
  periodYear: { vi: "Cả năm học", en: "Whole school year" } satisfies Text,
  reportDate: { vi: "Ngày báo cáo", en: "Report date" } satisfies Text,
  markCells: { vi: "Đánh dấu ô có lỗi trên trang tính", en: "Mark the cells with findings in the sheet" } satisfies Text,
  clearMarks: { vi: "Xóa đánh dấu", en: "Clear marks" } satisfies Text,
  working: { vi: "Đang xử lý…", en: "Working…" } satisfies Text,

  templateDone: { vi: (p: { sheet: string }) => `Đã chèn mẫu kế hoạch vào trang "${p.sheet}".`, en: (p: { sheet: string }) => `The plan template is in sheet "${p.sheet}".` } satisfies Fn<{ sheet: string }>,
  reportDone: {
    vi: (p: { sheet: string; tasks: number; late: number; refreshed: boolean }) => `Đã ${p.refreshed ? "cập nhật" : "tạo"} báo cáo "${p.sheet}": ${p.tasks} công việc, ${p.late} quá hạn.`,
    en: (p: { sheet: string; tasks: number; late: number; refreshed: boolean }) => `Report "${p.sheet}" ${p.refreshed ? "refreshed" : "built"}: ${p.tasks} tasks, ${p.late} late.`,
  } satisfies Fn<{ sheet: string; tasks: number; late: number; refreshed: boolean }>,
  noPlan: { vi: "Không tìm thấy bảng kế hoạch để lập báo cáo. Hãy mở trang kế hoạch rồi thử lại.", en: "No plan table to report on. Open the plan sheet and try again." } satisfies Text,
  marked: { vi: (n: number) => `Đã đánh dấu ${n} ô.`, en: (n: number) => `${n} cells marked.` } satisfies Fn<number>,
  cleared: { vi: (n: number) => `Đã xóa đánh dấu ${n} ô, trả lại màu nền cũ.`, en: (n: number) => `Marks cleared from ${n} cells; their fills are back.` } satisfies Fn<number>,

  results: { vi: "Kết quả kiểm tra", en: "Check results" } satisfies Text,
  counts: {
    vi: (p: { errors: number; warnings: number; infos: number; criteria: number }) => `${p.errors} lỗi · ${p.warnings} cảnh báo · ${p.infos} gợi ý · ${p.criteria} tiêu chí`,
    en: (p: { errors: number; warnings: number; infos: number; criteria: number }) => `${p.errors} errors · ${p.warnings} warnings · ${p.infos} infos · ${p.criteria} criteria`,
  } satisfies Fn<{ errors: number; warnings: number; infos: number; criteria: number }>,
  checkedSheet: { vi: (p: { sheet: string; set: string }) => `Trang "${p.sheet}", ${p.set}.`, en: (p: { sheet: string; set: string }) => `Sheet "${p.sheet}", ${p.set}.` } satisfies Fn<{ sheet: string; set: string }>,
  clean: { vi: "Không phát hiện vấn đề nào.", en: "No problems found." } satisfies Text,
  error: { vi: "Lỗi", en: "Error" } satisfies Text,
  warning: { vi: "Cảnh báo", en: "Warning" } satisfies Text,
  info: { vi: "Gợi ý", en: "Info" } satisfies Text,
  general: { vi: "Chung", en: "General" } satisfies Text,
  standardN: { vi: (n: number) => `Tiêu chuẩn ${n}`, en: (n: number) => `Standard ${n}` } satisfies Fn<number>,
  criterionN: { vi: (c: string) => `Tiêu chí ${c}`, en: (c: string) => `Criterion ${c}` } satisfies Fn<string>,
  unfilledRows: { vi: (n: number) => `${n} dòng chưa được điền`, en: (n: number) => `${n} rows not filled in` } satisfies Fn<number>,
  unfilledHint: {
    vi: "Điền các cột bắt buộc cho tiêu chí nhà trường cải tiến; xóa dòng của tiêu chí không cải tiến. Bấm một ô để đến dòng đó:",
    en: "Fill in the required columns for the criteria the school improves; delete the rows of the others. Click a cell to go to its row:",
  } satisfies Text,
  goToCell: { vi: (c: string) => `Đến ô ${c}`, en: (c: string) => `Go to cell ${c}` } satisfies Fn<string>,
  fix: { vi: "Sửa", en: "Fix" } satisfies Text,
  fixAll: { vi: "Sửa tất cả lỗi loại này", en: "Fix all of this kind" } satisfies Text,
  fixPreview: { vi: (p: { old: string; now: string }) => `“${p.old}” → “${p.now}”`, en: (p: { old: string; now: string }) => `“${p.old}” → “${p.now}”` } satisfies Fn<{ old: string; now: string }>,
  confirmFix: { vi: "Áp dụng", en: "Apply" } satisfies Text,
  cancel: { vi: "Hủy", en: "Cancel" } satisfies Text,
  fixed: { vi: (n: number) => `Đã sửa ${n} ô. Có thể hoàn tác.`, en: (n: number) => `${n} cells fixed. You can undo.` } satisfies Fn<number>,
  undo: { vi: "Hoàn tác", en: "Undo" } satisfies Text,
  undoWithExcel: {
    vi: "Hoàn tác: mỗi lệnh của KHCT (chèn mẫu, sửa, sửa tất cả, lập báo cáo, đánh dấu) là một bước Hoàn tác (Ctrl+Z) của Excel.",
    en: "Undo: each KHCT command (insert template, fix, fix all, build report, mark) is one step of Excel's Undo (Ctrl+Z).",
  } satisfies Text,
  undoWithJournal: {
    vi: "Hoàn tác: phiên bản Excel này không hoàn tác (Ctrl+Z) được việc phần bổ trợ ghi; các lần sửa của KHCT hoàn tác được bằng nút Hoàn tác trong khung này.",
    en: "Undo: this version of Excel cannot undo (Ctrl+Z) what add-ins write; KHCT's fixes can be undone with the Undo button in this pane.",
  } satisfies Text,
  undone: { vi: (n: number) => `Đã hoàn tác ${n} ô.`, en: (n: number) => `${n} cells restored.` } satisfies Fn<number>,
  undoChanged: {
    vi: (c: string) => `Ô ${c} đã được sửa tiếp sau khi KHCT sửa: không hoàn tác để không mất nội dung mới.`,
    en: (c: string) => `Cell ${c} was edited after KHCT's fix: not undone, so the new content is kept.`,
  } satisfies Fn<string>,

  help: { vi: "Tiêu chí đang chọn", en: "Selected criterion" } satisfies Text,
  helpHint: { vi: "Chọn một ô trên dòng tiêu chí để xem tên chính thức và yêu cầu của tiêu chí.", en: "Select a cell on a criterion row to see the criterion's official title and requirements." } satisfies Text,
  mandatory: { vi: "Tiêu chí bắt buộc", en: "Mandatory criterion" } satisfies Text,
  levels: { vi: (l: string) => `Các mức: ${l}`, en: (l: string) => `Levels: ${l}` } satisfies Fn<string>,
  levelReq: { vi: (n: string) => `Mức ${n}`, en: (n: string) => `Level ${n}` } satisfies Fn<string>,

  evaluation: { vi: "Kết quả tự đánh giá", en: "Self-evaluation" } satisfies Text,
  evaluate: { vi: "Tính mức đạt của trường", en: "Compute the school's level" } satisfies Text,
  writeSummary: { vi: "Ghi bảng tổng hợp cạnh bảng tự đánh giá", en: "Write the summary beside the self-evaluation table" } satisfies Text,
  summaryWritten: { vi: (s: string) => `Đã ghi bảng tổng hợp (công thức) vào trang "${s}".`, en: (s: string) => `The summary (formulas) is in sheet "${s}".` } satisfies Fn<string>,
  noEvaluation: { vi: "Không tìm thấy bảng kết quả tự đánh giá trong sổ tính.", en: "No self-evaluation table in the workbook." } satisfies Text,

  failed: { vi: "Không thực hiện được", en: "Could not do it" } satisfies Text,
  dismiss: { vi: "Đóng thông báo", en: "Dismiss" } satisfies Text,
  unexpected: {
    vi: (m: string) => `Có lỗi không mong đợi (${m}). Hãy lưu sổ tính, đóng và mở lại khung tác vụ rồi thử lại.`,
    en: (m: string) => `Something unexpected went wrong (${m}). Save the workbook, close and reopen the pane, and try again.`,
  } satisfies Fn<string>,
  limited: { vi: "Phiên bản Excel này thiếu một số tính năng:", en: "This Excel lacks some features:" } satisfies Text,
};

export type Catalog = typeof T;
