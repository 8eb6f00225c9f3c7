import { levelPhrase } from "../text/level";
import type { CriterionResult } from "./results";

/** "Đạt mức 3 (hiện trạng mức 2)"; a criterion below Mức 1: "Đạt mức 1 (hiện trạng chưa đạt mức 1)". */
export function targetPhrase(target: number, current: number): string {
  return current === 0 ? `Đạt mức ${target} (hiện trạng chưa đạt mức 1)` : levelPhrase(target, current);
}

/**
 * Targets for a plan that starts from the self-evaluation: every criterion below `targetLevel`
 * (its own highest level when lower) gets "Đạt mức N (hiện trạng mức M)", in the set's order.
 * Criteria whose level the table does not state are left out: the plan cannot say where they stand.
 */
export function targetsFromEvaluation(evaluation: { results: ReadonlyMap<string, CriterionResult> }, targetLevel: number): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, r] of evaluation.results) {
    if (r.level === null) continue;
    const target = Math.min(targetLevel, r.criterion.maxLevel);
    if (r.level < target) out.set(code, targetPhrase(target, r.level));
  }
  return out;
}
