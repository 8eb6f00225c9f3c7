/**
 * Why a Word file cannot be read, and what to do about it: one sentence each, Vietnamese first,
 * shared by the CLI and the task pane. And where a finding sits in a Word file.
 */
import type { Lang } from "../core/rules/types";
import type { DocxFacts, DocxFailure } from "../docx/read-errors";

type Sentence = Record<Lang, (file: string, facts: DocxFacts) => string>;

/** 100000 → "100.000" (vi) or "100,000" (en). */
const count = (n: number | undefined, lang: Lang) => (n ?? 0).toLocaleString(lang === "vi" ? "vi-VN" : "en-US");

/** Sentences for what the Word reader refuses (a file missing or not a file is the CLI's to say). */
export const WORD_FAILURES = {
  "too-large": {
    vi: (f) => `Tệp "${f}" lớn hơn 50 MB, vượt giới hạn KHCT đọc được; hãy xóa bớt hình ảnh không cần thiết trong tài liệu rồi lưu lại.`,
    en: (f) => `"${f}" is larger than 50 MB, over the limit KHCT reads; remove the images the document does not need and save it again.`,
  },
  "doc-or-encrypted": {
    vi: (f) => `"${f}" là tệp Word 97-2003 (.doc) hoặc có đặt mật khẩu: hãy mở bằng Word, bỏ mật khẩu nếu có và lưu lại dưới dạng .docx (Tệp › Lưu thành › Tài liệu Word).`,
    en: (f) => `"${f}" is a Word 97-2003 (.doc) file or is password-protected: open it in Word, remove any password and save it as .docx (File › Save As › Word Document).`,
  },
  "not-docx": {
    vi: (f) => `"${f}" không phải tệp Word .docx đọc được (có thể là tệp RTF hoặc trang web lưu với đuôi .doc, hoặc tệp bị hỏng): hãy mở bằng Word và lưu lại dưới dạng .docx.`,
    en: (f) => `"${f}" is not a readable Word .docx file (it may be an RTF file or a web page saved as .doc, or a damaged file): open it in Word and save it as .docx.`,
  },
  "too-many-parts": {
    vi: (f, x) => `Tệp "${f}" chứa ${count(x.count, "vi")} phần nén bên trong (giới hạn ${count(x.limit, "vi")}), không giống một tệp Word bình thường: KHCT không mở. Hãy mở bằng Word và lưu lại dưới dạng .docx.`,
    en: (f, x) => `"${f}" holds ${count(x.count, "en")} compressed parts (the limit is ${count(x.limit, "en")}), unlike any Word file: KHCT does not open it. Open it in Word and save it as .docx.`,
  },
  "unzipped-too-large": {
    vi: (f, x) =>
      `Tệp "${f}" khi giải nén quá lớn (${x.part ? `phần "${x.part}"${x.megabytes ? ` ${count(x.megabytes, "vi")} MB` : ""}, giới hạn ${x.limit} MB mỗi phần` : `tổng các phần, giới hạn ${x.limit} MB`}): có thể là tệp hỏng hoặc tệp nén bất thường, KHCT không mở. Hãy mở bằng Word, xóa các hình ảnh không cần thiết rồi lưu lại.`,
    en: (f, x) =>
      `"${f}" is too large once unzipped (${x.part ? `part "${x.part}"${x.megabytes ? ` ${count(x.megabytes, "en")} MB` : ""}, the limit is ${x.limit} MB per part` : `all parts together, the limit is ${x.limit} MB`}): it may be damaged or an unusual archive, so KHCT does not open it. Open it in Word, delete the images it does not need and save it again.`,
  },
  "too-many-rows": {
    vi: (f, x) => `Các bảng của tệp "${f}" có ${count(x.count, "vi")} hàng, quá ${count(x.limit, "vi")} hàng KHCT đọc được; hãy xóa các hàng trống hoặc tách tài liệu.`,
    en: (f, x) => `The tables of "${f}" hold ${count(x.count, "en")} rows, more than the ${count(x.limit, "en")} rows KHCT reads; delete the empty rows or split the document.`,
  },
  "too-many-cells": {
    vi: (f, x) => `Các bảng của tệp "${f}" có quá nhiều ô (trên ${count(x.limit, "vi")}), vượt giới hạn KHCT đọc được; hãy xóa các hàng, cột trống hoặc tách tài liệu.`,
    en: (f, x) => `The tables of "${f}" hold too many cells (over ${count(x.limit, "en")}), over the limit KHCT reads; delete the empty rows and columns or split the document.`,
  },
} satisfies Record<Exclude<DocxFailure, "missing" | "not-a-file">, Sentence>;

/** "bảng 2, hàng 5, cột 3" — where a finding is in the Word document (a nested table as "bảng 3 › 1"). */
export const WORD_PLACE = {
  vi: (s: { table: number | number[]; row: number; column: number }) => `Trong tệp Word: bảng ${[s.table].flat().join(" › ")}, hàng ${s.row}, cột ${s.column}.`,
  en: (s: { table: number | number[]; row: number; column: number }) => `In the Word file: table ${[s.table].flat().join(" › ")}, row ${s.row}, column ${s.column}.`,
};
