import type { Role } from "../layouts/layouts";
import type { PlanRow, PlanTable } from "../plan/types";
import type { Field } from "../plan/field";
import { combinePeriods, parsePeriod, periodFromDate, type Period, type PeriodPoint } from "../text/period";

/** One task of a plan: a report row. */
export interface PlanTask {
  /** criterion code, or "" for a TT57 item citing none */
  code: string;
  /** the ordinal of the task within its criterion (1-based), in plan order */
  ordinal: number;
  standardNo?: number;
  standardTitle?: string;
  group?: { text: string; levels: number[] };
  /** texts by plan role, as written (raw cell text, not normalised) */
  texts: Partial<Record<Role, string>>;
  /** when the task ends (undefined: no readable end) */
  end?: PeriodPoint | "school-year";
  /** the plan row it comes from (0-based sheet row) */
  row: number;
}

function raw(f: Field | undefined): string {
  if (!f) return "";
  if (f.formulaText) return f.text;
  if (f.value === null) return "";
  // joined continuation rows are already in f.text; a single cell keeps its exact text
  return f.joinedRows?.length ? f.text : typeof f.value === "string" ? f.value : f.text;
}

function periodOf(f: Field | undefined): Period | undefined {
  if (!f) return undefined;
  if (f.date) return periodFromDate(f.date.year, f.date.month);
  return parsePeriod(f.text);
}

function endOf(row: PlanRow, owner: PlanRow): PlanTask["end"] {
  const own = (r: PlanRow) => {
    const { period, periodStart, periodEnd } = r.fields;
    if (period) return periodOf(period);
    if (periodStart || periodEnd) {
      const s = periodOf(periodStart) ?? periodOf(periodEnd)!;
      const e = periodOf(periodEnd) ?? s;
      return combinePeriods(s, e);
    }
    return undefined;
  };
  const p = own(row) ?? own(owner);
  if (!p || p.kind === "invalid") return undefined;
  if (p.kind === "recurring") return "school-year";
  return p.end;
}

const COPIED: Role[] = ["criterion", "content", "goal", "target", "tasks", "indicator", "period", "periodStart", "periodEnd", "lead", "resources", "evidence", "status"];

/** The plan's tasks in order: each criterion (or TT57 item) row and each extra task row of it. */
export function planTasks(table: PlanTable): PlanTask[] {
  const out: PlanTask[] = [];
  const ordinals = new Map<string, number>();
  for (const row of table.rows) {
    if (row.kind !== "criterion" && row.kind !== "task" && row.kind !== "item") continue;
    const owner = row.kind === "task" && row.parent ? row.parent : row;
    const code = owner.code ?? owner.refs?.[0]?.ref.code ?? "";
    const ordinal = (ordinals.get(code) ?? 0) + 1;
    ordinals.set(code, ordinal);
    const texts: Partial<Record<Role, string>> = {};
    for (const role of COPIED) {
      const t = raw(row.fields[role]);
      if (t) texts[role] = t;
    }
    if (row.kind === "task" && !texts.content && owner.fields.content) texts.content = raw(owner.fields.content);
    const standard = owner.standardRow;
    out.push({
      code,
      ordinal,
      standardNo: standard?.standardNo ?? (code ? Number(code.split(".")[0]) : undefined),
      standardTitle: standard?.standardTitle,
      group: owner.group?.levels ? { text: owner.group.codeField?.text ?? "", levels: owner.group.levels } : undefined,
      texts,
      end: endOf(row, owner),
      row: row.row,
    });
  }
  return out;
}
