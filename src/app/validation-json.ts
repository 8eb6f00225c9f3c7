import type { Detection } from "../core/plan/detect";
import type { Diagnostic, Lang } from "../core/rules/types";
import type { Validation } from "../core/validate/validate";

/** Where a finding is in a Word file: the table (a path for a nested one), row and column, 1-based in the table's grid. */
export interface WordSourceJson {
  table: number | number[];
  row: number;
  column: number;
}

/** The Word cell of a sheet cell, when the file checked was a Word document. */
export type LocateInWord = (sheet: string, row: number, col: number) => WordSourceJson | undefined;

/** The machine-readable result of `khct validate` (one object per file). */
export interface ValidationJson {
  file: string;
  sheet: string;
  otherTables: { sheet: string; range: string }[];
  standardSet: { id: string; detectedFrom: { source: string; evidence: string; cell?: string; sheet?: string }[] };
  school: { name?: string; type?: string; year?: string };
  diagnostics: { rule: string; severity: string; cell: string | null; criterion?: string; criteria?: string[]; message: string; fix?: { cell: string; old: string; new: string }; source?: WordSourceJson | null }[];
  summary: { errors: number; warnings: number; infos: number; criteria: number };
}

export type DiagnosticJson = ValidationJson["diagnostics"][number];

/** The school as detected, without the fields it could not find. */
export function schoolJson(detection: Detection): ValidationJson["school"] {
  const { name, type, year } = detection.school;
  return { ...(name ? { name } : {}), ...(type ? { type } : {}), ...(year ? { year } : {}) };
}

/** One finding in the chosen language; for a Word file, with its place in the document (`source`, null outside the tables). */
export function diagnosticJson(d: Diagnostic, lang: Lang, source?: WordSourceJson | null): DiagnosticJson {
  return {
    rule: d.rule,
    severity: d.severity,
    cell: d.cell,
    ...(d.criterion ? { criterion: d.criterion } : {}),
    ...(d.criteria ? { criteria: d.criteria } : {}),
    message: d.message[lang],
    ...(d.fix ? { fix: d.fix } : {}),
    ...(source !== undefined ? { source } : {}),
  };
}

export function validationJson(file: string, v: Validation, lang: Lang, inWord?: LocateInWord): ValidationJson {
  return {
    file,
    sheet: v.sheet,
    otherTables: v.otherTables.map(({ sheet, range }) => ({ sheet, range })),
    standardSet: { id: v.detection.set.id, detectedFrom: v.detection.detectedFrom },
    school: schoolJson(v.detection),
    diagnostics: v.diagnostics.map((d) => diagnosticJson(d, lang, inWord ? (d.cell === null ? null : (inWord(v.sheet, d.row, d.col) ?? null)) : undefined)),
    summary: v.summary,
  };
}
