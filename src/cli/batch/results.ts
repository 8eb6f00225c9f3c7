import type { Lang } from "../../core/rules/types";
import { setLabel, standardSetById } from "../../core/standards/sets";
import type { FileResult } from "./check-file";
import { BATCH } from "./messages";

/** Worst first: files not read, then most errors, then most warnings, then by file name. */
export function sortForSummary(results: FileResult[]): FileResult[] {
  const rank = (r: FileResult) => (r.error ? [1, 0, 0] : [0, r.summary.errors, r.summary.warnings]);
  return [...results].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return y[i] - x[i];
    return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

/** 0 when every file was read and has no error (warnings allowed), 1 otherwise. */
export function batchExitCode(results: FileResult[]): number {
  return results.some((r) => r.error || r.summary.errors > 0) ? 1 : 0;
}

export function totalsOf(results: FileResult[]): { files: number; clean: number; withErrors: number; unreadable: number } {
  const unreadable = results.filter((r) => r.error).length;
  const withErrors = results.filter((r) => !r.error && r.summary.errors > 0).length;
  return { files: results.length, clean: results.length - unreadable - withErrors, withErrors, unreadable };
}

/** "TT18/2018" for a set id the JSON carries. */
export function setName(id: string): string {
  const set = standardSetById(id);
  return set ? setLabel(set) : id;
}

/** One line per file, as people read it in a terminal. */
export function fileLine(r: FileResult, lang: Lang): string {
  if (r.error) return BATCH.unreadableLine[lang]({ file: r.file, message: r.error.message });
  const line = BATCH.fileLine[lang]({ file: r.file, school: r.school.name ?? "", year: r.school.year ?? "", set: setName(r.standardSet.id), ...r.summary });
  return r.reportCounts ? line + BATCH.reportPart[lang](r.reportCounts) : line;
}
