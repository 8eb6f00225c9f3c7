import { isDateFormat } from "../../src/core/sheet/snapshot";
import { partsOf } from "./dates";
import type { Scalar } from "./formula";
import { LOCALES, type Locale } from "./locale";

/** What Excel shows for a value under a number format (`range.text`), by the regional settings. */

function withDecimal(s: string, locale: Locale): string {
  return s.replace(".", LOCALES[locale].decimal);
}

/** "1.23E+11": mantissa with `digits` decimals (trailing zeros dropped when `trim`), two-digit exponent. */
function scientific(n: number, digits: number, trim: boolean): string {
  const [mantissa, exponent] = n.toExponential(digits).split("e");
  const sign = exponent.startsWith("-") ? "-" : "+";
  return `${trim ? String(Number(mantissa)) : mantissa}E${sign}${exponent.replace(/^[+-]/, "").padStart(2, "0")}`;
}

function general(n: number, locale: Locale): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const big = Math.abs(n) >= 1e11 || (Math.abs(n) < 1e-9 && n !== 0);
  return withDecimal(big ? scientific(n, 5, true) : String(Number(n.toPrecision(10))), locale);
}

function grouped(n: number, decimals: number, locale: Locale): string {
  const { group } = LOCALES[locale];
  const [whole, fraction] = Math.abs(n).toFixed(decimals).split(".");
  const withGroups = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${n < 0 ? "-" : ""}${withGroups}${fraction ? LOCALES[locale].decimal + fraction : ""}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** Date and time codes: d dd ddd? m mm mmm mmmm yy yyyy h hh mm ss (m after h or before s is minutes). */
function formatDate(serial: number, format: string, locale: Locale): string {
  const rules = LOCALES[locale];
  if (format === "m/d/yyyy") format = rules.dayFirst ? "dd/mm/yyyy" : "m/d/yyyy"; // the system short date
  const p = partsOf(serial);
  const code = format.replace(/\[[^\]]*\]/g, "");
  let out = "";
  let lastWasHour = false;
  for (let i = 0; i < code.length; ) {
    const rest = code.slice(i);
    const run = /^(y+|m+|d+|h+|s+)/i.exec(rest);
    if (run) {
      const t = run[1].toLowerCase();
      const c = t[0];
      const minutes = c === "m" && t.length <= 2 && (lastWasHour || /^m+[^a-z]*s/i.test(rest));
      if (c === "y") out += t.length <= 2 ? pad(p.year % 100, 2) : String(p.year);
      else if (c === "d") out += t.length === 1 ? String(p.day) : pad(p.day, 2);
      else if (c === "h") out += t.length === 1 ? String(p.hours) : pad(p.hours, 2);
      else if (c === "s") out += pad(p.seconds, 2);
      else if (minutes) out += pad(p.minutes, 2);
      else out += t.length === 1 ? String(p.month) : t.length === 2 ? pad(p.month, 2) : t.length === 3 ? rules.months[p.month - 1] : rules.fullMonths[p.month - 1];
      lastWasHour = c === "h";
      i += t.length;
    } else if (rest[0] === '"') {
      const end = rest.indexOf('"', 1);
      out += rest.slice(1, end < 0 ? undefined : end);
      i += end < 0 ? rest.length : end + 1;
    } else if (rest[0] === "\\") {
      out += rest[1] ?? "";
      i += 2;
    } else {
      out += rest[0];
      i++;
    }
  }
  return out;
}

export function displayText(value: Scalar, format: string, locale: Locale): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (format === "@" || format === "General") return general(value, locale);
  if (isDateFormat(format)) return formatDate(value, format, locale);
  let m = /^0(?:\.(0+))?%$/.exec(format);
  if (m) return withDecimal((value * 100).toFixed(m[1]?.length ?? 0), locale) + "%";
  m = /^#,##0(?:\.(0+))?$/.exec(format);
  if (m) return grouped(value, m[1]?.length ?? 0, locale);
  m = /^0(?:\.(0+))?$/.exec(format);
  if (m) return withDecimal(value.toFixed(m[1]?.length ?? 0), locale);
  m = /^0(?:\.(0+))?E\+00$/.exec(format);
  if (m) return withDecimal(scientific(value, m[1]?.length ?? 0, false), locale);
  return general(value, locale);
}
