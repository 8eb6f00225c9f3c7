import { isValidDate, serialOf } from "./dates";
import { isValidFormula, type Scalar } from "./formula";
import { LOCALES, type Locale } from "./locale";

/**
 * What Excel stores when a string is written to `range.values` or `range.formulas`: it is read as if
 * typed into the cell, by the regional settings. "=…" is a formula; numbers (with the locale's
 * decimal and grouping marks), percentages, dates and times become numbers with a number format;
 * "TRUE" a boolean; "-x"/"+x" that parse as formulas become formulas ("- Tham mưu" → #NAME?); a
 * leading apostrophe marks text and is dropped. In a cell formatted as text ("@") a string stays
 * exactly what was written (apart from that apostrophe).
 */
export interface Entry {
  value: Scalar;
  formula: string | null;
  /** a number format Excel gives the cell when it was General ("m/d/yyyy", "0%", "#,##0" …) */
  numberFormat?: string;
}

/** Thrown for "=…" input Excel refuses as a formula. */
export class InvalidFormulaInput extends Error {}

const TEXT = (s: string): Entry => ({ value: s, formula: null });

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * `lenient`: digit groups of any length, as a third-party report says some Excel builds read typed
 * numbers under a digit-grouping locale ("1.10" → 110 and "1.1" → 11 on vi-VN); strict Excel wants
 * groups of three.
 */
function parseNumber(s: string, locale: Locale, lenient: boolean): Entry | null {
  const { decimal, group } = LOCALES[locale];
  const d = escapeRe(decimal);
  const g = escapeRe(group);
  const groups = lenient ? `\\d+(?:${g}\\d+)+` : `\\d{1,3}(?:${g}\\d{3})+`;
  const m = new RegExp(`^([+-]?)((?:${groups})|\\d+)(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`).exec(s);
  if (!m) return null;
  const [, sign, whole, fraction, exponent, percent] = m;
  const grouped = whole.includes(group);
  let n = Number(`${sign}${whole.split(group).join("")}${fraction ? `.${fraction}` : ""}${exponent ? `e${exponent}` : ""}`);
  if (!Number.isFinite(n)) return null;
  if (percent) {
    n = n / 100;
    return { value: n, formula: null, numberFormat: fraction ? `0.${"0".repeat(fraction.length)}%` : "0%" };
  }
  if (exponent) return { value: n, formula: null, numberFormat: "0.00E+00" };
  if (grouped) return { value: n, formula: null, numberFormat: fraction ? "#,##0.00" : "#,##0" };
  return { value: n, formula: null };
}

function year(y: string): number {
  const n = Number(y);
  return y.length === 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

function parseDate(s: string, locale: Locale, today: { year: number }): Entry | null {
  const dayFirst = LOCALES[locale].dayFirst;
  const date = (y: number, m: number, d: number, numberFormat: string): Entry | null => (isValidDate(y, m, d) ? { value: serialOf(y, m, d), formula: null, numberFormat } : null);
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})$/.exec(s);
  if (m) return dayFirst ? date(year(m[3]), Number(m[2]), Number(m[1]), "m/d/yyyy") : date(year(m[3]), Number(m[1]), Number(m[2]), "m/d/yyyy");
  m = /^(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) {
    const shortDate = dayFirst ? date(today.year, Number(m[2]), Number(m[1]), "d-mmm") : date(today.year, Number(m[1]), Number(m[2]), "d-mmm");
    if (shortDate) return shortDate;
  }
  m = /^(\d{1,2})[/-](\d{4})$/.exec(s);
  if (m) return date(Number(m[2]), Number(m[1]), 1, "mmm-yy");
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]), "m/d/yyyy");
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(s);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60) {
    return { value: (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86400, formula: null, numberFormat: m[3] ? "h:mm:ss" : "h:mm" };
  }
  return null;
}

/** Reads `input` as Excel reads a typed entry. `textCell`: the cell's number format is "@"; `lenient`: see parseNumber. */
export function readTypedEntry(input: string, locale: Locale, textCell: boolean, today: { year: number }, lenient = false): Entry {
  if (input.startsWith("'")) return TEXT(input.slice(1));
  if (textCell || input === "") return TEXT(input);
  if (input.startsWith("=")) {
    if (input.length > 1 && !isValidFormula(input)) throw new InvalidFormulaInput(input);
    return input.length > 1 ? { value: null, formula: input } : TEXT(input);
  }
  const trimmed = input.trim();
  const number = parseNumber(trimmed, locale, lenient);
  if (number) return number;
  const date = parseDate(trimmed, locale, today);
  if (date) return date;
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE", formula: null };
  if (/^[+-]/.test(input) && isValidFormula(`=${input}`)) return { value: null, formula: `=${input}` };
  return TEXT(input);
}
