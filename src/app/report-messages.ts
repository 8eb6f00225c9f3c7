/**
 * What a report refresh did with the rows already in the report, in one clause, Vietnamese first:
 * shared by the CLI's message and the task pane's, so staff read the same counts wherever they refresh.
 */
import type { Lang } from "../core/rules/types";

/** The counts a refresh reports (build-report's stats). */
export interface RefreshCounts {
  kept: number;
  added: number;
  orphans: number;
  /** rows staff inserted into the table themselves, kept under the row they were inserted after */
  inserted?: number;
}

export const REFRESH_DETAILS: Record<Lang, (c: RefreshCounts) => string> = {
  vi: (c) =>
    `giữ nguyên ${c.kept} dòng đã nhập, thêm ${c.added}, ${c.orphans} dòng không còn trong kế hoạch (đã đánh dấu)${c.inserted ? `, giữ nguyên ${c.inserted} dòng cán bộ tự chèn vào bảng` : ""}`,
  en: (c) => `${c.kept} rows kept as typed, ${c.added} added, ${c.orphans} no longer in the plan (marked)${c.inserted ? `, ${c.inserted} rows staff inserted into the table kept` : ""}`,
};
