import type { Detection } from "../core/plan/detect";
import type { Diagnostic, Lang } from "../core/rules/types";
import type { Validation } from "../core/validate/validate";

/** The machine-readable result of `khct validate` (one object per file). */
export interface ValidationJson {
  file: string;
  sheet: string;
  otherTables: { sheet: string; range: string }[];
  standardSet: { id: string; detectedFrom: { source: string; evidence: string; cell?: string; sheet?: string }[] };
  school: { name?: string; type?: string; year?: string };
  diagnostics: { rule: string; severity: string; cell: string | null; criterion?: string; criteria?: string[]; message: string; fix?: { cell: string; old: string; new: string } }[];
  summary: { errors: number; warnings: number; infos: number; criteria: number };
}

export type DiagnosticJson = ValidationJson["diagnostics"][number];

/** The school as detected, without the fields it could not find. */
export function schoolJson(detection: Detection): ValidationJson["school"] {
  const { name, type, year } = detection.school;
  return { ...(name ? { name } : {}), ...(type ? { type } : {}), ...(year ? { year } : {}) };
}

/** One finding in the chosen language. */
export function diagnosticJson(d: Diagnostic, lang: Lang): DiagnosticJson {
  return {
    rule: d.rule,
    severity: d.severity,
    cell: d.cell,
    ...(d.criterion ? { criterion: d.criterion } : {}),
    ...(d.criteria ? { criteria: d.criteria } : {}),
    message: d.message[lang],
    ...(d.fix ? { fix: d.fix } : {}),
  };
}

export function validationJson(file: string, v: Validation, lang: Lang): ValidationJson {
  return {
    file,
    sheet: v.sheet,
    otherTables: v.otherTables.map(({ sheet, range }) => ({ sheet, range })),
    standardSet: { id: v.detection.set.id, detectedFrom: v.detection.detectedFrom },
    school: schoolJson(v.detection),
    diagnostics: v.diagnostics.map((d) => diagnosticJson(d, lang)),
    summary: v.summary,
  };
}
