/**
 * The few Excel counting functions the summary block uses, written as formulas and evaluated on the
 * snapshot the same way Excel does, so the cached values match what Excel will show.
 */
import { areaToA1, type Area } from "../sheet/address";
import type { SheetView } from "../sheet/snapshot";

/** Cells counted by a formula: rectangles of the sheet. */
export type Ranges = Area[];

function cells(view: SheetView, ranges: Ranges): ReturnType<SheetView["value"]>[] {
  const out: ReturnType<SheetView["value"]>[] = [];
  for (const a of ranges) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(view.value(r, c));
  return out;
}

/** =COUNTA(…): non-empty cells. */
export function countaFormula(ranges: Ranges): string {
  return ranges.length ? `COUNTA(${ranges.map(areaToA1).join(",")})` : "0";
}

export function counta(view: SheetView, ranges: Ranges): number {
  return cells(view, ranges).filter((v) => v !== null && v !== "").length;
}

/** =COUNTIF(range,"*2*")+…: text cells containing the digit (Excel's wildcards never match numbers). */
export function countContainsFormula(ranges: Ranges, needle: string): string {
  return ranges.length ? ranges.map((a) => `COUNTIF(${areaToA1(a)},"*${needle}*")`).join("+") : "0";
}

export function countContains(view: SheetView, ranges: Ranges, needle: string): number {
  return cells(view, ranges).filter((v) => typeof v === "string" && v.toLowerCase().includes(needle.toLowerCase())).length;
}

/** Rectangles covering the given rows and columns: runs of consecutive rows × runs of consecutive columns. */
export function rectangles(rows: number[], cols: number[]): Ranges {
  const runs = (xs: number[]) => {
    const sorted = [...new Set(xs)].sort((a, b) => a - b);
    const out: [number, number][] = [];
    for (const x of sorted) {
      const last = out[out.length - 1];
      if (last && x === last[1] + 1) last[1] = x;
      else out.push([x, x]);
    }
    return out;
  };
  return runs(rows).flatMap(([top, bottom]) => runs(cols).map(([left, right]) => ({ top, bottom, left, right })));
}
