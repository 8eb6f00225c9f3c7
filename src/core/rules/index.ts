import type { Rule } from "./types";
import { criterionUnknown } from "./criterion-unknown";
import { criterionStandardMismatch } from "./criterion-standard-mismatch";
import { criterionDuplicate } from "./criterion-duplicate";
import { criterionBareCode, criterionNumericCode, criterionStandardAsCriterion } from "./criterion-forms";
import { standardTitleMismatch, standardUnknown } from "./standard-rules";
import { levelGroupMismatch, levelInvalid, levelNotAboveCurrent, levelUnavailable } from "./level-rules";
import { periodInvalid } from "./period-invalid";
import { requiredEmpty } from "./required-empty";
import { requiredUnfilled } from "./required-unfilled";
import { cellFormulaText, textLegacyEncoding } from "./cell-rules";
import { planReplacedStandardSet } from "./plan-replaced-standard-set";
import { planEmpty } from "./plan-empty";
import { templatePlaceholder } from "./template-placeholder";

/** Every validation rule, in the order their findings are listed for one cell. */
export const RULES: readonly Rule[] = [
  criterionUnknown,
  criterionStandardMismatch,
  criterionDuplicate,
  criterionStandardAsCriterion,
  criterionNumericCode,
  criterionBareCode,
  standardTitleMismatch,
  standardUnknown,
  levelInvalid,
  levelUnavailable,
  levelNotAboveCurrent,
  levelGroupMismatch,
  periodInvalid,
  requiredEmpty,
  requiredUnfilled,
  cellFormulaText,
  textLegacyEncoding,
  planReplacedStandardSet,
  templatePlaceholder,
  planEmpty,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
