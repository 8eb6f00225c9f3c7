import data from "./school-level-rules.json";
import type { StandardSet } from "./types";

/** A text in both languages, Vietnamese first (the same shape as rules' Bilingual). */
export interface Bilingual {
  vi: string;
  en: string;
}

/** The national-standard degree (chuẩn quốc gia mức độ) a school level supports. */
export interface NationalStandardStep {
  degree: number;
  minLevel: number;
}

interface RuleBase {
  id: string;
  /** the standard sets the rule applies to */
  sets: string[];
  source: Bilingual;
  status: Bilingual;
  nationalStandard: NationalStandardStep[];
  /** what recognition needs beyond the level (an external evaluation; three years of data) */
  nationalStandardCondition: Bilingual;
}

/** Mức N when every criterion reaches N (its own highest level when it has no Mức N). */
export interface AllCriteriaRule extends RuleBase {
  kind: "all-criteria";
  /** "every-requirement": Mức 4 is Mức 3 plus every Mức 4 requirement of the set */
  level4: "every-requirement" | null;
}

export interface MandatoryStep {
  level: number;
  /** the level every mandatory criterion must reach */
  mandatoryReach: number;
  /** how many of the other criteria must reach `othersReach` */
  othersAtLeast: number;
  othersReach: number;
  /** the level none of the other criteria may be below */
  othersFloor?: number;
}

/** TT57: the mandatory criteria all reach a level and enough of the others do. */
export interface MandatoryPlusOthersRule extends RuleBase {
  kind: "mandatory-plus-others";
  /** how many criteria are mandatory, and how many are not (checked against the set by the tests) */
  mandatory: number;
  others: number;
  steps: MandatoryStep[];
  level4: null;
}

export type SchoolLevelRule = AllCriteriaRule | MandatoryPlusOthersRule;

export interface SchoolLevelRulesFile {
  about: string;
  rules: SchoolLevelRule[];
}

const file = data as SchoolLevelRulesFile;

export const SCHOOL_LEVEL_RULES: readonly SchoolLevelRule[] = file.rules;

/** The rule that gives a school's level under this set. */
export function schoolLevelRuleFor(set: StandardSet): SchoolLevelRule {
  const rule = SCHOOL_LEVEL_RULES.find((r) => r.sets.includes(set.id));
  if (!rule) throw new Error(`no school-level rule for standard set ${set.id}`);
  return rule;
}
