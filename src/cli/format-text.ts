import type { Detection } from "../core/plan/detect";
import { typedAsFormula } from "../core/plan/field";
import type { Diagnostic, Lang } from "../core/rules/types";
import { setLabel } from "../core/standards/sets";
import type { Validation } from "../core/validate/validate";
import { CLI } from "./messages";

/** The standard set (and where it was detected from) and the school, one line each. */
export function detectionLines(detection: Detection, lang: Lang): string[] {
  const from = detection.detectedFrom
    .map((e) => `${CLI.source[e.source][lang]} "${e.evidence}"${e.cell ? ` (${e.sheet ? `'${e.sheet}'!` : ""}${e.cell})` : ""}`)
    .join("; ");
  return [
    CLI.standardSet[lang]({ name: setLabel(detection.set), circular: detection.set.circular, from }),
    CLI.school[lang]({ name: detection.school.name ?? "", year: detection.school.year ?? "" }),
  ];
}

/** "12–21, 23, 25–26": sheet rows (1-based), runs joined. */
export function rowRuns(rows: number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    runs.push(j > i ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j;
  }
  return runs.join(", ");
}

/** Rows not filled in are told in one line (a fresh template has one per criterion), at the first of them. */
const ONE_LINE_RULE = "required/unfilled";

/** Findings, two or three lines each (and, for a Word file, where the cell is in it); a cell on another sheet is written 'Sheet'!C10. */
export function diagnosticLines(diagnostics: (Diagnostic & { sheet?: string })[], lang: Lang, place?: (d: Diagnostic) => string | undefined): string[] {
  if (diagnostics.length === 0) return [CLI.clean[lang]];
  const where = (d: Diagnostic & { sheet?: string }) => (d.cell ? `${d.sheet ? `'${d.sheet}'!` : ""}${d.cell}` : "—");
  const width = Math.max(4, ...diagnostics.map((d) => where(d).length));
  const head = (d: Diagnostic) => `${where(d).padEnd(width)}  ${CLI.severity[d.severity][lang].padEnd(8)}  ${d.rule}`;
  const unfilled = diagnostics.filter((d) => d.rule === ONE_LINE_RULE);
  return diagnostics.flatMap((d) => {
    if (unfilled.length > 1 && d.rule === ONE_LINE_RULE) {
      return d === unfilled[0] ? [`${head(d)}  ${CLI.unfilledRows[lang]({ count: unfilled.length, rows: rowRuns(unfilled.map((u) => u.row + 1)) })}`] : [];
    }
    return [
      `${head(d)}`,
      `${" ".repeat(width)}  ${d.message[lang]}`,
      ...(d.fix ? [`${" ".repeat(width)}  ${fixLine(d.fix.new, lang)}`] : []),
      ...[place?.(d)].filter((p): p is string => !!p).map((p) => `${" ".repeat(width)}  ${p}`),
    ];
  });
}

/** A fix Excel would take for a formula if typed ("-Tổ trưởng") is shown as the text the cell will hold. */
function fixLine(text: string, lang: Lang): string {
  return typedAsFormula(text) ? CLI.fixAsText[lang](text) : CLI.fix[lang](text);
}

/** The validation as people read it in a terminal; `place` says where a finding is in a Word file. */
export function formatValidationText(file: string, v: Validation, lang: Lang, place?: (d: Diagnostic) => string | undefined): string {
  const lines: string[] = [];
  lines.push(CLI.heading[lang]({ file, sheet: v.sheet, range: v.table?.range ?? "" }));
  lines.push(...detectionLines(v.detection, lang));
  lines.push("");
  lines.push(...diagnosticLines(v.diagnostics, lang, place));
  lines.push("");
  lines.push(CLI.summary[lang](v.summary));
  const bySheet = v.otherTables.filter((t) => t.bySheet);
  const onThisSheet = v.otherTables.filter((t) => t.sheet === v.sheet);
  const unreached = v.otherTables.filter((t) => !t.bySheet && t.sheet !== v.sheet);
  if (bySheet.length) lines.push(CLI.otherTables[lang](bySheet.map((t) => `'${t.sheet}'!${t.range}`).join(", ")));
  if (onThisSheet.length) lines.push(CLI.tablesOnThisSheet[lang](onThisSheet.map((t) => t.range).join(", ")));
  if (unreached.length) lines.push(CLI.tablesNotChecked[lang](unreached.map((t) => `'${t.sheet}'!${t.range}`).join(", ")));
  return lines.join("\n");
}
