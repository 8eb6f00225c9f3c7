import { evalConclusionMismatch } from "./eval-conclusion-mismatch";
import { evalDuplicate } from "./eval-duplicate";
import { evalMissing } from "./eval-missing";
import { evalNoMark } from "./eval-no-mark";
import { evalSeveralMarks } from "./eval-several-marks";
import { evalUnavailableLevel } from "./eval-unavailable-level";
import { evalUnknown } from "./eval-unknown";
import { planCurrentLevelMismatch } from "./plan-current-level-mismatch";
import type { EvaluationRule } from "./types";

/** Every self-evaluation check, in the order their findings are listed for one cell. */
export const EVALUATION_RULES: readonly EvaluationRule[] = [
  evalMissing,
  evalUnknown,
  evalDuplicate,
  evalUnavailableLevel,
  evalNoMark,
  evalSeveralMarks,
  evalConclusionMismatch,
  planCurrentLevelMismatch,
];
