import type { Detection } from "../plan/detect";
import type { Field } from "../plan/field";
import type { PlanRow, PlanTable } from "../plan/types";
import { indexOf, setLabel } from "../standards/sets";
import { citations, type Citation } from "./helpers";
import { RULES } from "./index";
import type { Diagnostic, Rule, RuleContext } from "./types";

/**
 * Runs the rules that apply to the table's kind; one finding per cell per concern; sorted by row,
 * column, rule. `cited` is the table's citations when the caller has them already.
 */
export function runRules(table: PlanTable, detection: Detection, rules: readonly Rule[] = RULES, cited: Citation[] = citations(table)): Diagnostic[] {
  const ctx: RuleContext = { table, set: detection.set, index: indexOf(detection.set), detection, setName: setLabel(detection.set), citations: cited };
  const found: Diagnostic[] = [];
  for (const rule of rules) {
    if (!rule.appliesTo.includes(table.layout.kind)) continue;
    for (const f of rule.check(ctx)) found.push({ rule: rule.id, severity: rule.severity, ...f });
  }
  const superseded = new Set<string>();
  for (const d of found) {
    const rule = rules.find((r) => r.id === d.rule);
    for (const other of rule?.supersedes ?? []) superseded.add(`${d.cell}|${other}`);
  }
  return withCriteria(
    table,
    found.filter((d) => !superseded.has(`${d.cell}|${d.rule}`)),
  ).sort(compareDiagnostics);
}

/** The codes of the criteria a row belongs to: its own, its criterion's (a task row), those a TT57 row cites. */
function codesOfRow(row: PlanRow): string[] {
  const owner = row.kind === "task" && row.parent ? row.parent : row;
  if (owner.kind === "item") return [...new Set((owner.refs ?? []).map((r) => r.ref.code))];
  return owner.kind === "criterion" && owner.code ? [owner.code] : [];
}

/**
 * Gives each finding the criterion its row belongs to, so machines need not parse messages: the
 * code a rule named, else the row's only code; `criteria` too on a row citing several. Nothing on
 * standard, group and Mức 4 rows, nor where no code could be read.
 */
function withCriteria(table: PlanTable, found: Diagnostic[]): Diagnostic[] {
  const byRow = new Map<number, PlanRow>();
  for (const row of table.rows) byRow.set(row.row, row);
  const claim = (r: number, row: PlanRow) => {
    if (!byRow.has(r)) byRow.set(r, row);
  };
  for (const row of table.rows) {
    const fields = row.fields as Record<string, Field | undefined>;
    for (const role in fields) {
      const f = fields[role]!;
      if (f.row !== row.row) claim(f.row, row);
      if (f.joinedRows) for (const r of f.joinedRows) claim(r, row);
    }
  }
  return found.map((d) => {
    const row = byRow.get(d.row);
    const codes = row ? codesOfRow(row) : [];
    const criterion = d.criterion ?? (codes.length === 1 ? codes[0] : undefined);
    return { ...d, ...(criterion ? { criterion } : {}), ...(codes.length > 1 ? { criteria: codes } : {}) };
  });
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.row - b.row || a.col - b.col || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
