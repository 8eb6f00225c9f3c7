import { schoolLevelRuleFor, type SchoolLevelRule } from "../standards/school-level-rules";
import type { SetIndex } from "../standards/sets";
import { conditionsAt, conditionState, levelReached, ruleLevels, type CriterionGroup } from "./conditions";
import { levelCounts, type LevelCount } from "./counts";
import { levelMap, type CriterionResult, type LevelMap, type RequirementResult } from "./results";

/** A criterion below what the next level needs. */
export interface GapItem {
  criterion: string;
  needs: number;
  /** its level now; null when the table does not say */
  current: number | null;
}

/** TT57: "at least `count` more among these must reach Mức `needs`". */
export interface GapChoice {
  group: CriterionGroup;
  count: number;
  needs: number;
  among: string[];
}

/**
 * Mức 4 (2018 sets): "met" or "not-met" from the Mức 4 table; "no-table" without one;
 * "unknown-count" when the set's number of Mức 4 requirements is not confirmed (TT19).
 */
export type Level4Status = "met" | "not-met" | "no-table" | "unknown-count";

export interface Level4Outcome {
  status: Level4Status;
  requirements: number | null;
  met: number[];
  unmet: number[];
  undetermined: number[];
}

export interface SchoolLevelResult {
  /** 0 when Mức 1 is not reached; undetermined criteria count as not reached */
  level: number;
  /** the level the school would have if every undetermined criterion and requirement were at its best */
  highestPossible: number;
  counts: LevelCount[];
  /** the national-standard degree the level supports (0: none) */
  nationalStandard: number;
  /** the next level, when there is one the rules can compute */
  next: number | null;
  gap: GapItem[];
  gapChoices: GapChoice[];
  /** null when the set has no Mức 4 */
  level4: Level4Outcome | null;
  /** criteria whose level the table does not state (missing, no mark, several marks) */
  undetermined: string[];
  rule: SchoolLevelRule;
}

function level4Outcome(rule: SchoolLevelRule, index: SetIndex, requirements: RequirementResult[], hasTable: boolean): Level4Outcome | null {
  if (rule.level4 !== "every-requirement" || !index.set.level4) return null;
  const count = index.set.level4.count;
  const pick = (f: (r: RequirementResult) => boolean) => requirements.filter(f).map((r) => r.requirement);
  const outcome = { requirements: count, met: pick((r) => r.met === true), unmet: pick((r) => r.met === false), undetermined: pick((r) => r.met === null) };
  if (count === null) return { status: "unknown-count", ...outcome };
  if (!hasTable) return { status: "no-table", ...outcome };
  return { status: outcome.met.length === count ? "met" : "not-met", ...outcome };
}

function withLevel4(base: number, top: number, outcome: Level4Outcome | null, best: boolean): number {
  if (!outcome || base < top) return base;
  if (outcome.status === "met") return 4;
  // the upper bound: Mức 4 cannot be ruled out when the table or the count is missing, or rows are undetermined
  if (best && (outcome.status !== "not-met" || outcome.unmet.length === 0)) return 4;
  return base;
}

function nationalStandardOf(rule: SchoolLevelRule, level: number): number {
  return Math.max(0, ...rule.nationalStandard.filter((s) => level >= s.minLevel).map((s) => s.degree));
}

function nextLevel(levels: number[], level: number, outcome: Level4Outcome | null): number | null {
  const above = levels.find((l) => l > level);
  if (above !== undefined) return above;
  if (outcome && level < 4 && outcome.status !== "unknown-count") return 4;
  return null;
}

/** What each criterion lacks for `next` (and every level below it). */
function gapTo(rule: SchoolLevelRule, index: SetIndex, levels: LevelMap, next: number): { gap: GapItem[]; gapChoices: GapChoice[] } {
  const needs = new Map<string, number>();
  const gapChoices: GapChoice[] = [];
  for (const level of ruleLevels(rule, index).filter((l) => l <= next)) {
    for (const condition of conditionsAt(rule, level)) {
      const state = conditionState(condition, index, levels);
      if (state.met) continue;
      if (condition.atLeast === "all") {
        for (const code of state.below) needs.set(code, Math.max(needs.get(code) ?? 0, condition.reach));
      } else {
        gapChoices.push({ group: condition.group, count: state.need - state.reached.length, needs: condition.reach, among: state.below });
      }
    }
  }
  const gap = [...index.criteria.keys()].filter((code) => needs.has(code)).map((code) => ({ criterion: code, needs: needs.get(code)!, current: levels.get(code) ?? null }));
  return { gap, gapChoices };
}

/** The school's level from its criteria's levels, by the set's rule (standards/school-level-rules.json). */
export function schoolLevelResult(
  index: SetIndex,
  results: ReadonlyMap<string, CriterionResult>,
  requirements: RequirementResult[] = [],
  hasLevel4Table = false,
): SchoolLevelResult {
  const rule = schoolLevelRuleFor(index.set);
  const levels = levelMap(results);
  const top = Math.max(...ruleLevels(rule, index));
  const outcome = level4Outcome(rule, index, requirements, hasLevel4Table);
  const level = withLevel4(levelReached(rule, index, levels), top, outcome, false);
  const highestPossible = withLevel4(levelReached(rule, index, levels, top), top, outcome, true);
  const next = nextLevel(ruleLevels(rule, index), level, outcome);
  const { gap, gapChoices } = next !== null && next <= top ? gapTo(rule, index, levels, next) : { gap: [], gapChoices: [] };
  return {
    level,
    highestPossible,
    counts: levelCounts(rule, index, levels),
    nationalStandard: nationalStandardOf(rule, level),
    next,
    gap,
    gapChoices,
    level4: outcome,
    undetermined: [...results.values()].filter((r) => r.level === null).map((r) => r.criterion.code),
    rule,
  };
}
