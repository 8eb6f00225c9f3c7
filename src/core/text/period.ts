import { RECURRING_PERIOD } from "../layouts/recurring-periods";
import { memoText } from "./memo";
import { foldKey } from "./normalize";

/** A point in a period: a month of a year, or a whole year. */
export interface PeriodPoint {
  year: number;
  month?: number;
}

export type Period =
  | { kind: "range"; start: PeriodPoint; end: PeriodPoint }
  | { kind: "recurring"; phrase: string }
  | { kind: "invalid"; reason: "unreadable" | "ends-before-start" | "bad-month" | "bad-year" };

/** Finds the month/year points written in a text, in order. */
function points(t: string): PeriodPoint[] | "bad-month" | "bad-year" {
  const out: { at: number; p: PeriodPoint }[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const patterns: [RegExp, (m: RegExpExecArray) => PeriodPoint][] = [
    [/tháng\s*(\d{1,2})\s*(?:năm|\/|-|\.)\s*(\d{4})/g, (m) => ({ month: Number(m[1]), year: Number(m[2]) })],
    [/(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g, (m) => ({ month: Number(m[1]), year: Number(m[2]) })],
    [/(?<![\d/])(\d{1,2})\s*[/]\s*(\d{1,2})\s*[/]\s*(\d{4})(?!\d)/g, (m) => ({ month: Number(m[2]), year: Number(m[3]) })],
    [/(?<![\d/.,])(\d{4})(?![\d/.,]\d)/g, (m) => ({ year: Number(m[1]) })],
  ];
  for (const [re, make] of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m; m = re.exec(t)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      taken.push([m.index, m.index + m[0].length]);
      out.push({ at: m.index, p: make(m) });
    }
  }
  out.sort((a, b) => a.at - b.at);
  for (const { p } of out) {
    if (p.month !== undefined && (p.month < 1 || p.month > 12)) return "bad-month";
    if (p.year < 1990 || p.year > 2100) return "bad-year";
  }
  return out.map((o) => o.p);
}

function compare(a: PeriodPoint, b: PeriodPoint): number {
  if (a.year !== b.year) return a.year - b.year;
  // a bare year covers all its months
  if (a.month === undefined || b.month === undefined) return 0;
  return a.month - b.month;
}

/** Reads a period written in one cell. */
export const parsePeriod: (text: string) => Period = memoText(readPeriod);

function readPeriod(text: string): Period {
  const t = foldKey(text);
  if (t === "") return { kind: "invalid", reason: "unreadable" };
  const found = points(t);
  if (typeof found === "string") return { kind: "invalid", reason: found };
  if (found.length === 0) {
    return RECURRING_PERIOD.test(t) ? { kind: "recurring", phrase: text.trim() } : { kind: "invalid", reason: "unreadable" };
  }
  const start = found[0];
  // "năm học 2022-2023" as a single point is the school year: September to May
  const end = found[found.length - 1];
  if (compare(end, start) < 0) return { kind: "invalid", reason: "ends-before-start" };
  return { kind: "range", start, end };
}

/** Reads a period given as two cells ("Bắt đầu" / "Hoàn thành"), each a text or a date. */
export function combinePeriods(start: Period, end: Period): Period {
  if (start.kind === "invalid") return start;
  if (end.kind === "invalid") return end;
  if (start.kind === "recurring") return start;
  if (end.kind === "recurring") return { kind: "range", start: start.start, end: start.end };
  if (compare(end.end, start.start) < 0) return { kind: "invalid", reason: "ends-before-start" };
  return { kind: "range", start: start.start, end: end.end };
}

export function periodFromDate(year: number, month: number): Period {
  const p = { year, month };
  return { kind: "range", start: p, end: p };
}

/** "09/2022" */
export function formatPoint(p: PeriodPoint): string {
  return p.month === undefined ? String(p.year) : `${String(p.month).padStart(2, "0")}/${p.year}`;
}
