import type { Lang } from "../core/rules/types";
import type { Validation } from "../core/validate/validate";

/** The machine-readable result of `khct validate` (one object per file). */
export interface ValidationJson {
  file: string;
  sheet: string;
  otherTables: { sheet: string; range: string }[];
  standardSet: { id: string; detectedFrom: { source: string; evidence: string; cell?: string; sheet?: string }[] };
  school: { name?: string; type?: string; year?: string };
  diagnostics: { rule: string; severity: string; cell: string | null; message: string; fix?: { cell: string; old: string; new: string } }[];
  summary: { errors: number; warnings: number; infos: number; criteria: number };
}

export function validationJson(file: string, v: Validation, lang: Lang): ValidationJson {
  const { name, type, year } = v.detection.school;
  return {
    file,
    sheet: v.sheet,
    otherTables: v.otherTables,
    standardSet: { id: v.detection.set.id, detectedFrom: v.detection.detectedFrom },
    school: { ...(name ? { name } : {}), ...(type ? { type } : {}), ...(year ? { year } : {}) },
    diagnostics: v.diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      cell: d.cell,
      message: d.message[lang],
      ...(d.fix ? { fix: d.fix } : {}),
    })),
    summary: v.summary,
  };
}
