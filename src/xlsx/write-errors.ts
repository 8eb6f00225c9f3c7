/** Why a patch cannot be written into a workbook, with the sentence a user reads (Vietnamese first). */
import type { Lang } from "../core/rules/types";

export type WriteFailure =
  | "not-xlsx"
  | "no-such-sheet"
  | "not-a-worksheet"
  | "sheet-has-table"
  | "same-new-sheet-twice"
  | "bad-address"
  | "bad-number"
  | "text-too-long"
  | "bad-list"
  | "bad-name"
  | "no-visible-sheet";

export class WorkbookWriteError extends Error {
  /** `detail` is the sheet, cell or name the sentence is about (for "not-xlsx", the technical cause, not shown). */
  constructor(
    readonly reason: WriteFailure,
    readonly detail = "",
  ) {
    super(`${WRITE_MESSAGES[reason].en(detail)}${reason === "not-xlsx" && detail ? ` (${detail})` : ""}`);
  }

  text(lang: Lang): string {
    return WRITE_MESSAGES[this.reason][lang](this.detail);
  }
}

type Template = Record<Lang, (detail: string) => string>;

export const WRITE_MESSAGES: Record<WriteFailure, Template> = {
  "not-xlsx": {
    vi: () => `Tệp không phải sổ tính Excel .xlsx đọc được: hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    en: () => `The file is not a readable Excel .xlsx workbook: open it in Excel and save it as .xlsx.`,
  },
  "no-such-sheet": {
    vi: (d) => `Không có trang tính "${d}" để ghi vào.`,
    en: (d) => `There is no sheet "${d}" to write into.`,
  },
  "not-a-worksheet": {
    vi: (d) => `"${d}" là trang biểu đồ hoặc trang hộp thoại, không phải trang tính; KHCT không ghi vào đó.`,
    en: (d) => `"${d}" is a chart or dialog sheet, not a worksheet; KHCT does not write into it.`,
  },
  "sheet-has-table": {
    vi: (d) => `Trang "${d}" có bảng Excel (Table) hoặc PivotTable; KHCT không ghi đè lên đó. Hãy đổi tên trang này, KHCT sẽ tạo một trang mới.`,
    en: (d) => `Sheet "${d}" holds an Excel table or PivotTable; KHCT does not overwrite it. Rename that sheet and KHCT will create a new one.`,
  },
  "same-new-sheet-twice": {
    vi: (d) => `Hai trang mới cùng được đặt tên "${d}".`,
    en: (d) => `Two new sheets were both given the name "${d}".`,
  },
  "bad-address": {
    vi: (d) => `Địa chỉ ô không hợp lệ hoặc nằm ngoài trang tính: ${d}.`,
    en: (d) => `A cell address is invalid or outside the sheet: ${d}.`,
  },
  "bad-number": {
    vi: (d) => `Không ghi được giá trị không phải là số hữu hạn vào ô ${d}.`,
    en: (d) => `Cannot write a value that is not a finite number into cell ${d}.`,
  },
  "text-too-long": {
    vi: (d) => `Ô ${d} có hơn 32.767 ký tự, vượt giới hạn một ô của Excel.`,
    en: (d) => `Cell ${d} holds more than 32,767 characters, over Excel's limit for one cell.`,
  },
  "bad-list": {
    vi: (d) => `Danh sách chọn không hợp lệ (${d}): các mục nối lại phải dài tối đa 255 ký tự và không chứa dấu phẩy; lời nhắc tối đa 255 ký tự.`,
    en: (d) => `Invalid dropdown list (${d}): the items joined must be at most 255 characters and hold no comma; the prompt at most 255 characters.`,
  },
  "bad-name": {
    vi: (d) => `Tên vùng "${d}" không hợp lệ trong Excel.`,
    en: (d) => `"${d}" is not a valid Excel name.`,
  },
  "no-visible-sheet": {
    vi: () => `Sổ tính phải còn ít nhất một trang tính hiển thị.`,
    en: () => `A workbook must keep at least one visible sheet.`,
  },
};
