import type { Bucket } from "../layouts/statuses";
import { readTables } from "../plan/read";
import type { PlanRow, PlanTable } from "../plan/types";
import { SheetView, type WorkbookSnapshot } from "../sheet/snapshot";
import { isKhctReport, isKhctSheet, type TablesRead } from "../validate/validate";
import { bucketOf } from "./summary";

/** How far a school has got with its plan, as its report sheet says. */
export type ReportCounts = { sheet: string; tasks: number } & Record<Bucket, number>;

const TASK_ROWS = new Set<PlanRow["kind"]>(["criterion", "task", "item", "level4"]);

/** A report table KHCT can count: one with a status column or the three result columns. */
function countable(t: PlanTable): boolean {
  const c = t.columns;
  return t.layout.kind === "report" && (c.status !== undefined || (c.done !== undefined && c.inProgress !== undefined && c.notStarted !== undefined));
}

/** The rows of a report that stand for a task: those with KHCT's key in its own reports, every criterion or task row in a school's. */
function taskRows(t: PlanTable): PlanRow[] {
  return t.rows.filter((r) => TASK_ROWS.has(r.kind) && (!isKhctReport(t) || !!r.fields.key?.text));
}

/** Counts one report table's tasks by bucket, with the same rule as the report's summary formulas. */
export function countReportTasks(t: PlanTable): ReportCounts {
  const counts: ReportCounts = { sheet: t.sheet, tasks: 0, done: 0, inProgress: 0, notStarted: 0, dropped: 0 };
  const text = (r: PlanRow, role: "done" | "inProgress" | "notStarted") => r.fields[role]?.text ?? "";
  for (const r of taskRows(t)) {
    const results = t.columns.done !== undefined ? { done: text(r, "done"), inProgress: text(r, "inProgress"), notStarted: text(r, "notStarted") } : undefined;
    counts[bucketOf({ key: r.fields.key?.text ?? "", status: r.fields.status?.text ?? "", results })]++;
    counts.tasks++;
  }
  return counts;
}

/**
 * The task counts of a workbook's report, or null when it has none: a report KHCT wrote is
 * preferred (the last one in tab order, the newest), then a school's own report table. `tablesRead`:
 * the tables a check of the same workbook read (validateWorkbook's option), not read again.
 */
export function reportCountsOf(workbook: WorkbookSnapshot, tablesRead?: TablesRead): ReportCounts | null {
  const tables = workbook.sheets.filter((s) => !isKhctSheet(s.name)).flatMap((s) => (tablesRead?.get(s) ?? readTables(new SheetView(s))).filter(countable));
  const chosen = tables.filter(isKhctReport).pop() ?? tables.pop();
  return chosen ? countReportTasks(chosen) : null;
}
