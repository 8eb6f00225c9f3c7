import { a1 } from "../sheet/address";
import type { FormulaValue, PatchValue, SheetPatch, StyledRange } from "../sheet/patch";
import type { SheetView } from "../sheet/snapshot";
import { indexOf, setLabel } from "../standards/sets";
import { conditionsAt, inGroup, ruleLevels, type Condition, type CriterionGroup } from "./conditions";
import { countContains, countContainsFormula, counta, countaFormula, rectangles, type Ranges } from "./excel-count";
import type { Evaluation } from "./evaluate";
import { level4Line } from "./phrases";
import type { EvaluationTable } from "./types";

const WIDTH = 6;
const HEADINGS = ["Mức", "Số tiêu chí đạt", "Tổng số tiêu chí", "Tỷ lệ đạt", "Số tiêu chí không đạt", "Tỷ lệ không đạt"];
const GROUP_LABEL: Record<CriterionGroup, string> = { all: "", mandatory: " – tiêu chí bắt buộc", others: " – tiêu chí khác" };

interface CountRow {
  key: string;
  label: string;
  formula: string;
  cached: number;
  of: number;
}

const keyOf = (group: CriterionGroup, reach: number) => `${group}:${reach}`;

/** The cells that hold a result of `reach` or above, on the rows of the group's criteria. */
function reachedCount(view: SheetView, table: EvaluationTable, rows: number[], reach: number, top: number): { formula: string; cached: number } {
  if (table.valueColumn !== undefined) {
    const ranges = rectangles(rows, [table.valueColumn]);
    const levels = Array.from({ length: top - reach + 1 }, (_, i) => String(reach + i));
    return {
      formula: levels.map((l) => countContainsFormula(ranges, l)).join("+"),
      cached: levels.reduce((n, l) => n + countContains(view, ranges, l), 0),
    };
  }
  const ranges: Ranges = rectangles(rows, table.markColumns.filter((m) => m.level >= reach).map((m) => m.col));
  return { formula: countaFormula(ranges), cached: counta(view, ranges) };
}

function fv(formula: string, cached: number | string): FormulaValue {
  return { formula: `=${formula}`, cached };
}

/** Where the block goes: right of the table, past anything already written there. */
function blockLeft(view: SheetView, top: number, height: number, from: number): number {
  const free = (left: number) => {
    for (let r = top; r < top + height; r++) for (let c = left; c < left + WIDTH; c++) if (!view.isEmpty(r, c) || view.mergeOf(r, c)) return false;
    return true;
  };
  let left = from;
  while (!free(left)) left++;
  return left;
}

/**
 * The summary block written next to the self-evaluation table on request: counts and rates per
 * level (live COUNTA/COUNTIF formulas over the result columns), the school's level and the
 * national-standard degree as formulas built from the level rule, each with the value the core
 * computed as Excel would. Never covers a filled cell. Undefined when there is no table.
 */
