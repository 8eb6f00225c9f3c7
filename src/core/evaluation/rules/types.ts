import type { PlanTable } from "../../plan/types";
import type { Bilingual, Diagnostic, Finding, Severity } from "../../rules/types";
import type { SetIndex } from "../../standards/sets";
import type { StandardSet } from "../../standards/types";
import type { CriterionResult, RequirementResult } from "../results";
import type { SchoolLevelResult } from "../school-level";
import type { Conclusion, EvaluationTable } from "../types";

/** A finding of an evaluation check; `sheet` is set when its cell is on another sheet (a plan, a conclusion). */
export type EvaluationFinding = Finding & { sheet?: string };
export type EvaluationDiagnostic = Diagnostic & { sheet?: string };

export interface EvaluationContext {
  /** the sheet of the self-evaluation table */
  sheet: string;
  table: EvaluationTable;
  level4Table?: EvaluationTable;
  set: StandardSet;
  index: SetIndex;
  setName: string;
  results: ReadonlyMap<string, CriterionResult>;
  requirements: RequirementResult[];
  result: SchoolLevelResult;
  conclusions: Conclusion[];
  /** plan tables of the workbook, for the cross-check */
  plans: PlanTable[];
}

/** One check of a self-evaluation: a stable id, a severity, a description and a check (like rules/types Rule). */
export interface EvaluationRule {
  id: string;
  severity: Severity;
  description: Bilingual;
  check(ctx: EvaluationContext): EvaluationFinding[];
}

/** A finding at a cell (a Field, a Mark: anything with its address). */
export function findingAt(pos: { cell: string; row: number; col: number }, message: Bilingual, extra: Partial<EvaluationFinding> = {}): EvaluationFinding {
  return { cell: pos.cell, row: pos.row, col: pos.col, message, ...extra };
}
