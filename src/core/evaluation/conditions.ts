/**
 * The level rules (standards/school-level-rules.json) as conditions on counts of criteria:
 * "among the criteria of a group that have Mức k, at least n (or all) reach Mức k". The school's
 * level, the gap to the next level and the summary block's formulas all derive from them.
 */
import type { SchoolLevelRule } from "../standards/school-level-rules";
import type { SetIndex } from "../standards/sets";
import type { Criterion } from "../standards/types";
import type { LevelMap } from "./results";

export type CriterionGroup = "all" | "mandatory" | "others";

export interface Condition {
  /** the school level this condition belongs to */
  level: number;
  group: CriterionGroup;
  reach: number;
  atLeast: number | "all";
}

export interface ConditionState {
  condition: Condition;
  /** criteria of the group that have Mức `reach` */
  members: string[];
  reached: string[];
  below: string[];
  /** how many must reach */
  need: number;
  met: boolean;
}

/** The conditions of one school level (those of the levels below apply too). */
export function conditionsAt(rule: SchoolLevelRule, level: number): Condition[] {
  if (rule.kind === "all-criteria") return [{ level, group: "all", reach: level, atLeast: "all" }];
  const step = rule.steps.find((s) => s.level === level);
  if (!step) return [];
  const out: Condition[] = [
    { level, group: "mandatory", reach: step.mandatoryReach, atLeast: "all" },
    { level, group: "others", reach: step.othersReach, atLeast: step.othersAtLeast },
  ];
  if (step.othersFloor !== undefined) out.push({ level, group: "others", reach: step.othersFloor, atLeast: "all" });
  return out;
}

/** The criterion levels a rule can give a school, lowest first (Mức 4 aside). */
export function ruleLevels(rule: SchoolLevelRule, index: SetIndex): number[] {
  const levels = [...index.set.levels].sort((a, b) => a - b);
  return rule.kind === "all-criteria" ? levels : levels.filter((l) => rule.steps.some((s) => s.level === l));
}

export function inGroup(c: Criterion, group: CriterionGroup): boolean {
  return group === "all" || (group === "mandatory") === !!c.mandatory;
}

/** Criteria of the group that have Mức `reach` (a 2018 criterion without Mức 3 is not counted at Mức 3). */
export function membersOf(index: SetIndex, group: CriterionGroup, reach: number): Criterion[] {
  return [...index.criteria.values()].filter((c) => inGroup(c, group) && c.maxLevel >= reach);
}

/** How a condition stands; undetermined criteria count as `undeterminedAs` (0 for the safe reading). */
export function conditionState(condition: Condition, index: SetIndex, levels: LevelMap, undeterminedAs = 0): ConditionState {
  const members = membersOf(index, condition.group, condition.reach).map((c) => c.code);
  const reached = members.filter((code) => (levels.get(code) ?? undeterminedAs) >= condition.reach);
  const need = condition.atLeast === "all" ? members.length : condition.atLeast;
  return { condition, members, reached, below: members.filter((c) => !reached.includes(c)), need, met: reached.length >= need };
}

/** The highest level whose conditions, and those of every level below, are met; 0 when Mức 1 is not. */
export function levelReached(rule: SchoolLevelRule, index: SetIndex, levels: LevelMap, undeterminedAs = 0): number {
  let level = 0;
  for (const n of ruleLevels(rule, index)) {
    if (!conditionsAt(rule, n).every((c) => conditionState(c, index, levels, undeterminedAs).met)) break;
    level = n;
  }
  return level;
}
