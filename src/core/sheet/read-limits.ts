import type { Bilingual, Lang } from "../rules/types";

/**
 * How much of a workbook KHCT reads, the same for the `khct` command and the add-in: 100,000 rows
 * from a sheet's first to its last row holding a value, 3,000,000 cells in the used ranges of the
 * sheets read. A school's plan is a few hundred rows; past these limits there is a stray cell far
 * from the table (Ctrl+End finds it), and the sentence says so.
 */
export const READ_LIMITS = {
  /** rows per sheet, from the first to the last row holding a value */
  rows: 100_000,
  /** cells of the used ranges, all sheets read */
  cells: 3_000_000,
};

/** What the sentence about a sheet too large can name. */
export interface SizeFacts {
  sheet?: string;
  /** the used range ("A1:XFD300") */
  range?: string;
  /** rows or cells counted */
  count?: number;
  limit?: number;
}

export type SizeRefusal = "too-many-cells" | "too-many-rows";

/** 100000 → "100.000" (vi) or "100,000" (en). */
export function formatCount(n: number | undefined, lang: Lang): string {
  return (n ?? 0).toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
}

const CTRL_END = {
  vi: "nếu bảng nhỏ hơn thế, có ô bị gõ nhầm ở xa bảng: nhấn Ctrl+End để đến ô đó, xóa các hàng và cột thừa rồi lưu lại",
  en: "if the table is smaller, a stray cell lies far from it: press Ctrl+End to reach it, delete the extra rows and columns and save the file",
};

/** The sentence refusing a workbook too large to read (`file`: its name). */
export const SIZE_REFUSALS: Record<SizeRefusal, Record<Lang, (file: string, facts: SizeFacts) => string>> = {
  "too-many-cells": {
    vi: (f, x) => `Tệp "${f}" có quá nhiều ô (trên ${formatCount(x.limit, "vi")}, tính từ ô đầu đến ô cuối có dữ liệu của mỗi trang; trang "${x.sheet}" trải trên vùng ${x.range}), vượt giới hạn KHCT đọc được; ${CTRL_END.vi}.`,
    en: (f, x) => `"${f}" has too many cells (over ${formatCount(x.limit, "en")}, counted from the first to the last cell holding data on each sheet; sheet "${x.sheet}" spans ${x.range}), over the limit KHCT reads; ${CTRL_END.en}.`,
  },
  "too-many-rows": {
    vi: (f, x) => `Trang "${x.sheet}" của tệp "${f}" có dữ liệu trên ${formatCount(x.count, "vi")} hàng (vùng ${x.range}), quá ${formatCount(x.limit, "vi")} hàng KHCT đọc được; ${CTRL_END.vi}.`,
    en: (f, x) => `Sheet "${x.sheet}" of "${f}" holds data over ${formatCount(x.count, "en")} rows (${x.range}), more than the ${formatCount(x.limit, "en")} rows KHCT reads; ${CTRL_END.en}.`,
  },
};

/** The refusal as one bilingual message. */
export function sizeRefusal(kind: SizeRefusal, file: string, facts: SizeFacts): Bilingual {
  return { vi: SIZE_REFUSALS[kind].vi(file, facts), en: SIZE_REFUSALS[kind].en(file, facts) };
}

/** The first limit the used ranges of the sheets read pass, if any (sheets in reading order). */
export function sizeOverLimits(sheets: { sheet: string; range: string; rows: number; cells: number }[]): { kind: SizeRefusal; facts: SizeFacts } | null {
  let cells = 0;
  for (const s of sheets) {
    if (s.rows > READ_LIMITS.rows) return { kind: "too-many-rows", facts: { sheet: s.sheet, range: s.range, count: s.rows, limit: READ_LIMITS.rows } };
    cells += s.cells;
    if (cells > READ_LIMITS.cells) return { kind: "too-many-cells", facts: { sheet: s.sheet, range: s.range, count: cells, limit: READ_LIMITS.cells } };
  }
  return null;
}
