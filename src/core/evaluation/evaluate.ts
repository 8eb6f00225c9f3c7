import type { Detection } from "../plan/detect";
import { readTables } from "../plan/read";
import { resolveGroupedCodes } from "../plan/resolve-codes";
import type { PlanTable } from "../plan/types";
import { indexOf, setLabel } from "../standards/sets";
import { SheetView, type WorkbookSnapshot } from "../sheet/snapshot";
import { isKhctSheet, UsageError } from "../validate/validate";
import { findConclusions } from "./conclusion";
import { detectEvaluationSet, type SheetTables } from "./detect";
import { readEvaluationTables } from "./read";
import { criterionResults, requirementResults, type CriterionResult, type RequirementResult } from "./results";
import { runEvaluationRules } from "./rules/run";
import type { EvaluationDiagnostic } from "./rules/types";
import { schoolLevelResult, type SchoolLevelResult } from "./school-level";
import type { Conclusion, EvaluationTable } from "./types";

export interface EvaluateOptions {
  /** the sheet holding the self-evaluation; by default the visible sheet with the longest one */
  sheet?: string;
  /** a standard set id chosen by the user (overrides detection) */
  standardSet?: string;
}

export interface Evaluation {
  sheet: string;
  /** the sheet as read, for builders that write next to the table */
  view: SheetView;
  /** the criterion-level table; undefined when the sheet has none */
  table?: EvaluationTable;
  level4Table?: EvaluationTable;
  detection: Detection;
  results: ReadonlyMap<string, CriterionResult>;
  requirements: RequirementResult[];
  conclusions: Conclusion[];
  /** plan tables of the workbook, cross-checked against the results */
  plans: PlanTable[];
  /** undefined when there is no table */
  result?: SchoolLevelResult;
  diagnostics: EvaluationDiagnostic[];
  summary: { errors: number; warnings: number; infos: number; criteria: number };
}

function levelsTable(s: SheetTables): EvaluationTable | undefined {
  return s.evaluations.filter((t) => t.kind === "levels").reduce<EvaluationTable | undefined>((a, b) => (!a || b.rows.length > a.rows.length ? b : a), undefined);
}

function chooseSheet(sheets: SheetTables[], name: string | undefined): SheetTables {
  if (name !== undefined) {
    const named = sheets.find((s) => s.view.name === name);
    if (!named) throw UsageError.noSuchSheet(name);
    return named;
  }
  const visible = sheets.filter((s) => s.view.snapshot.visible);
  const size = (s: SheetTables) => levelsTable(s)?.rows.length ?? -1;
  return visible.reduce<SheetTables | undefined>((a, b) => (!a || size(b) > size(a) ? b : a), undefined) ?? sheets[0];
}

/** Rows of a sheet that belong to a table (plan or evaluation): prose conclusions are read elsewhere. */
function tableRows(s: SheetTables): (row: number) => boolean {
  const spans = [...s.evaluations.map((t) => [t.headerRows[0], t.lastRow]), ...s.plans.map((t) => [t.headerRows[0], t.lastRow])];
  return (row) => spans.some(([top, bottom]) => row >= top && row <= bottom);
}

function noTable(sheet: string): EvaluationDiagnostic {
  return {
    rule: "eval/no-table",
    severity: "error",
    cell: null,
    row: -1,
    col: -1,
    message: {
      vi: `Không tìm thấy bảng kết quả tự đánh giá trong trang "${sheet}". KHCT tìm một hàng tiêu đề có cột "Tiêu chuẩn, tiêu chí" và các cột kết quả "Không đạt", "Mức 1", "Mức 2", "Mức 3" (hoặc một cột "Mức đạt được").`,
      en: `No self-evaluation table found in sheet "${sheet}". KHCT looks for a header row with a "Tiêu chuẩn, tiêu chí" column and result columns "Không đạt", "Mức 1", "Mức 2", "Mức 3" (or one "Mức đạt được" column).`,
    },
  };
}

function summarise(diagnostics: EvaluationDiagnostic[], criteria: number): Evaluation["summary"] {
  const count = (s: string) => diagnostics.filter((d) => d.severity === s).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info"), criteria };
}

/**
 * Reads a workbook's self-evaluation, checks it, computes the school's level and cross-checks the
 * plans beside it. Pure: data in, data out; the CLI and the task pane call it alike.
 */
export function evaluateWorkbook(workbook: WorkbookSnapshot, options: EvaluateOptions = {}): Evaluation {
  const sheets: SheetTables[] = workbook.sheets
    .filter((s) => !isKhctSheet(s.name))
    .map((s) => {
      const view = new SheetView(s);
      return { view, evaluations: readEvaluationTables(view), plans: readTables(view) };
    });
  if (sheets.length === 0) throw UsageError.noSheets();
  const chosen = chooseSheet(sheets, options.sheet);
  const table = levelsTable(chosen);
  const level4Table = chosen.evaluations.find((t) => t.kind === "level4");
  const others = sheets.filter((s) => s !== chosen && s.view.snapshot.visible);
  const detection = detectEvaluationSet(chosen, others, table, !!level4Table, options.standardSet);
  const index = indexOf(detection.set);
  const results = criterionResults(table, index);
  const requirements = requirementResults(level4Table, detection.set.level4?.count ?? null);
  const plans = sheets.flatMap((s) => s.plans.filter((p) => p.layout.kind === "plan"));
  for (const plan of plans) resolveGroupedCodes(plan, index);
  const conclusions = [chosen, ...others].flatMap((s) => findConclusions(s.view, tableRows(s)));
  const base = { sheet: chosen.view.name, view: chosen.view, table, level4Table, detection, results, requirements, conclusions, plans };
  if (!table) {
    const diagnostics = [noTable(chosen.view.name)];
    return { ...base, diagnostics, summary: summarise(diagnostics, 0) };
  }
  const result = schoolLevelResult(index, results, requirements, !!level4Table);
  const diagnostics = runEvaluationRules({
    sheet: chosen.view.name,
    table,
    level4Table,
    set: detection.set,
    index,
    setName: setLabel(detection.set),
    results,
    requirements,
    result,
    conclusions,
    plans,
  });
  const criteria = new Set(table.rows.map((r) => r.code).filter((c) => c && index.criteria.has(c))).size;
  return { ...base, result, diagnostics, summary: summarise(diagnostics, criteria) };
}
