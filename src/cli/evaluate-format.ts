import type { Evaluation } from "../core/evaluation/evaluate";
import { resultLines } from "../core/evaluation/phrases";
import type { Lang } from "../core/rules/types";
import { indexOf } from "../core/standards/sets";
import { EVALUATE } from "./evaluate-messages";
import { detectionLines, diagnosticLines } from "./format-text";

/** The self-evaluation as people read it in a terminal: the result first, then the checks. */
export function formatEvaluationText(file: string, e: Evaluation, lang: Lang): string {
  const lines: string[] = [];
  lines.push(EVALUATE.heading[lang]({ file, sheet: e.sheet, range: e.table?.range ?? "", level4: e.level4Table?.range ?? "" }));
  lines.push(...detectionLines(e.detection, lang));
  lines.push("");
  if (e.result) {
    lines.push(...resultLines(e.result).map((l) => l[lang]));
    lines.push("");
    lines.push(EVALUATE.checks[lang]);
  }
  lines.push(...diagnosticLines(e.diagnostics, lang));
  lines.push("");
  lines.push(EVALUATE.summary[lang]({ ...e.summary, of: indexOf(e.detection.set).criteria.size }));
  return lines.join("\n");
}
