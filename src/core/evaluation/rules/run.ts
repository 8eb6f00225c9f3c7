import { compareDiagnostics } from "../../rules/run";
import { EVALUATION_RULES } from "./index";
import type { EvaluationContext, EvaluationDiagnostic, EvaluationRule } from "./types";

/** Runs the checks; findings on the evaluation's sheet first, then other sheets', each by row, column, rule. */
export function runEvaluationRules(ctx: EvaluationContext, rules: readonly EvaluationRule[] = EVALUATION_RULES): EvaluationDiagnostic[] {
  const found: EvaluationDiagnostic[] = rules.flatMap((rule) => rule.check(ctx).map((f) => ({ rule: rule.id, severity: rule.severity, ...f })));
  return found.sort((a, b) => (a.sheet ?? "").localeCompare(b.sheet ?? "") || compareDiagnostics(a, b));
}
