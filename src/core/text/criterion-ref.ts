import { CRITERION_BULLET, CRITERION_CELL_FORMS, type CriterionForm } from "../layouts/criterion-forms";
import { memoText } from "./memo";
import { foldKey } from "./normalize";

/** How a cell wrote a criterion code: a form of the vocabulary, or what Excel made of the code. */
export type RefForm =
  | CriterionForm
  | "numeric" // a number Excel made of the code ("1.10" → 1.1)
  | "grouped" // a whole number Excel made of the code under digit grouping ("1.10" → 110)
  | "date"; // a date Excel made of the code ("1.2" → 1 February)

export interface CriterionRef {
  /** "1.10" */
  code: string;
  standard: number;
  index: number;
  form: RefForm;
}

/** A Mức 4 requirement: "Tiêu chí 2" / "Yêu cầu 2" under MỨC 4. */
export interface Level4Ref {
  index: number;
}

export function canonicalCode(code: string): string {
  return `Tiêu chí ${code}`;
}

const LEVEL4 = /^(?:tiêu chí|yêu cầu|tc)?\s*(\d{1,2})(?=\s|[:.)(-]|$)/;

function ref(standard: string | number, index: string | number, form: RefForm): CriterionRef {
  const s = Number(standard);
  const i = Number(index);
  return { code: `${s}.${i}`, standard: s, index: i, form };
}

function readForms(t: string, criterionColumn: boolean): CriterionRef | undefined {
  for (const f of CRITERION_CELL_FORMS) {
    if (!criterionColumn && !f.anywhere) continue;
    const m = f.pattern.exec(t);
    if (m?.groups) return ref(m.groups.s, m.groups.i, f.form);
  }
  return undefined;
}

/**
 * Reads a criterion code from a cell that may hold one outside the criterion column ("Tiêu chí 1.2",
 * "TC 1.2", "1.9"). Answers are remembered (plans repeat their codes); they must not be changed.
 */
export const parseCriterionText: (text: string) => CriterionRef | undefined = memoText((text) => readForms(foldKey(text), false));

/** Reads a criterion code from a criterion column cell: every form of the vocabulary, after a bullet. Answers are remembered. */
export const parseCriterionCell: (text: string) => CriterionRef | undefined = memoText((text) => readForms(foldKey(text).replace(CRITERION_BULLET, ""), true));

/**
 * Reads a code Excel stored as a number: 1.2 → "1.2". A number cannot say "1.10": Excel made 1.1
 * of it; callers decide from the neighbours (see `probablyTen`).
 */
export function parseCriterionNumber(n: number): CriterionRef | undefined {
  if (!Number.isFinite(n) || n <= 0 || n >= 100) return undefined;
  const s = String(Math.round(n * 100) / 100);
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(s);
  if (!m) return undefined;
  return ref(m[1], m[2], "numeric");
}

/**
 * The codes a whole number may stand for when Excel read a typed code under digit grouping ("." as
 * the thousands separator): 110 ← "1.10", 11 ← "1.1", 111 ← "1.11" or "11.1". Which one is meant
 * depends on the standard set (see `resolveGroupedCodes`).
 */
export function groupedCodeCandidates(n: number): string[] {
  if (!Number.isInteger(n) || n < 10 || n > 9999) return [];
  const digits = String(n);
  const out: string[] = [];
  for (let k = 1; k < digits.length; k++) {
    const [s, i] = [digits.slice(0, k), digits.slice(k)];
    if (i.startsWith("0") || Number(s) > 99 || Number(i) > 99) continue;
    out.push(`${s}.${i}`);
  }
  return out;
}

/** A code read from a grouped number, once the standard set says which candidate it is. */
export function groupedRef(code: string): CriterionRef {
  const [s, i] = code.split(".");
  return ref(s, i, "grouped");
}

/** A code Excel made into a date ("1.2" typed where "." separates day and month → 1 February). */
export function parseCriterionDate(day: number, month: number): CriterionRef {
  return ref(day, month, "date");
}

/** Reads "Tiêu chí 2", "Yêu cầu 2", "2" (the requirements listed under MỨC 4). */
export function parseLevel4Text(text: string): Level4Ref | undefined {
  const t = foldKey(text);
  if (parseCriterionText(text)) return undefined;
  const m = LEVEL4.exec(t);
  return m ? { index: Number(m[1]) } : undefined;
}

const IN_PROSE = /\b(?:tiêu chí|tc)\s*(\d{1,2})\s*[.,]\s*(\d{1,2})(?![\d]|[.,]\d)/g;

/**
 * Codes cited inside prose (TT57 plans: "Tiêu chí 1.4: …", "TC 1.4 và TC 2.1"). Only codes after
 * "Tiêu chí"/"TC" count: "2024-2025" and "2.1 tỷ" are not codes.
 */
export function findCriterionRefsInProse(text: string): CriterionRef[] {
  const t = foldKey(text);
  const out: CriterionRef[] = [];
  IN_PROSE.lastIndex = 0;
  for (let m = IN_PROSE.exec(t); m; m = IN_PROSE.exec(t)) {
    out.push(ref(m[1], m[2], m[0].startsWith("tc") ? "short" : "canonical"));
    // "Tiêu chí 1.3, 1.4": codes listed after the first one
    const rest = /^(?:\s*(?:,|;|và|\/)\s*(\d{1,2})\s*[.]\s*(\d{1,2})(?![\d]))+/.exec(t.slice(IN_PROSE.lastIndex));
    if (rest) {
      for (const more of rest[0].matchAll(/(\d{1,2})\s*\.\s*(\d{1,2})/g)) out.push(ref(more[1], more[2], "bare"));
    }
  }
  return out;
}

/** Codes in a column meant for criteria ("1.3, 1.4", "Tiêu chí 1.3; TC 1.4"). */
export function findCriterionRefsInList(text: string): CriterionRef[] {
  const t = foldKey(text);
  const out: CriterionRef[] = [];
  for (const m of t.matchAll(/(?:(tiêu chí|tc|tiêu chuẩn)\s*)?(?<![\d.,])(\d{1,2})\s*\.\s*(\d{1,2})(?![\d])/g)) {
    const form: RefForm = m[1] === "tiêu chuẩn" ? "standard-word" : m[1] === "tc" ? "short" : m[1] ? "canonical" : "bare";
    out.push(ref(m[2], m[3], form));
  }
  return out;
}
