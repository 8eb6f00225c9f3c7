import type { Lang } from "../core/rules/types";

type Text = Record<Lang, string>;
type Template<P> = Record<Lang, (p: P) => string>;

/** Sentences of `khct import` and `khct export` (Word in, Word out), Vietnamese first. */
export const WORD_CLI = {
  needWordFile: { vi: "Thiếu tệp Word cần nhập: khct import <tệp.docx>.", en: "Missing the Word file to import: khct import <file.docx>." } satisfies Text,
  notWordInput: {
    vi: (f: string) => `"${f}" không phải tệp Word (.docx): khct import nhận một tệp .docx; tệp Excel thì kiểm tra trực tiếp bằng khct validate.`,
    en: (f: string) => `"${f}" is not a Word file (.docx): khct import takes a .docx file; check an Excel file directly with khct validate.`,
  } satisfies Template<string>,
  outputNotXlsx: {
    vi: (f: string) => `Kế hoạch được nhập vào một tệp Excel: đặt tên tệp kết quả có đuôi .xlsx thay cho "${f}".`,
    en: (f: string) => `The plan is imported into an Excel file: give the output a name ending in .xlsx instead of "${f}".`,
  } satisfies Template<string>,
  imported: {
    vi: (p: { input: string; output: string; sheets: string; rows: number }) => `Đã nhập "${p.input}" vào ${p.output}: trang ${p.sheets}${p.rows ? `; bảng kế hoạch có ${p.rows} dòng` : "; không thấy bảng kế hoạch"}.`,
    en: (p: { input: string; output: string; sheets: string; rows: number }) => `Imported "${p.input}" into ${p.output}: sheet(s) ${p.sheets}${p.rows ? `; the plan table has ${p.rows} rows` : "; no plan table found"}.`,
  } satisfies Template<{ input: string; output: string; sheets: string; rows: number }>,
  needXlsxInput: { vi: "Thiếu tệp Excel cần xuất: khct export <ke-hoach.xlsx> -o ke-hoach.docx.", en: "Missing the Excel file to export: khct export <plan.xlsx> -o plan.docx." } satisfies Text,
  outputNotDocx: {
    vi: (f: string) => `Kế hoạch được xuất thành tệp Word: đặt tên tệp kết quả có đuôi .docx thay cho "${f}".`,
    en: (f: string) => `The plan is exported as a Word file: give the output a name ending in .docx instead of "${f}".`,
  } satisfies Template<string>,
  nothingToExport: {
    vi: (sheet: string) => `Không tìm thấy bảng kế hoạch hay báo cáo trong trang "${sheet}" để xuất; chỉ rõ trang bằng --sheet.`,
    en: (sheet: string) => `No plan or report table in sheet "${sheet}" to export; name the sheet with --sheet.`,
  } satisfies Template<string>,
  exported: {
    vi: (p: { input: string; output: string; sheet: string; rows: number; landscape: boolean }) =>
      `Đã xuất trang "${p.sheet}" của ${p.input} thành ${p.output}: ${p.rows} dòng bảng, khổ A4${p.landscape ? " (trang bảng nằm ngang)" : ""}.`,
    en: (p: { input: string; output: string; sheet: string; rows: number; landscape: boolean }) =>
      `Exported sheet "${p.sheet}" of ${p.input} as ${p.output}: ${p.rows} table rows, A4${p.landscape ? " (the table pages in landscape)" : ""}.`,
  } satisfies Template<{ input: string; output: string; sheet: string; rows: number; landscape: boolean }>,
  reportNeedsWorkbook: {
    vi: (f: string) => `khct report ghi báo cáo vào một tệp Excel: hãy nhập "${f}" trước bằng khct import, rồi lập báo cáo từ tệp .xlsx.`,
    en: (f: string) => `khct report writes the report into an Excel file: import "${f}" first with khct import, then report from the .xlsx.`,
  } satisfies Template<string>,
};
