/**
 * Dates in the pane in the UI language's order, whatever the computer's locale (a date input shows
 * the browser's order: 11/30/2026 on an en-US Windows): Vietnamese "30/11/2026", English
 * "30 Nov 2026". Typed dates are read day first ("30/11/2026", "30-11-2026", "30.11.2026"), as ISO
 * ("2026-11-30") or as the English form; the pane keeps ISO dates internally.
 */
import type { Lang } from "../core/rules/types";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (n: number) => String(n).padStart(2, "0");

function iso(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-11-30" → "30/11/2026" (vi) or "30 Nov 2026" (en); other text as it is. */
export function formatDate(isoDate: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return lang === "vi" ? `${pad(day)}/${pad(month)}/${year}` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** A typed date as ISO, or null when it is not a date. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS_EN.findIndex((name) => name.toLowerCase() === m![2].toLowerCase());
    return month < 0 ? null : iso(Number(m[3]), month + 1, Number(m[1]));
  }
  return null;
}
