import type { Bilingual } from "../core/rules/types";
import type { Limitation } from "./capabilities";

/**
 * Everything the Excel adapter tells a user, in Vietnamese then English. Each message says what
 * happened and what to do; error messages also say that nothing was written.
 */
export const excelMessages = {
  protectedSheet: (sheet: string): Bilingual => ({
    vi: `Trang tính "${sheet}" đang được bảo vệ nên KHCT không ghi vào được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại. KHCT chưa ghi gì vào tệp.`,
    en: `Sheet "${sheet}" is protected, so KHCT cannot write to it. Unprotect it (Review › Unprotect Sheet) and try again. KHCT has written nothing.`,
  }),
  cellEditMode: (): Bilingual => ({
    vi: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại. KHCT chưa ghi gì vào tệp.",
    en: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again. KHCT has written nothing.",
  }),
  structureProtected: (sheet: string): Bilingual => ({
    vi: `Cấu trúc sổ làm việc đang được bảo vệ nên KHCT không thêm, ẩn hay hiện được trang tính (cần cho trang "${sheet}"). Hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi thử lại. KHCT chưa ghi gì vào tệp.`,
    en: `The workbook structure is protected, so KHCT cannot add, hide or show a sheet (needed for sheet "${sheet}"). Unprotect it (Review › Protect Workbook) and try again. KHCT has written nothing.`,
  }),
  hostTooOld: (): Bilingual => ({
    vi: "Phiên bản Excel này quá cũ cho KHCT (cần Microsoft 365, Office 2021 trở lên hoặc Excel trên web). Hãy cập nhật Office; trong lúc chờ, có thể kiểm tra tệp bằng lệnh khct.",
    en: "This version of Excel is too old for KHCT (it needs Microsoft 365, Office 2021 or later, or Excel on the web). Update Office; meanwhile the khct command can check the file.",
  }),
  accessDenied: (): Bilingual => ({
    vi: "Excel không cho KHCT ghi vào tệp: trang tính có thể đang được bảo vệ hoặc tệp đang mở ở chế độ chỉ đọc. Hãy bỏ bảo vệ trang tính hoặc chọn Chỉnh sửa sổ làm việc rồi thử lại.",
    en: "Excel did not let KHCT write: a sheet may be protected or the workbook open read-only. Unprotect the sheet or choose Edit Workbook, then try again.",
  }),
  apiMissing: (detail: string): Bilingual => ({
    vi: `Phiên bản Excel này thiếu một chức năng KHCT cần (${detail}). Hãy cập nhật Office rồi thử lại.`,
    en: `This version of Excel lacks a feature KHCT needs (${detail}). Update Office and try again.`,
  }),
  sheetMissing: (sheet: string): Bilingual => ({
    vi: `Không tìm thấy trang tính "${sheet}"; có thể nó vừa bị đổi tên hoặc xoá. Hãy kiểm tra lại kế hoạch.`,
    en: `Sheet "${sheet}" was not found; it may have been renamed or deleted. Check the plan again.`,
  }),
  fixOutdated: (cell: string, now: string): Bilingual => ({
    vi: `Ô ${cell} đã thay đổi từ lần kiểm tra trước (giờ là "${now}"), nên KHCT không sửa để khỏi ghi đè. Hãy kiểm tra lại kế hoạch.`,
    en: `Cell ${cell} changed since the last check (it now holds "${now}"), so KHCT did not overwrite it. Check the plan again.`,
  }),
  undoOutdated: (cell: string, now: string): Bilingual => ({
    vi: `Ô ${cell} đã được sửa tiếp sau khi KHCT sửa (giờ là "${now}"), nên KHCT không hoàn tác để khỏi ghi đè. Nếu cần, hãy sửa ô đó bằng tay.`,
    en: `Cell ${cell} was edited after KHCT's fix (it now holds "${now}"), so KHCT did not undo it, to avoid overwriting. Edit the cell by hand if needed.`,
  }),
  fixMissing: (id: string): Bilingual => ({
    vi: `Không còn lần sửa ${id} trong nhật ký (ô đó có thể đã bị xoá).`,
    en: `Fix ${id} is no longer in the journal (its cell may have been deleted).`,
  }),
  undoNotSupported: (detail: string): Bilingual => ({
    vi: `Excel không gộp được một thao tác của KHCT (${detail}) vào một bước Hoàn tác, nên dừng lệnh; phần đã ghi trước đó có thể còn lại. Hãy kiểm tra lại kế hoạch; dùng Ctrl+Z nếu cần bỏ phần đã ghi.`,
    en: `Excel could not merge one of KHCT's operations (${detail}) into one undo step, so the command stopped; what was written before it may remain. Check the plan again; use Ctrl+Z to take it back if needed.`,
  }),
  excelError: (code: string, detail: string): Bilingual => ({
    vi: `Excel báo lỗi (${code}${detail ? `: ${detail}` : ""}). Hãy thử lại; nếu vẫn lỗi, hãy lưu tệp, đóng và mở lại Excel.`,
    en: `Excel reported an error (${code}${detail ? `: ${detail}` : ""}). Try again; if it persists, save the file, then close and reopen Excel.`,
  }),
} as const;

