/**
 * Words of self-evaluation tables, as data (like layouts/layouts.ts): header texts, marks and the
 * levels written in the one-column variant. Header patterns are matched against the text folded
 * to lower case without diacritics, parenthesised parts and a trailing colon removed.
 */
import { asciiKey, foldKey } from "../text/normalize";
import type { EvaluationRole } from "./types";

/** Header vocabulary, most specific first: the first pattern that matches decides the role. */
export const EVALUATION_HEADER_PATTERNS: [EvaluationRole, RegExp][] = [
  ["tt", /^(s\.?\s?tt|tt|so tt|thu tu)$/],
  ["mandatory", /^(tieu chi\s+)?bat buoc$/],
  ["criterion", /^(tieu chuan\s*[,/]?\s*(va\s+)?tieu chi|tieu chi|ten tieu chi|yeu cau|noi dung danh gia)$/],
  ["failed", /^(ket qua\s*:?\s*)?(khong dat|chua dat)$/],
  ["level1", /^(ket qua\s*:?\s*)?(dat\s*[:-]?\s*)?muc\s*1$/],
  ["level2", /^(ket qua\s*:?\s*)?(dat\s*[:-]?\s*)?muc\s*2$/],
  ["level3", /^(ket qua\s*:?\s*)?(dat\s*[:-]?\s*)?muc\s*3$/],
  ["passed", /^(ket qua\s*:?\s*)?dat$/],
  ["levelValue", /^(muc (do )?dat duoc|muc dat|muc danh gia|ket qua (tu )?danh gia|ket qua)$/],
  ["unmetContent", /^noi dung (khong|chua) dat/],
  ["metContent", /^noi dung (da )?dat/],
  ["notes", /^ghi chu/],
];

/** The level a result column stands for (0 = "Không đạt"). */
export const LEVEL_OF_ROLE: Partial<Record<EvaluationRole, number>> = { failed: 0, level1: 1, level2: 2, level3: 3 };

const MAX_HEADER_TEXT = 80;

/** The role a header text names, if any. */
export function evaluationRoleOf(text: string): EvaluationRole | undefined {
  if (text.length > MAX_HEADER_TEXT || /\d+[.,]\d+/.test(text)) return undefined;
  const key = asciiKey(text).replace(/\s*\([^)]*\)\s*/g, " ").replace(/[:*]+$/, "").trim();
  if (key === "") return undefined;
  for (const [role, re] of EVALUATION_HEADER_PATTERNS) if (re.test(key)) return role;
  return undefined;
}

/**
 * Texts in a result column that are not marks: staff write "-" or "0" for "no". Any other text
 * ("x", "X", "✓", "✔", "×", "☑", "v", "Đạt") is a mark.
 */
export const NOT_MARKS: readonly string[] = ["-", "0", "/", "không", "không có"];

export function isMark(text: string): boolean {
  const key = foldKey(text);
  return key !== "" && !NOT_MARKS.includes(key);
}

/** "(*)" or "bắt buộc" after a criterion's title marks it mandatory (TT57 tables). */
export function saysMandatory(text: string): boolean {
  return /\(\s*\*+\s*\)|\*$|bắt buộc/.test(foldKey(text));
}

const FAILED_VALUE = /^(không đạt|chưa đạt|kđ|0)$/;
const LEVEL_VALUE = /^(?:đạt\s*[:-]?\s*)?(?:mức|m)\s*(\d)$|^(\d)$/;

/** The level written in the one-column variant: "Mức 2", "Đạt mức 2", "M2", "2" → 2; "Không đạt" → 0. */
export function parseLevelValue(text: string): number | undefined {
  const key = foldKey(text).replace(/[.;]$/, "");
  if (FAILED_VALUE.test(key)) return 0;
  const m = LEVEL_VALUE.exec(key);
  return m ? Number(m[1] ?? m[2]) : undefined;
}
