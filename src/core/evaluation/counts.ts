import type { SchoolLevelRule } from "../standards/school-level-rules";
import type { SetIndex } from "../standards/sets";
import { membersOf, ruleLevels, type CriterionGroup } from "./conditions";
import type { LevelMap } from "./results";

export interface Tally {
  reached: number;
  of: number;
}

/** "Số lượng đạt Mức 2: 18/27 – Tỷ lệ 66,7%" and its complement, as numbers. */
export interface LevelCount extends Tally {
  level: number;
  notReached: number;
  /** one decimal: 66.7 */
  percent: number;
  notReachedPercent: number;
  /** TT57: the mandatory criteria and the others separately */
  mandatory?: Tally;
  others?: Tally;
}

/** A percentage with one decimal, as a number (18/27 → 66.7). */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part * 1000) / whole) / 10;
}

/** "66,7%" in Vietnamese, "66.7%" in English; whole numbers without decimals ("100%"). */
export function formatPercent(value: number, lang: "vi" | "en"): string {
  const s = String(value);
  return `${lang === "vi" ? s.replace(".", ",") : s}%`;
}

export function tally(index: SetIndex, levels: LevelMap, group: CriterionGroup, level: number): Tally {
  const members = membersOf(index, group, level);
  return { reached: members.filter((c) => (levels.get(c.code) ?? 0) >= level).length, of: members.length };
}

/**
 * Criteria reaching each level (cumulative: a criterion at Mức 2 counts at Mức 1 too). At Mức 3
 * the whole is the number of criteria that have a Mức 3 (document 002: "1/19").
 */
export function levelCounts(rule: SchoolLevelRule, index: SetIndex, levels: LevelMap): LevelCount[] {
  return ruleLevels(rule, index).map((level) => {
    const { reached, of } = tally(index, levels, "all", level);
    const count: LevelCount = {
      level,
      reached,
      of,
      notReached: of - reached,
      percent: percentOf(reached, of),
      notReachedPercent: percentOf(of - reached, of),
    };
    if (rule.kind === "mandatory-plus-others") {
      count.mandatory = tally(index, levels, "mandatory", level);
      count.others = tally(index, levels, "others", level);
    }
    return count;
  });
}
