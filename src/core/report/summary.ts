import type { Bucket } from "../layouts/statuses";
import { STATUS_DEFS } from "../layouts/statuses";
import type { FormulaValue } from "../sheet/patch";
import { foldKey } from "../text/normalize";

/** Where the summary's formulas look: the status, key and result columns of the table rows. */
export interface SummaryRanges {
  status: string; // "$I$12:$I$60"
  key: string;
  results?: { done: string; inProgress: string; notStarted: string };
}

/** A row's values as the summary sees them. */
export interface SummaryRow {
  key: string;
  status: string;
  results?: { done: string; inProgress: string; notStarted: string };
}

const labelsOf = (bucket: Bucket) => STATUS_DEFS.filter((s) => s.bucket === bucket).map((s) => s.label);

const BUCKET_BY_STATUS = new Map(STATUS_DEFS.map((d) => [foldKey(d.label), d.bucket]));

/** The bucket of a row: its status when set (the status wins), else the result column staff filled. */
export function bucketOf(row: SummaryRow): Bucket {
  const s = row.status ? BUCKET_BY_STATUS.get(foldKey(row.status)) : undefined;
  if (s) return s;
  if (row.results?.done.trim()) return "done";
  if (row.results?.inProgress.trim()) return "inProgress";
  return "notStarted";
}

/** COUNTIFS criteria pairs joined into a formula argument list. */
function countifs(pairs: [string, string][]): string {
  return `COUNTIFS(${pairs.map(([r, c]) => `${r},"${c}"`).join(",")})`;
}

/**
 * Count of a bucket as a live formula (with the key prefix for one standard, e.g. "1.*"), so it
 * updates as staff type: explicit statuses of the bucket, plus rows with no status whose result
 * column says it.
 */
export function bucketFormula(bucket: Bucket, r: SummaryRanges, keyPattern = "?*"): string {
  const parts = labelsOf(bucket).map((label) => countifs([[r.key, keyPattern], [r.status, label]]));
  const none: [string, string] = [r.status, ""];
  const k: [string, string] = [r.key, keyPattern];
  if (r.results) {
    const { done, inProgress } = r.results;
    if (bucket === "done") parts.push(countifs([k, none, [done, "<>"]]));
    if (bucket === "inProgress") parts.push(countifs([k, none, [done, ""], [inProgress, "<>"]]));
    if (bucket === "notStarted") parts.push(countifs([k, none, [done, ""], [inProgress, ""]]));
  } else if (bucket === "notStarted") parts.push(countifs([k, none]));
  return `=${parts.join("+")}`;
}

export function totalFormula(r: SummaryRanges, keyPattern = "?*"): string {
  return `=COUNTIF(${r.key},"${keyPattern}")`;
}

/** "66,7%" — Vietnamese decimal comma, one decimal. */
export function percentVi(count: number, total: number): string {
  if (total === 0) return "0%";
  return `${(Math.round((count / total) * 1000) / 10).toFixed(1).replace(".", ",")}%`;
}

export interface SummaryLine {
  label: string;
  count: FormulaValue;
  percent: FormulaValue;
}

/** The counts and percentages of each bucket for the rows whose key matches (all rows, or one standard). */
export function summaryLines(rows: SummaryRow[], ranges: SummaryRanges, countCell: (i: number) => string, totalCell: string, keyPattern = "?*"): SummaryLine[] {
  const prefix = keyPattern === "?*" ? "" : keyPattern.replace("*", "");
  const mine = rows.filter((row) => row.key.startsWith(prefix));
  const counts = new Map<Bucket, number>();
  for (const row of mine) counts.set(bucketOf(row), (counts.get(bucketOf(row)) ?? 0) + 1);
  const buckets: Bucket[] = ["done", "inProgress", "notStarted", "dropped"];
  return buckets.map((bucket, i) => {
    const n = counts.get(bucket) ?? 0;
    return {
      label: bucket,
      count: { formula: bucketFormula(bucket, ranges, keyPattern), cached: n },
      percent: { formula: `=IF(${totalCell}=0,0,${countCell(i)}/${totalCell})`, cached: mine.length ? n / mine.length : 0 },
    };
  });
}
