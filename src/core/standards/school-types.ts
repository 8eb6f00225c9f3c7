/**
 * School types as the CLI and the pane name them, with the words schools use for them.
 * Data, not logic: `names` must match `schoolTypes` in standard-sets.json; `tokens` are
 * matched as whole words in a school's name, document number and title.
 */
export interface SchoolType {
  id: "mn" | "th" | "thcs" | "thpt" | "th-thcs" | "thcs-thpt" | "gdtx";
  /** names used in standard-sets.json `schoolTypes` */
  names: string[];
  /** abbreviations and words that identify it, most specific first */
  tokens: string[];
  /** default governing body since 1 July 2025 (two-level local government) */
  governingBody: string;
  vi: string;
  en: string;
}

export const SCHOOL_TYPES: SchoolType[] = [
  { id: "th-thcs", names: ["Phổ thông có nhiều cấp học"], tokens: ["th&thcs", "th & thcs", "th-thcs", "th và thcs", "tiểu học và trung học cơ sở"], governingBody: "UBND XÃ/PHƯỜNG …", vi: "Tiểu học và THCS", en: "Primary and lower secondary" },
  { id: "thcs-thpt", names: ["Phổ thông có nhiều cấp học"], tokens: ["thcs&thpt", "thcs & thpt", "thcs-thpt", "thcs và thpt", "trung học cơ sở và trung học phổ thông"], governingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO …", vi: "THCS và THPT", en: "Lower and upper secondary" },
  { id: "gdtx", names: ["Giáo dục thường xuyên"], tokens: ["gdtx", "gdnn-gdtx", "gdnn - gdtx", "giáo dục thường xuyên"], governingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO …", vi: "Giáo dục thường xuyên", en: "Continuing education" },
  { id: "thpt", names: ["Trung học phổ thông"], tokens: ["thpt", "trung học phổ thông"], governingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO …", vi: "Trung học phổ thông", en: "Upper secondary" },
  { id: "thcs", names: ["Trung học cơ sở"], tokens: ["thcs", "trung học cơ sở"], governingBody: "UBND XÃ/PHƯỜNG …", vi: "Trung học cơ sở", en: "Lower secondary" },
  { id: "th", names: ["Tiểu học"], tokens: ["th", "tiểu học"], governingBody: "UBND XÃ/PHƯỜNG …", vi: "Tiểu học", en: "Primary" },
  { id: "mn", names: ["Mầm non"], tokens: ["mn", "mg", "mầm non", "mẫu giáo", "nhà trẻ"], governingBody: "UBND XÃ/PHƯỜNG …", vi: "Mầm non", en: "Preschool" },
];

export type SchoolTypeId = SchoolType["id"];

/** The order people list school types in (SCHOOL_TYPES is in matching order, most specific first). */
export const SCHOOL_TYPE_ORDER: readonly SchoolTypeId[] = ["mn", "th", "thcs", "thpt", "th-thcs", "thcs-thpt", "gdtx"];

export function schoolTypeById(id: string): SchoolType | undefined {
  return SCHOOL_TYPES.find((t) => t.id === id);
}
