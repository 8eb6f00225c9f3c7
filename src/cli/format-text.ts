import type { Detection } from "../core/plan/detect";
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

/** Findings, two or three lines each (and, for a Word file, where the cell is in it); a cell on another sheet is written 'Sheet'!C10. */
export function diagnosticLines(diagnostics: (Diagnostic & { sheet?: string })[], lang: Lang, place?: (d: Diagnostic) => string | undefined): string[] {
  if (diagnostics.length === 0) return [CLI.clean[lang]];
  const where = (d: Diagnostic & { sheet?: string }) => (d.cell ? `${d.sheet ? `'${d.sheet}'!` : ""}${d.cell}` : "—");
  const width = Math.max(4, ...diagnostics.map((d) => where(d).length));
  return diagnostics.flatMap((d) => [
    `${where(d).padEnd(width)}  ${CLI.severity[d.severity][lang].padEnd(8)}  ${d.rule}`,
    `${" ".repeat(width)}  ${d.message[lang]}`,
    ...(d.fix ? [`${" ".repeat(width)}  ${CLI.fix[lang](d.fix.new)}`] : []),
    ...[place?.(d)].filter((p): p is string => !!p).map((p) => `${" ".repeat(width)}  ${p}`),
  ]);
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
  if (v.otherTables.length) lines.push(CLI.otherTables[lang](v.otherTables.map((t) => `'${t.sheet}'!${t.range}`).join(", ")));
  return lines.join("\n");
}
