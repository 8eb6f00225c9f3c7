import type { Lang } from "../core/rules/types";
import { formatCount, SIZE_REFUSALS } from "../core/sheet/read-limits";

export { formatCount };
import type { ReadFacts, ReadFailure } from "../xlsx/read-errors";

type Sentence = Record<Lang, (file: string, facts: ReadFacts) => string>;

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
  // the same sentences as the add-in's (core/sheet/read-limits)
  "too-many-cells": SIZE_REFUSALS["too-many-cells"],
  "too-many-rows": SIZE_REFUSALS["too-many-rows"],
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

