import { foldKey } from "./normalize";

/** How a cell wrote a criterion code. */
export type RefForm =
  | "canonical" // "Tiêu chí 1.2" (also "Tiêu chí 1.2: …")
  | "short" // "TC 1.2"
  | "bare" // "1.9" stored as text
  | "decimal-comma" // "1,2" stored as text
  | "standard-word" // "Tiêu chuẩn 3.3" where criterion 3.3 is meant
  | "numeric" // a number Excel made of the code ("1.10" → 1.1)
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

const WORD_CRITERION = /^(tiêu chí|tc)\s*(\d{1,2})\s*[.,]\s*(\d{1,2})(?![\d.,]*\d)/;
const WORD_STANDARD_AS_CRITERION = /^tiêu chuẩn\s*(\d{1,2})\s*[.,]\s*(\d{1,2})(?!\d)/;
const BARE = /^(\d{1,2})\s*([.,])\s*(\d{1,2})\s*[:.]?$/;
const LEVEL4 = /^(?:tiêu chí|yêu cầu|tc)?\s*(\d{1,2})(?=\s|[:.)(-]|$)/;

function ref(standard: string | number, index: string | number, form: RefForm): CriterionRef {
  const s = Number(standard);
  const i = Number(index);
  return { code: `${s}.${i}`, standard: s, index: i, form };
}

/** Reads a criterion code from the text of a criterion cell. */
export function parseCriterionText(text: string): CriterionRef | undefined {
  const t = foldKey(text);
  let m = WORD_CRITERION.exec(t);
  if (m) return ref(m[2], m[3], m[1] === "tc" ? "short" : "canonical");
  m = WORD_STANDARD_AS_CRITERION.exec(t);
  if (m) return ref(m[1], m[2], "standard-word");
  m = BARE.exec(t);
  if (m) return ref(m[1], m[3], m[2] === "," ? "decimal-comma" : "bare");
  return undefined;
}

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
