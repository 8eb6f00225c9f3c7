import type { SetIndex } from "../standards/sets";
import type { Criterion } from "../standards/types";
import type { EvaluationRow, EvaluationTable } from "./types";

/**
 * Why a criterion has no level: not in the table, no mark (or an unreadable one), several marks.
 * "ok" when the table states one level.
 */
export type ResultState = "ok" | "missing" | "no-mark" | "several-marks";

/** The level one criterion reached, as the table states it (its first row when listed twice). */
export interface CriterionResult {
  criterion: Criterion;
  /** 0 = Không đạt; a mark above the criterion's highest level counts as that level; null when undetermined */
  level: number | null;
  /** the level as marked, before capping at the criterion's highest level */
  marked: number | null;
  state: ResultState;
  row?: EvaluationRow;
}

/** One Mức 4 requirement: met (Đạt), not met, or undetermined. */
export interface RequirementResult {
  requirement: number;
  met: boolean | null;
  state: ResultState;
  row?: EvaluationRow;
}

function stateOf(row: EvaluationRow | undefined): ResultState {
  if (!row) return "missing";
  if (row.level !== undefined) return "ok";
  return row.marks.length > 1 ? "several-marks" : "no-mark";
}

/** Every criterion of the set, in the set's order, with the level the table gives it. */
export function criterionResults(table: EvaluationTable | undefined, index: SetIndex): Map<string, CriterionResult> {
  const out = new Map<string, CriterionResult>();
  for (const criterion of index.criteria.values()) {
    const row = table?.rows.find((r) => r.code === criterion.code);
    const state = stateOf(row);
    const marked = state === "ok" ? row!.level! : null;
    out.set(criterion.code, { criterion, level: marked === null ? null : Math.min(marked, criterion.maxLevel), marked, state, row });
  }
  return out;
}

/** The Mức 4 requirements 1..count with the Mức 4 table's verdict; [] when the count is unknown. */
export function requirementResults(table: EvaluationTable | undefined, count: number | null): RequirementResult[] {
  if (!count) return [];
  return Array.from({ length: count }, (_, i) => {
    const row = table?.rows.find((r) => r.requirement === i + 1);
    const state = stateOf(row);
    return { requirement: i + 1, met: state === "ok" ? row!.level === 1 : null, state, row };
  });
}

/** Criterion levels by code (null when undetermined), the input of the level rules. */
export type LevelMap = ReadonlyMap<string, number | null>;

export function levelMap(results: ReadonlyMap<string, CriterionResult>): LevelMap {
  return new Map([...results].map(([code, r]) => [code, r.level]));
}
