/**
 * The self-evaluation at a glance: what the pane shows of an Evaluation — the school's level as a
 * headline, the counts per level (reached / of, percentage), the national-standard line, and the gap
 * as criteria with the level each needs and the cell of its row. Pure: an Evaluation in, plain data out.
 */
import type { Evaluation } from "../core/evaluation/evaluate";
import { gapChoice, level4Gap, level4Line, levelName, nationalStandardLine, ruleLine, undeterminedLine } from "../core/evaluation/phrases";
import type { Tally } from "../core/evaluation/counts";
import type { Bilingual } from "../core/rules/types";

export interface LevelRow {
  level: number;
  reached: number;
  of: number;
  /** one decimal: 66.7 */
  percent: number;
  /** TT57: the mandatory criteria and the others */
  mandatory?: Tally;
  others?: Tally;
}

export interface CriterionCell {
  criterion: string;
  /** the cell naming the criterion in the self-evaluation table, when it has a row */
  cell?: string;
}

export interface GapCriterion extends CriterionCell {
  needs: number;
  /** its level now; null when the table does not say */
  current: number | null;
}

export interface EvaluationSummary {
  sheet: string;
  /** undefined when there is no self-evaluation table: then `problem` says why */
  level?: number;
  levelName?: Bilingual;
  rows: LevelRow[];
  nationalStandard?: Bilingual;
  /** the level the gap leads to; null at the top */
  next: number | null;
  gap: GapCriterion[];
  /** TT57: "n more of these criteria need Mức m" (with those criteria's cells); the Mức 4 requirements */
  otherNeeds: { text: Bilingual; criteria: CriterionCell[] }[];
  notes: Bilingual[];
  problem?: Bilingual;
  /** errors and warnings the self-evaluation's own check found */
  findings: { errors: number; warnings: number };
}

export function summarizeEvaluation(e: Evaluation): EvaluationSummary {
  const findings = { errors: e.summary.errors, warnings: e.summary.warnings };
  const r = e.result;
  if (!r) return { sheet: e.sheet, rows: [], next: null, gap: [], otherNeeds: [], notes: [], problem: e.diagnostics[0]?.message, findings };
  const cellOf = (criterion: string) => e.results.get(criterion)?.row?.codeField?.cell;
  const gap = r.gap.map((g) => ({ criterion: g.criterion, needs: g.needs, current: g.current, cell: cellOf(g.criterion) }));
  const level4Need = r.next === 4 && r.level4 && r.level4.status !== "unknown-count" && r.level4.status !== "met" ? r.level4 : null;
  return {
    sheet: e.sheet,
    level: r.level,
    levelName: levelName(r.level),
    rows: r.counts.map((c) => ({ level: c.level, reached: c.reached, of: c.of, percent: c.percent, mandatory: c.mandatory, others: c.others })),
    nationalStandard: nationalStandardLine(r),
    next: r.next,
    gap,
    otherNeeds: [
      ...r.gapChoices.map((c) => ({ text: sentence(gapChoice(c)), criteria: c.among.map((criterion) => ({ criterion, cell: cellOf(criterion) })) })),
      ...(level4Need ? [{ text: sentence(level4Gap(level4Need)), criteria: [] }] : []),
    ],
    notes: [r.level >= 3 || r.level4?.status !== "no-table" ? level4Line(r) : null, undeterminedLine(r), ruleLine(r)].filter((l): l is Bilingual => l !== null),
    findings,
  };
}

/** A phrase as a sentence of its own: capital first letter, full stop. */
function sentence(b: Bilingual): Bilingual {
  const one = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? "" : "."}`;
  return { vi: one(b.vi), en: one(b.en) };
}
