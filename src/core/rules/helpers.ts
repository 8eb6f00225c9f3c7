import type { Field } from "../plan/field";
import type { PlanRow, PlanTable } from "../plan/types";
import type { CriterionRef } from "../text/criterion-ref";
import type { Bilingual, Finding } from "./types";

export function at(field: Field, message: Bilingual, extra: Partial<Finding> = {}): Finding {
  return { cell: field.cell, row: field.row, col: field.col, message, ...extra };
}

/** The original text of a cell, as stored (for a fix's "old"). */
export function storedText(field: Field): string {
  return field.formula ?? (field.value === null ? "" : String(field.value));
}

export interface Citation {
  row: PlanRow;
  ref: CriterionRef;
  /** the code meant (a numeric 1.1 after 1.9 means 1.10) */
  code: string;
  field: Field;
}

/** Every criterion the table cites: criterion rows, and codes cited in TT57 items. */
export function citations(table: PlanTable): Citation[] {
  const out: Citation[] = [];
  for (const row of table.rows) {
    if (row.kind === "criterion" && row.ref && row.codeField) out.push({ row, ref: row.ref, code: row.code ?? row.ref.code, field: row.codeField });
    for (const r of row.refs ?? []) out.push({ row, ref: r.ref, code: r.ref.code, field: r.field });
  }
  return out;
}

/** Calls `visit` with every field of the table's rows and the criterion code its row (or its criterion row) has. */
export function eachField(table: PlanTable, visit: (field: Field, code: string | undefined) => void): void {
  for (const row of table.rows) {
    const code = row.code ?? row.parent?.code;
    const fields = row.fields as Record<string, Field | undefined>;
    for (const role in fields) {
      const field = fields[role];
      if (field) visit(field, code);
    }
  }
}

const tasksByOwner = new WeakMap<PlanTable, Map<PlanRow, PlanRow[]>>();

/** A criterion row with the task rows that belong to it (indexed once per table). */
export function withTasks(table: PlanTable, owner: PlanRow): PlanRow[] {
  let index = tasksByOwner.get(table);
  if (!index) {
    index = new Map();
    for (const r of table.rows) {
      if (!r.parent) continue;
      if (!index.has(r.parent)) index.set(r.parent, []);
      index.get(r.parent)!.push(r);
    }
    tasksByOwner.set(table, index);
  }
  return [owner, ...(index.get(owner) ?? [])];
}

export function quote(s: string, max = 60): string {
  const t = s.length > max ? `${s.slice(0, max - 1)}…` : s;
  return `"${t}"`;
}
