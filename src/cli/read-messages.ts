import type { Lang } from "../core/rules/types";
import type { ReadFacts, ReadFailure } from "../xlsx/read-errors";

type Sentence = Record<Lang, (file: string, facts: ReadFacts) => string>;

/** 100000 → "100.000" (vi) or "100,000" (en). */
export function formatCount(n: number | undefined, lang: Lang): string {
  return (n ?? 0).toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
}

const CTRL_END = {
  vi: "nếu bảng nhỏ hơn thế, có ô bị gõ nhầm ở xa bảng: nhấn Ctrl+End để đến ô đó, xóa các hàng và cột thừa rồi lưu lại",
  en: "if the table is smaller, a stray cell lies far from it: press Ctrl+End to reach it, delete the extra rows and columns and save the file",
};

/** Why a file cannot be read, and what to do about it: one sentence each. */
export const READ_FAILURES = {
  missing: { vi: (f) => `Không tìm thấy tệp "${f}".`, en: (f) => `File not found: "${f}".` },
  "not-a-file": { vi: (f) => `"${f}" không phải là một tệp.`, en: (f) => `"${f}" is not a file.` },
  "too-large": {
    vi: (f) => `Tệp "${f}" lớn hơn 50 MB, vượt giới hạn KHCT đọc được; hãy xóa bớt hình ảnh hoặc trang không cần thiết rồi lưu lại.`,
    en: (f) => `"${f}" is larger than 50 MB, over the limit KHCT reads; remove images or sheets it does not need and save it again.`,
  },
  "xls-or-encrypted": {
    vi: (f) => `"${f}" là tệp Excel 97-2003 (.xls) hoặc có đặt mật khẩu: hãy mở bằng Excel, bỏ mật khẩu nếu có và lưu lại dưới dạng .xlsx.`,
    en: (f) => `"${f}" is an Excel 97-2003 (.xls) file or is password-protected: open it in Excel, remove any password and save it as .xlsx.`,
  },
  "not-xlsx": {
    vi: (f) => `"${f}" không phải tệp Excel .xlsx đọc được: hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    en: (f) => `"${f}" is not a readable Excel .xlsx file: open it in Excel and save it as .xlsx.`,
  },
  "too-many-cells": {
    vi: (f, x) => `Tệp "${f}" có quá nhiều ô (trên ${formatCount(x.limit, "vi")}, tính từ ô đầu đến ô cuối có dữ liệu của mỗi trang; trang "${x.sheet}" trải trên vùng ${x.range}), vượt giới hạn KHCT đọc được; ${CTRL_END.vi}.`,
    en: (f, x) => `"${f}" has too many cells (over ${formatCount(x.limit, "en")}, counted from the first to the last cell holding data on each sheet; sheet "${x.sheet}" spans ${x.range}), over the limit KHCT reads; ${CTRL_END.en}.`,
  },
  "too-many-rows": {
    vi: (f, x) => `Trang "${x.sheet}" của tệp "${f}" có dữ liệu trên ${formatCount(x.count, "vi")} hàng (vùng ${x.range}), quá ${formatCount(x.limit, "vi")} hàng KHCT đọc được; ${CTRL_END.vi}.`,
    en: (f, x) => `Sheet "${x.sheet}" of "${f}" holds data over ${formatCount(x.count, "en")} rows (${x.range}), more than the ${formatCount(x.limit, "en")} rows KHCT reads; ${CTRL_END.en}.`,
  },
  "too-many-parts": {
    vi: (f, x) => `Tệp "${f}" chứa ${formatCount(x.count, "vi")} phần nén bên trong (giới hạn ${formatCount(x.limit, "vi")}), không giống một tệp Excel bình thường: KHCT không mở. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx.`,
    en: (f, x) => `"${f}" holds ${formatCount(x.count, "en")} compressed parts (the limit is ${formatCount(x.limit, "en")}), unlike any Excel file: KHCT does not open it. Open it in Excel and save it as .xlsx.`,
  },
  "unzipped-too-large": {
    vi: (f, x) =>
      `Tệp "${f}" khi giải nén quá lớn (${x.part ? `phần "${x.part}"${x.megabytes ? ` ${formatCount(x.megabytes, "vi")} MB` : ""}, giới hạn ${x.limit} MB mỗi phần` : `tổng các phần, giới hạn ${x.limit} MB`}): có thể là tệp hỏng hoặc tệp nén bất thường, KHCT không mở. Hãy mở bằng Excel, xóa các trang và hình ảnh không cần thiết rồi lưu lại.`,
    en: (f, x) =>
      `"${f}" is too large once unzipped (${x.part ? `part "${x.part}"${x.megabytes ? ` ${formatCount(x.megabytes, "en")} MB` : ""}, the limit is ${x.limit} MB per part` : `all parts together, the limit is ${x.limit} MB`}): it may be damaged or an unusual archive, so KHCT does not open it. Open it in Excel, delete the sheets and images it does not need and save it again.`,
  },
} satisfies Record<ReadFailure, Sentence>;

