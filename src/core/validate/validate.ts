import { detectStandardSet, type Detection } from "../plan/detect";
import { readTables } from "../plan/read";
import { resolveGroupedCodes } from "../plan/resolve-codes";
import type { PlanTable } from "../plan/types";
import { RULES } from "../rules/index";
import { runRules } from "../rules/run";
import { indexOf } from "../standards/sets";
import type { Bilingual, Diagnostic } from "../rules/types";
import { SheetView, type SheetSnapshot, type WorkbookSnapshot } from "../sheet/snapshot";
import { citations } from "../rules/helpers";

export interface ValidateOptions {
  /** the sheet to check; by default the visible sheet whose table matches a known layout best */
  sheet?: string;
  /** a standard set id chosen by the user (overrides detection) */
  standardSet?: string;
  /** the tables read from each sheet, filled for a caller that reads them again (a batch's report counts) */
  tablesRead?: TablesRead;
}

/** Tables read by sheet: a batch reads each sheet's tables once for its check and its report counts. */
export type TablesRead = Map<SheetSnapshot, PlanTable[]>;

export interface Validation {
  sheet: string;
  table?: PlanTable;
  /** the workbook's other tables; `bySheet`: `--sheet <its sheet>` would check it (the best table of another sheet) */
  otherTables: { sheet: string; range: string; bySheet: boolean }[];
  detection: Detection;
  diagnostics: Diagnostic[];
  summary: { errors: number; warnings: number; infos: number; criteria: number };
}

/** A request the workbook cannot meet (no sheet to check, no sheet of that name), said in both languages. */
export class UsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }

  static noSheets(): UsageError {
    return new UsageError({ vi: "Tệp không có trang tính nào để kiểm tra.", en: "The workbook has no sheet to check." });
  }

  static noSuchSheet(name: string): UsageError {
    return new UsageError({ vi: `Không có trang tính "${name}" trong tệp.`, en: `The workbook has no sheet "${name}".` });
  }
}

interface Found {
  view: SheetView;
  tables: PlanTable[];
  order: number;
}

/** Sheets KHCT keeps for itself (dropdown lists, stored data) are never read as plans. */
export function isKhctSheet(name: string): boolean {
  return name.startsWith("KHCT_");
}

/** A report sheet KHCT wrote: its rows carry KHCT's stable keys. */
export function isKhctReport(t: PlanTable): boolean {
  return t.layout.kind === "report" && t.columns.key !== undefined;
}

/** Recognised columns; KHCT's own reports come last. */
function tableScore(t: PlanTable): number {
  return Object.keys(t.columns).length - (isKhctReport(t) ? 100 : 0);
}

/** The table a sheet's check reads: the one with the most recognised columns (KHCT's own reports last). */
function bestTable(tables: PlanTable[]): PlanTable | undefined {
  return tables.length ? tables.reduce((a, b) => (tableScore(b) > tableScore(a) ? b : a)) : undefined;
}

/** Validates one plan (or report) table of a workbook. Pure: data in, diagnostics out. */
export function validateWorkbook(workbook: WorkbookSnapshot, options: ValidateOptions = {}): Validation {
  const sheets = workbook.sheets.filter((s) => !isKhctSheet(s.name));
  if (sheets.length === 0) throw UsageError.noSheets();
  const found: Found[] = sheets.map((s, order) => {
    const view = new SheetView(s);
    const tables = options.tablesRead?.get(s) ?? readTables(view);
    options.tablesRead?.set(s, tables);
    return { view, tables, order };
  });
  let chosen: Found | undefined;
  if (options.sheet !== undefined) {
    chosen = found.find((f) => f.view.name === options.sheet);
    if (!chosen) throw UsageError.noSuchSheet(options.sheet);
  } else {
    const visible = found.filter((f) => f.view.snapshot.visible);
    // a report KHCT generated is not taken for the plan unless named (or nothing else is there)
    const plans = visible.filter((f) => f.tables.some((t) => !isKhctReport(t)));
    for (const f of plans.length ? plans : visible) {
      if (!f.tables.length) continue;
      const best = Math.max(...f.tables.map(tableScore));
      const current = chosen ? Math.max(...chosen.tables.map(tableScore)) : -1;
      if (best > current) chosen = f;
    }
    chosen ??= visible[0] ?? found[0];
  }
  const table = bestTable(chosen.tables);
  // `--sheet` reaches the best table of another sheet; the rest are named by range only
  const otherTables = found.flatMap((f) => {
    const reached = f !== chosen ? bestTable(f.tables) : undefined;
    return f.tables.filter((t) => t !== table).map((t) => ({ sheet: t.sheet, range: t.range, bySheet: t === reached }));
  });
  // a workbook's other visible sheets may hold the document header (a cover page, the plan beside a report)
  const others = found.filter((f) => f !== chosen && f.view.snapshot.visible);
  const detection = detectStandardSet(chosen.view, chosen.tables, options.standardSet, others);
  if (table) resolveGroupedCodes(table, indexOf(detection.set));
  const cited = table ? citations(table) : [];
  const diagnostics = table ? runRules(table, detection, RULES, cited) : [noTable(chosen.view.name)];
  const criteria = new Set(cited.map((c) => c.code)).size;
  return {
    sheet: chosen.view.name,
    table,
    otherTables,
    detection,
    diagnostics,
    summary: {
      errors: diagnostics.filter((d) => d.severity === "error").length,
      warnings: diagnostics.filter((d) => d.severity === "warning").length,
      infos: diagnostics.filter((d) => d.severity === "info").length,
      criteria,
    },
  };
}

function noTable(sheet: string): Diagnostic {
  return {
    rule: "plan/no-table",
    severity: "error",
    cell: null,
    row: -1,
    col: -1,
    message: {
      vi: `Không tìm thấy bảng kế hoạch trong trang "${sheet}". KHCT tìm một hàng tiêu đề có các cột như "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)", "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện" (mẫu theo Thông tư 17, 18, 19/2018), hoặc "Nội dung cải tiến", "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả", "Đơn vị/cá nhân phụ trách" (Biểu 2, Phụ lục V, Thông tư 57/2026).`,
      en: `No plan table found in sheet "${sheet}". KHCT looks for a header row with columns such as "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)", "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện" (the 2018 circulars' layout), or "Nội dung cải tiến", "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả", "Đơn vị/cá nhân phụ trách" (Biểu 2, Phụ lục V of Circular 57/2026).`,
    },
  };
}