/** What the pane says when a command worked but could not use a feature this Excel lacks. */
export const limitationMessages: Record<Limitation, Bilingual> = {
  "merges-unread": {
    vi: "Phiên bản Excel này không cho phần bổ trợ đọc các ô đã gộp (cần ExcelApi 1.13), nên KHCT kiểm tra như thể không có ô gộp.",
    en: "This version of Excel does not let add-ins read merged cells (ExcelApi 1.13 is needed), so KHCT checked as if nothing were merged.",
  },
  "merges-incomplete": {
    vi: "Excel không trả về được hết các ô gộp của một trang tính (quá nhiều ô gộp), nên KHCT kiểm tra một phần trang như thể không có ô gộp; kết quả ở các ô gộp đó có thể chưa đúng.",
    en: "Excel could not return all the merged cells of a sheet (there are too many), so KHCT checked part of it as if nothing were merged; findings on those merged cells may be off.",
  },
  "notes-unavailable": {
    vi: "Phiên bản Excel này không cho phần bổ trợ viết ghi chú (cần ExcelApi 1.18), nên KHCT chỉ tô màu các ô có vấn đề.",
    en: "This version of Excel does not let add-ins write notes (ExcelApi 1.18 is needed), so KHCT only coloured the cells in question.",
  },
  "dropdowns-unavailable": {
    vi: "Phiên bản Excel này không cho phần bổ trợ tạo danh sách chọn (cần ExcelApi 1.8), nên mẫu không có danh sách chọn.",
    en: "This version of Excel does not let add-ins create dropdown lists (ExcelApi 1.8 is needed), so the template has none.",
  },
  "layout-failed": {
    vi: "Excel không áp dụng được một phần trình bày (danh sách chọn, cố định dòng tiêu đề, thiết lập trang in hoặc ghi chú); dữ liệu đã được ghi đầy đủ. Nếu cần, hãy đặt lại phần đó bằng tay (Xem › Cố định Ô; Bố trí Trang).",
    en: "Excel could not apply part of the layout (dropdown lists, frozen header rows, print setup or notes); the data is all written. Set that part by hand if needed (View › Freeze Panes; Page Layout).",
  },
  "read-only": {
    vi: "Tệp đang mở ở chế độ chỉ đọc: KHCT vẫn ghi được vào sổ tính đang mở, nhưng Excel sẽ không lưu được vào chính tệp này. Hãy dùng Tệp › Lưu thành để giữ một bản sao có các thay đổi.",
    en: "The workbook is open read-only: KHCT can still write into the open workbook, but Excel will not save it to this file. Use File › Save As to keep a copy with the changes.",
  },
  "print-setup-unavailable": {
    vi: "Phiên bản Excel này không cho phần bổ trợ thiết lập trang in (cần ExcelApi 1.9): KHCT đã đặt chiều cao các hàng. Để in như văn bản, lưu tệp rồi chạy \"khct layout <tệp.xlsx>\", hoặc trong Bố trí trang chọn A4 ngang, tỷ lệ theo README (mục In), lề trên/dưới 20 mm, trái 30 mm, phải 15 mm.",
    en: "This version of Excel does not let add-ins set up printing (ExcelApi 1.9 is needed): KHCT set the rows' heights. To print it as a document, save the file and run \"khct layout <file.xlsx>\", or in Page Layout choose A4 landscape, the scale the README gives (Printing), margins 20 mm top and bottom, 30 mm left, 15 mm right.",
  },
};
