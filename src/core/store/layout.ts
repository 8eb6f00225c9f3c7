/**
 * The very hidden sheet KHCT keeps its data in. One row per record; column A says what the row is
 * ("profile", "mark", "fix") and a header row before each kind names its columns, so a person (or
 * a program) reading the sheet can follow it. Rows whose column A is anything else are ignored.
 */
export const STORE_SHEET = "KHCT_DATA";
export const STORE_FORMAT_VERSION = 1;

export const STORE_TITLE = [
  "KHCT",
  "Dữ liệu của phần bổ trợ KHCT (hồ sơ trường, ô được đánh dấu, các lần sửa). Xin đừng sửa hay xoá trang này.",
  "KHCT add-in data (school profile, marked cells, fixes). Please do not edit or delete this sheet.",
  "format",
  STORE_FORMAT_VERSION,
] as const;

/** Column names of each kind of row, after column A. */
export const STORE_COLUMNS = {
  profile: ["key", "value"],
  mark: ["cell", "sheet", "address", "rules", "originalFill", "markFill", "note"],
  fix: ["id", "cell", "sheet", "address", "rule", "beforeValue", "beforeFormula", "beforeFormat", "after", "at"],
} as const;

export type StoreKind = keyof typeof STORE_COLUMNS;

export const STORE_WIDTH = 1 + Math.max(...Object.values(STORE_COLUMNS).map((c) => c.length));

/** 0-based column of a field of a kind of row (column A is 0). */
export function storeColumn<K extends StoreKind>(kind: K, field: (typeof STORE_COLUMNS)[K][number]): number {
  return 1 + (STORE_COLUMNS[kind] as readonly string[]).indexOf(field);
}
