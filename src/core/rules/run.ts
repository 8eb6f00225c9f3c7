import type { Detection } from "../plan/detect";
import type { PlanTable } from "../plan/types";
import { indexOf, setLabel } from "../standards/sets";
import { RULES } from "./index";
import type { Diagnostic, Rule } from "./types";

/** Runs the rules that apply to the table's kind; one finding per cell per concern; sorted by row, column, rule. */
export function runRules(table: PlanTable, detection: Detection, rules: readonly Rule[] = RULES): Diagnostic[] {
  const ctx = { table, set: detection.set, index: indexOf(detection.set), detection, setName: setLabel(detection.set) };
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
  return found.filter((d) => !superseded.has(`${d.cell}|${d.rule}`)).sort(compareDiagnostics);
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.row - b.row || a.col - b.col || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
