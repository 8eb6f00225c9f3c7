import { detectStandardSet, type Detection, type Evidence } from "../plan/detect";
import type { PlanTable } from "../plan/types";
import type { SheetSnapshot } from "../sheet/snapshot";
import { SheetView } from "../sheet/snapshot";
import { circularKey, indexOf, setsForCircular, setsForSchoolType, setsInForce, STANDARD_SETS } from "../standards/sets";
import type { StandardSet } from "../standards/types";
import type { EvaluationTable } from "./types";

export interface SheetTables {
  view: SheetView;
  evaluations: EvaluationTable[];
  plans: PlanTable[];
}

/** The sheet without its self-evaluation tables: criterion titles ("… cấp tiểu học") are no evidence of the school. */
function withoutEvaluationRows(view: SheetView, tables: EvaluationTable[]): SheetView {
  if (tables.length === 0) return view;
  const inTable = (r: number) => tables.some((t) => r >= t.headerRows[0] && r <= t.lastRow);
  const s = view.snapshot;
  const blank = <T>(rows: T[][] | undefined, empty: T) => rows?.map((row, i) => (inTable(s.top + i) ? row.map(() => empty) : row));
  const masked: SheetSnapshot = { ...s, values: blank(s.values, null)!, text: blank(s.text, ""), formulas: blank(s.formulas, null) };
  return new SheetView(masked);
}

/** The sets the strong evidence allows: the circular cited, the school type, the school year. */
function allowedByEvidence(d: Detection): StandardSet[] {
  let sets = [...STANDARD_SETS];
  for (const e of d.detectedFrom) {
    if (e.source === "circular") sets = sets.filter((s) => setsForCircular(circularKey(e.evidence)).includes(s));
    if (e.source === "schoolType" && d.school.type) sets = sets.filter((s) => setsForSchoolType(d.school.type!).includes(s));
    if (e.source === "schoolYear" && d.school.year) sets = setsInForce(sets, `${d.school.year.slice(0, 4)}-09-01`);
  }
  return sets;
}

function codesOf(table: EvaluationTable): Set<string> {
  return new Set(table.rows.map((r) => r.code).filter((c): c is string => !!c));
}

/** Criteria the table and the set do not share, both ways. */
function distance(set: StandardSet, codes: Set<string>): number {
  const own = indexOf(set).criteria;
  return [...codes].filter((c) => !own.has(c)).length + [...own.keys()].filter((c) => !codes.has(c)).length;
}

/**
 * Which standard set a self-evaluation follows: the plan's detection (user > circular > school type >
 * school year) on the sheet without its tables, then the table's shape (a Mức 3 column or a Mức 4
 * table means a 2018 set; a "Bắt buộc" column TT57), then the set whose criteria the table lists.
 */
export function detectEvaluationSet(chosen: SheetTables, others: SheetTables[], table: EvaluationTable | undefined, level4: boolean, userSetId?: string): Detection {
  const detection = detectStandardSet(
    withoutEvaluationRows(chosen.view, chosen.evaluations),
    chosen.plans,
    userSetId,
    others.map((o) => ({ view: withoutEvaluationRows(o.view, o.evaluations), tables: o.plans })),
  );
  if (userSetId || !table) return detection;
  let candidates = allowedByEvidence(detection);
  const evidence: Evidence[] = [];
  const narrow = (next: StandardSet[], e: Evidence) => {
    if (next.length === 0 || next.length === candidates.length) return;
    candidates = next;
    evidence.push(e);
  };
  const highest = Math.max(0, ...table.markColumns.map((m) => m.level), ...table.rows.map((r) => (table.valueColumn !== undefined ? (r.level ?? 0) : 0)));
  if (highest >= 3 || level4) narrow(candidates.filter((s) => s.levels.includes(3)), { source: "layout", evidence: level4 ? "Mức 4" : "Mức 3" });
  if (table.mandatoryColumn !== undefined) narrow(candidates.filter((s) => s.standards.some((st) => st.criteria.some((c) => c.mandatory))), { source: "layout", evidence: "Bắt buộc" });
  const codes = codesOf(table);
  if (codes.size) {
    const best = Math.min(...candidates.map((s) => distance(s, codes)));
    narrow(candidates.filter((s) => distance(s, codes) === best), { source: "codes", evidence: [...codes].slice(0, 12).join(", ") });
  }
  if (evidence.length === 0 || candidates.includes(detection.set)) {
    return evidence.length ? { ...detection, detectedFrom: [...detection.detectedFrom.filter((e) => e.source !== "default"), ...evidence] } : detection;
  }
  return { ...detection, set: candidates[0], detectedFrom: [...detection.detectedFrom.filter((e) => e.source !== "default"), ...evidence] };
}
