import type { Evaluation } from "../core/evaluation/evaluate";
import { gapLine, level4Line, levelName, nationalStandardLine, notReachedLine, reachedLine } from "../core/evaluation/phrases";
import type { GapChoice, GapItem, Level4Status, SchoolLevelResult } from "../core/evaluation/school-level";
import type { Lang } from "../core/rules/types";
import { diagnosticJson, schoolJson, type DiagnosticJson, type ValidationJson } from "./validation-json";

export interface LevelCountJson {
  level: number;
  reached: number;
  notReached: number;
  of: number;
  /** one decimal: 66.7 */
  percent: number;
  notReachedPercent: number;
  /** "Số lượng đạt Mức 2: 18/27 – Tỷ lệ 66,7%" */
  text: string;
  notReachedText: string;
  mandatory?: { reached: number; of: number };
  others?: { reached: number; of: number };
}

export interface EvaluationResultJson {
  /** 0 when Mức 1 is not reached */
  level: number;
  levelText: string;
  counts: { criteria: number; undetermined: string[]; levels: LevelCountJson[] };
  /** the national-standard degree the level supports (0: none) */
  nationalStandard: number;
  nationalStandardText: string;
  next: number | null;
  gap: GapItem[];
  gapChoices: GapChoice[];
  gapText: string | null;
  level4: { status: Level4Status; requirements: number | null; met: number[]; unmet: number[]; undetermined: number[]; text: string } | null;
  rule: { id: string; kind: string; source: string; status: string };
}

/** The machine-readable result of `khct evaluate`: the validation's shape plus `tables` and `result`. */
export interface EvaluationJson {
  file: string;
  sheet: string;
  tables: { levels: string | null; level4: string | null };
  standardSet: ValidationJson["standardSet"];
  school: ValidationJson["school"];
  diagnostics: (DiagnosticJson & { sheet?: string })[];
  summary: ValidationJson["summary"];
  result: EvaluationResultJson | null;
}

export function resultJson(r: SchoolLevelResult, lang: Lang): EvaluationResultJson {
  return {
    level: r.level,
    levelText: levelName(r.level)[lang],
    counts: {
      criteria: r.counts[0]?.of ?? 0,
      undetermined: r.undetermined,
      levels: r.counts.map((c) => ({
        level: c.level,
        reached: c.reached,
        notReached: c.notReached,
        of: c.of,
        percent: c.percent,
        notReachedPercent: c.notReachedPercent,
        text: reachedLine(c)[lang],
        notReachedText: notReachedLine(c)[lang],
        ...(c.mandatory ? { mandatory: c.mandatory } : {}),
        ...(c.others ? { others: c.others } : {}),
      })),
    },
    nationalStandard: r.nationalStandard,
    nationalStandardText: nationalStandardLine(r)[lang],
    next: r.next,
    gap: r.gap,
    gapChoices: r.gapChoices,
    gapText: gapLine(r)?.[lang] ?? null,
    level4: r.level4 ? { ...r.level4, text: level4Line(r)![lang] } : null,
    rule: { id: r.rule.id, kind: r.rule.kind, source: r.rule.source[lang], status: r.rule.status[lang] },
  };
}

export function evaluationJson(file: string, e: Evaluation, lang: Lang): EvaluationJson {
  return {
    file,
    sheet: e.sheet,
    tables: { levels: e.table?.range ?? null, level4: e.level4Table?.range ?? null },
    standardSet: { id: e.detection.set.id, detectedFrom: e.detection.detectedFrom },
    school: schoolJson(e.detection),
    diagnostics: e.diagnostics.map((d) => ({ ...diagnosticJson(d, lang), ...(d.sheet ? { sheet: d.sheet } : {}) })),
    summary: e.summary,
    result: e.result ? resultJson(e.result, lang) : null,
  };
}
