/**
 * Every text the task pane shows, Vietnamese first. Components take strings from here only;
 * texts that come from the core (diagnostics, criterion titles) are already bilingual or official.
 */
import type { Lang } from "../core/rules/types";
import type { ReportOutcome } from "../app/excel-commands";
import { REFRESH_DETAILS } from "../app/report-messages";

type Text = Record<Lang, string>;
type Fn<P> = Record<Lang, (p: P) => string>;

export const T = {
  appTitle: { vi: "Kế hoạch cải tiến chất lượng", en: "Quality improvement plan" } satisfies Text,
  language: { vi: "Ngôn ngữ", en: "Language" } satisfies Text,
  /** each language in its own name, as language pickers show them */
  langVi: { vi: "Tiếng Việt", en: "Tiếng Việt" } satisfies Text,
  langEn: { vi: "English", en: "English" } satisfies Text,
  tabPlan: { vi: "Kế hoạch", en: "Plan" } satisfies Text,
  tabEvaluation: { vi: "Tự đánh giá", en: "Self-evaluation" } satisfies Text,
  stepN: { vi: (n: number) => `Bước ${n}`, en: (n: number) => `Step ${n}` } satisfies Fn<number>,
  stepCreate: { vi: "Tạo kế hoạch", en: "Create the plan" } satisfies Text,
  stepCreateHint: { vi: "Chèn mẫu trống theo thông tin trường, hoặc nhập kế hoạch đã viết bằng Word.", en: "Insert a blank template for the school, or import a plan written in Word." } satisfies Text,
  stepCheck: { vi: "Kiểm tra", en: "Check" } satisfies Text,
  stepCheckHint: { vi: "Kiểm tra trang kế hoạch đang mở: mã tiêu chí, mức, thời gian, các cột bắt buộc.", en: "Check the open plan sheet: criterion codes, levels, periods, required columns." } satisfies Text,
  stepReport: { vi: "Báo cáo và in", en: "Report and print" } satisfies Text,
  stepReportHint: { vi: "Lập hoặc cập nhật báo cáo tiến độ từ kế hoạch (giữ mọi ô đã nhập); dàn trang kế hoạch và báo cáo để in.", en: "Build or refresh the progress report from the plan (every typed cell is kept); lay the plan and the report out for print." } satisfies Text,

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
  editProfile: { vi: "Sửa", en: "Edit" } satisfies Text,
  editProfileLabel: { vi: "Sửa thông tin trường", en: "Edit the school profile" } satisfies Text,
  cancelEdit: { vi: "Hủy", en: "Cancel" } satisfies Text,
  noSchoolName: { vi: "Chưa có tên trường", en: "No school name yet" } satisfies Text,
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
  reportDate: { vi: "Ngày báo cáo (ngày/tháng/năm)", en: "Report date (day month year)" } satisfies Text,
  reportDateInvalid: { vi: "Không phải ngày: viết ngày/tháng/năm, ví dụ 30/11/2026.", en: "Not a date: write day, month and year, e.g. 30 Nov 2026." } satisfies Text,
  markCells: { vi: "Đánh dấu ô có lỗi trên trang tính", en: "Mark the cells with findings in the sheet" } satisfies Text,
  liveCheck: { vi: "Kiểm tra khi nhập", en: "Check as I type" } satisfies Text,
  liveHint: {
    vi: "Khi sửa bảng kế hoạch, kết quả tự cập nhật sau khoảng 1 giây. KHCT chỉ đọc, không ghi gì vào sổ tính.",
    en: "When the plan table is edited, the results update after about a second. KHCT only reads; it writes nothing to the workbook.",
  } satisfies Text,
  liveUpdated: { vi: (t: string) => `Cập nhật khi nhập lúc ${t}`, en: (t: string) => `Updated as you typed at ${t}` } satisfies Fn<string>,
  liveFailed: { vi: "Không kiểm tra lại được khi nhập", en: "Could not check again as you typed" } satisfies Text,
  marksStale: {
    vi: "Các ô đã đánh dấu trên trang tính chưa đổi theo: bấm “Kiểm tra kế hoạch” để đánh dấu lại.",
    en: "The marked cells in the sheet have not changed with it: click “Check plan” to mark them again.",
  } satisfies Text,
  checkFirst: { vi: "Chưa kiểm tra. Bấm “Kiểm tra kế hoạch”; sau đó KHCT kiểm tra lại mỗi khi bảng kế hoạch được sửa.", en: "Not checked yet. Click “Check plan”; after that KHCT checks again whenever the plan table is edited." } satisfies Text,
  clearMarks: { vi: "Xóa đánh dấu", en: "Clear marks" } satisfies Text,
  working: { vi: "Đang xử lý…", en: "Working…" } satisfies Text,

  templateDone: { vi: (p: { sheet: string }) => `Đã chèn mẫu kế hoạch vào trang "${p.sheet}".`, en: (p: { sheet: string }) => `The plan template is in sheet "${p.sheet}".` } satisfies Fn<{ sheet: string }>,
  reportDone: {
    vi: (p: ReportOutcome) => `Đã ${p.refreshed ? "cập nhật" : "tạo"} báo cáo "${p.sheet}": ${p.tasks} công việc${p.refreshed ? `, ${REFRESH_DETAILS.vi(p)}` : ""}, ${p.late} quá hạn.`,
    en: (p: ReportOutcome) => `Report "${p.sheet}" ${p.refreshed ? "refreshed" : "built"}: ${p.tasks} tasks${p.refreshed ? `, ${REFRESH_DETAILS.en(p)}` : ""}, ${p.late} late.`,
  } satisfies Fn<ReportOutcome>,
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
  errors: { vi: "Lỗi", en: "Errors" } satisfies Text,
  warnings: { vi: "Cảnh báo", en: "Warnings" } satisfies Text,
  infos: { vi: "Gợi ý", en: "Tips" } satisfies Text,
  groupBy: { vi: "Nhóm theo", en: "Group by" } satisfies Text,
  bySeverity: { vi: "Mức độ", en: "Severity" } satisfies Text,
  byStandard: { vi: "Tiêu chuẩn, tiêu chí", en: "Standard, criterion" } satisfies Text,
  aboutStandard: { vi: "Về cả tiêu chuẩn", en: "About the whole standard" } satisfies Text,
  ignore: { vi: "Bỏ qua", en: "Ignore" } satisfies Text,
  ignoreCell: { vi: (c: string) => `Bỏ qua ô ${c}`, en: (c: string) => `Ignore ${c}` } satisfies Fn<string>,
  applyCell: { vi: (c: string) => `Áp dụng sửa ô ${c}`, en: (c: string) => `Apply the fix to ${c}` } satisfies Fn<string>,
  ignoreAll: { vi: (n: number) => `Bỏ qua cả ${n}`, en: (n: number) => `Ignore all ${n}` } satisfies Fn<number>,
  inCells: { vi: (n: number) => `Ở ${n} ô:`, en: (n: number) => `In ${n} cells:` } satisfies Fn<number>,
  ignored: { vi: (n: number) => `${n} mục đã bỏ qua`, en: (n: number) => `${n} ignored` } satisfies Fn<number>,
  showIgnored: { vi: "Hiện lại", en: "Show again" } satisfies Text,
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
  fixAll: { vi: (n: number) => `Sửa tất cả lỗi loại này (${n})`, en: (n: number) => `Fix all of this kind (${n})` } satisfies Fn<number>,
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
  evaluationHint: { vi: "Đọc bảng kết quả tự đánh giá trong sổ tính và tính mức của trường theo thông tư.", en: "Reads the self-evaluation table in the workbook and computes the school's level by the circular's rule." } satisfies Text,
  schoolLevel: { vi: "Mức đánh giá của trường", en: "The school's level" } satisfies Text,
  evaluatedSheet: { vi: (s: string) => `Theo bảng tự đánh giá ở trang "${s}".`, en: (s: string) => `From the self-evaluation in sheet "${s}".` } satisfies Fn<string>,
  countsCaption: { vi: "Số tiêu chí đạt từng mức", en: "Criteria reaching each level" } satisfies Text,
  colLevel: { vi: "Mức", en: "Level" } satisfies Text,
  colReached: { vi: "Đạt", en: "Reached" } satisfies Text,
  colPercent: { vi: "Tỷ lệ", en: "Share" } satisfies Text,
  mandatorySplit: {
    vi: (p: { m: string; o: string }) => `bắt buộc ${p.m} · khác ${p.o}`,
    en: (p: { m: string; o: string }) => `mandatory ${p.m} · others ${p.o}`,
  } satisfies Fn<{ m: string; o: string }>,
  gapTitle: { vi: (n: number) => `Để đạt Mức ${n}`, en: (n: number) => `To reach Mức ${n}` } satisfies Fn<number>,
  needsLevel: { vi: (n: number) => `cần đạt Mức ${n}`, en: (n: number) => `needs Mức ${n}` } satisfies Fn<number>,
  nowLevel: { vi: (n: number | null) => (n === null ? "chưa có kết quả" : n === 0 ? "hiện chưa đạt" : `hiện Mức ${n}`), en: (n: number | null) => (n === null ? "no result yet" : n === 0 ? "not reached now" : `now Mức ${n}`) } satisfies Fn<number | null>,
  criterionCell: { vi: (p: { c: string; cell: string }) => `Tiêu chí ${p.c}, đến ô ${p.cell}`, en: (p: { c: string; cell: string }) => `Criterion ${p.c}, go to cell ${p.cell}` } satisfies Fn<{ c: string; cell: string }>,
  evaluationFindings: {
    vi: (p: { errors: number; warnings: number }) => `Bảng tự đánh giá có ${p.errors} lỗi và ${p.warnings} cảnh báo (lệnh khct evaluate liệt kê từng ô).`,
    en: (p: { errors: number; warnings: number }) => `The self-evaluation table has ${p.errors} errors and ${p.warnings} warnings (the khct evaluate command lists each cell).`,
  } satisfies Fn<{ errors: number; warnings: number }>,
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