export function buildSummaryPatch(evaluation: Evaluation): SheetPatch | undefined {
  const { table, result, view, level4Table } = evaluation;
  if (!table || !result) return undefined;
  const set = evaluation.detection.set;
  const index = indexOf(set);
  const rule = result.rule;
  const levels = ruleLevels(rule, index);
  const top = Math.max(...set.levels);
  const allRows = Array.from({ length: table.lastRow - table.firstRow + 1 }, (_, i) => table.firstRow + i);
  const rowsOf = (group: CriterionGroup) =>
    group === "all" ? allRows : table.rows.filter((r) => r.code && index.criteria.get(r.code) && inGroup(index.criteria.get(r.code)!, group)).map((r) => r.row);
  const groups: CriterionGroup[] = rule.kind === "mandatory-plus-others" ? ["all", "mandatory", "others"] : ["all"];
  const counts: CountRow[] = levels.flatMap((level) =>
    groups.map((group) => {
      const { formula, cached } = reachedCount(view, table, rowsOf(group), level, top);
      const of = [...index.criteria.values()].filter((c) => inGroup(c, group) && c.maxLevel >= level).length;
      return { key: keyOf(group, level), label: `Mức ${level}${GROUP_LABEL[group]}`, formula, cached, of };
    }),
  );
  const level4Count = result.level4?.status === "met" || result.level4?.status === "not-met" ? result.level4.requirements : null;
  if (level4Table && level4Count) {
    const passed = level4Table.markColumns.find((m) => m.level === 1)!.col;
    const ranges = rectangles(Array.from({ length: level4Table.lastRow - level4Table.firstRow + 1 }, (_, i) => level4Table.firstRow + i), [passed]);
    counts.push({ key: "level4", label: "Yêu cầu Mức 4", formula: countaFormula(ranges), cached: counta(view, ranges), of: level4Count });
  }

  const height = 2 + counts.length + 3;
  const top0 = table.headerRows[0];
  const left = blockLeft(view, top0, height, table.right + 2);
  const cell = (i: number, col: number) => a1(top0 + i, left + col);
  const rowOf = new Map(counts.map((c, i) => [c.key, 2 + i]));
  const cachedOf = new Map(counts.map((c) => [c.key, c.cached]));

  const values: PatchValue[][] = [[`Tổng hợp kết quả tự đánh giá (KHCT, ${setLabel(set)})`, null, null, null, null, null], HEADINGS];
  for (const c of counts) {
    const i = values.length;
    const [b, cc] = [cell(i, 1), cell(i, 2)];
    values.push([
      c.label,
      fv(c.formula, c.cached),
      c.of,
      fv(`IF(${cc}=0,0,${b}/${cc})`, c.of === 0 ? 0 : c.cached / c.of),
      fv(`${cc}-${b}`, c.of - c.cached),
      fv(`IF(${cc}=0,0,${cell(i, 4)}/${cc})`, c.of === 0 ? 0 : (c.of - c.cached) / c.of),
    ]);
  }

  // the level: nested IFs over the conditions of each level, highest first
  const test = (cond: Condition) => {
    const i = rowOf.get(keyOf(cond.group, cond.reach))!;
    const need = cond.atLeast === "all" ? cell(i, 2) : String(cond.atLeast);
    const needValue = cond.atLeast === "all" ? (values[i][2] as number) : cond.atLeast;
    return { formula: `${cell(i, 1)}>=${need}`, holds: (cachedOf.get(keyOf(cond.group, cond.reach)) ?? 0) >= needValue };
  };
  const steps = levels.map((level) => ({ level, tests: levels.filter((l) => l <= level).flatMap((l) => conditionsAt(rule, l)).map(test) }));
  if (rowOf.has("level4")) {
    const i = rowOf.get("level4")!;
    const l4 = { formula: `${cell(i, 1)}>=${cell(i, 2)}`, holds: cachedOf.get("level4")! >= level4Count! };
    steps.push({ level: 4, tests: [...steps[steps.length - 1].tests, l4] });
  }
  let levelFormula = "0";
  let levelCached = 0;
  for (const s of steps) {
    levelFormula = `IF(AND(${s.tests.map((t) => t.formula).join(",")}),${s.level},${levelFormula})`;
    if (s.tests.every((t) => t.holds)) levelCached = s.level;
  }
  const levelRow = values.length;
  values.push(["Mức đánh giá của trường", fv(levelFormula, levelCached), null, null, null, null]);
  const degrees = [...rule.nationalStandard].sort((a, b) => a.degree - b.degree);
  const levelCell = cell(levelRow, 1);
  const nsFormula = degrees.reduce((f, d) => `IF(${levelCell}>=${d.minLevel},${d.degree},${f})`, "0");
  const nsCached = Math.max(0, ...degrees.filter((d) => levelCached >= d.minLevel).map((d) => d.degree));
  values.push(["Chuẩn quốc gia (mức độ)", fv(nsFormula, nsCached), null, null, null, null]);
  const note = [`Quy tắc: ${rule.source.vi}. ${rule.status.vi}`, rule.nationalStandardCondition.vi, level4Line(result)?.vi].filter(Boolean).join(" ");
  values.push([note, null, null, null, null, null]);

  const last = values.length - 1;
  const range = (r1: number, c1: number, r2: number, c2: number) => `${cell(r1, c1)}:${cell(r2, c2)}`;
  const styles: StyledRange[] = [
    { range: range(0, 0, 0, WIDTH - 1), style: { font: { bold: true }, hAlign: "center" } },
    { range: range(1, 0, 1, WIDTH - 1), style: { font: { bold: true }, wrap: true, hAlign: "center", vAlign: "center" } },
    { range: range(1, 0, last - 1, WIDTH - 1), style: { border: "thin" } },
    { range: range(2, 3, levelRow - 1, 3), style: { numberFormat: "0.0%" } },
    { range: range(2, 5, levelRow - 1, 5), style: { numberFormat: "0.0%" } },
    { range: cell(levelRow, 1), style: { numberFormat: '"Mức "0;;"Chưa đạt Mức 1"', font: { bold: true } } },
    { range: cell(levelRow + 1, 1), style: { numberFormat: '"mức độ "0;;"chưa đạt"' } },
    { range: range(levelRow, 0, levelRow + 1, 0), style: { font: { bold: true } } },
    { range: range(last, 0, last, WIDTH - 1), style: { font: { italic: true }, wrap: true, vAlign: "top" } },
  ];
  return {
    sheet: evaluation.sheet,
    blocks: [{ top: top0, left, values }],
    merges: [range(0, 0, 0, WIDTH - 1), range(levelRow, 1, levelRow, WIDTH - 1), range(levelRow + 1, 1, levelRow + 1, WIDTH - 1), range(last, 0, last, WIDTH - 1)],
    styles,
    columnWidths: [{ col: left, width: 30 }, ...Array.from({ length: WIDTH - 1 }, (_, i) => ({ col: left + 1 + i, width: 13 }))],
    rowHeights: [{ row: top0 + last, height: 60 }],
  };
}
