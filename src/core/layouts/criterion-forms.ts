/**
 * How staff write a criterion code in a cell, as data. The text is folded first (lower case, one
 * space for any run of spaces or line breaks, "-" for any dash). In the criterion column a leading
 * bullet is set aside, then the forms are tried in order: the first that matches gives the code
 * (named groups `s`, the standard, and `i`, the criterion's number within it). Forms marked
 * `anywhere` are also read in other cells that may hold a code (the TT column, the row's first
 * cell); the others only in the criterion column, where "1.5 - Khối lớp" cannot be a task.
 */
export type CriterionForm =
  | "canonical" // "Tiêu chí 1.2"
  | "short" // "TC 1.2"
  | "ordinal" // "Tiêu chí 7 (1.7)": the ordinal in the standard, the code in brackets
  | "standard-word" // "Tiêu chuẩn 3.3" where criterion 3.3 is meant
  | "bare" // "1.9"
  | "decimal-comma" // "1,2"
  | "titled"; // "1.5 - Khối lớp …": a bare code followed by the criterion's title

export interface CriterionCellForm {
  form: CriterionForm;
  pattern: RegExp;
  /** also read outside the criterion column */
  anywhere: boolean;
  /** cells as staff write them (each is tested on a plan row) */
  examples: string[];
}

/** Bullets and dashes staff put before a criterion: "- Tiêu chí 1.3", "+ …", "• …", "* …". */
export const CRITERION_BULLET = /^[-+*•·▪◦○●■□➢]+\s*/u;

const CODE = String.raw`(?<s>\d{1,2})\s*[.,]\s*(?<i>\d{1,2})`;
/** the code ends here: not "1.10" read as "1.1", not "1.2.3" */
const CODE_END = String.raw`(?![\d.,]*\d)`;

export const CRITERION_CELL_FORMS: readonly CriterionCellForm[] = [
  {
    form: "ordinal",
    pattern: new RegExp(String.raw`^(?:tiêu chí|tc)\s*\d{1,2}\s*[(\[]\s*(?:(?:tiêu chí|tc)\s*)?${CODE}\s*[)\]]`, "u"),
    anywhere: false,
    examples: ["Tiêu chí 7 (1.7)", "Tiêu chí 2 (TC 3.2): Thiết bị dạy học"],
  },
  {
    form: "canonical",
    pattern: new RegExp(String.raw`^tiêu chí\s*${CODE}${CODE_END}`, "u"),
    anywhere: true,
    examples: ["Tiêu chí 1.2", "TIÊU CHÍ 1.2", "tiêu chí1.8", "Tiêu chí 1.2.", "Tiêu chí 1.10: Đảm bảo an ninh trật tự", "Tiêu chí 1.5\nKhối lớp và tổ chức lớp học", "- Tiêu chí 1.3: Tổ chức Đảng", "+ Tiêu chí 1.4", "• Tiêu chí 2.1", "* Tiêu chí 3.3"],
  },
  { form: "short", pattern: new RegExp(String.raw`^tc\s*${CODE}${CODE_END}`, "u"), anywhere: true, examples: ["TC 1.2", "TC1.6"] },
  { form: "standard-word", pattern: new RegExp(String.raw`^tiêu chuẩn\s*${CODE}(?!\d)`, "u"), anywhere: true, examples: ["Tiêu chuẩn 3.3"] },
  { form: "bare", pattern: /^(?<s>\d{1,2})\s*\.\s*(?<i>\d{1,2})\s*[:.]?$/u, anywhere: true, examples: ["1.9", "1.10", "1.9."] },
  { form: "decimal-comma", pattern: /^(?<s>\d{1,2})\s*,\s*(?<i>\d{1,2})\s*[:.]?$/u, anywhere: true, examples: ["1,2"] },
  {
    form: "titled",
    pattern: new RegExp(String.raw`^${CODE}(?:\s*[:-]|\.?\s+(?=\p{L}))`, "u"),
    anywhere: false,
    examples: ["1.5 - Khối lớp, tổ chuyên môn", "1.5: Khối lớp", "5.5 -", "1.5\nKhối lớp", "3.1. Khuôn viên, sân chơi"],
  },
];

/**
 * A criterion column cell that means to name a criterion even when its code cannot be read:
 * it starts with a criterion word, a bullet or a digit ("Tiêu chí 1.a", "- 1.x", "1 .2a").
 */
export const CRITERION_CELL_START = /^(?:tiêu chí|tc)(?![\p{L}])|^[-+*•·▪◦○●■□➢]|^\d/u;
