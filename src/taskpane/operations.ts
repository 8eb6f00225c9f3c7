/**
 * What the pane's buttons do, each in one Excel.run through the Excel host (src/excel). The pure
 * parts (template, report, validation) come from the core; nothing here touches office-js directly.
 */
import { evaluateWorkbook } from "../core/evaluation/evaluate";
import type { Diagnostic } from "../core/rules/types";
import { STORE_SHEET, type FixRecord, type SchoolProfile } from "../core/store";
import { evaluationSummaryCommand, reportCommand, templateCommand, type ReportOutcome } from "../app/excel-commands";
import {
  applyFixes as applyFixesInExcel,
  clearMarks,
  readProfile,
  revealCell,
  runCommand,
  saveProfile,
  undoFixes,
  validateAndMark,
  prepareForPrint,
  validateInExcel,
  undoKind,
  withExcel,
  type PreparedSheet,
  type ExcelValidation,
  type Limitation,
  type ProfileRead,
} from "../excel";

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** The profile kept in the workbook, and whether the workbook is open read-only. */
export const loadProfile = (): Promise<ProfileRead> => withExcel((ctx, caps) => readProfile(ctx, caps));

/** A command that writes is one undo group where Excel has them (ExcelApi 1.20): one Ctrl+Z takes it back. */
const ONE_UNDO_STEP = { undoGroup: true };

export const storeProfile = (profile: SchoolProfile): Promise<void> => withExcel((ctx, caps) => saveProfile(ctx, caps, profile), ONE_UNDO_STEP);

export interface CheckResult {
  check: ExcelValidation;
  marked?: number;
  limitations: Limitation[];
}

/**
 * Validates the open workbook (two round trips for a plan of up to 2,000 rows); with `mark`, marks the
 * cells in question (replacing earlier marks). `sheet`: check that sheet (live checking keeps to the
 * sheet it watches).
 */
export function checkPlan(profile: SchoolProfile, mark: boolean, sheet?: string): Promise<CheckResult> {
  const options = { standardSet: profile.standardSet || undefined, sheet };
  return withExcel(
    async (ctx, caps) => {
      if (!mark) {
        const check = await validateInExcel(ctx, caps, options);
        return { check, limitations: check.limitations };
      }
      const { result, marked, limitations } = await validateAndMark(ctx, caps, options);
      return { check: result, marked, limitations };
    },
    { undoGroup: mark },
  );
}

export const removeMarks = (): Promise<number> => withExcel(async (ctx, caps) => (await clearMarks(ctx, caps)).cleared, ONE_UNDO_STEP);

/** Inserts the template for the profile (two round trips). */
export function insertTemplate(profile: SchoolProfile): Promise<{ sheet: string; limitations: Limitation[] }> {
  return withExcel(async (ctx, caps) => {
    const result = await runCommand(ctx, caps, templateCommand(profile, today()));
    return { sheet: result.applied.sheets[0]?.name ?? "", limitations: result.limitations };
  }, ONE_UNDO_STEP);
}

/** Builds or refreshes the report sheet of a period (three round trips); null when there is no plan. */
export function makeReport(profile: SchoolProfile, period: "hk1" | "year", date: string): Promise<ReportOutcome | null> {
  return withExcel(async (ctx, caps) => {
    const command = reportCommand(profile, period, date);
    await runCommand(ctx, caps, command);
    return command.outcome();
  }, ONE_UNDO_STEP);
}

/** Lays the plan and report sheets out for print (row heights, page breaks, print area, page setup). */
export const preparePrint = (): Promise<{ sheets: PreparedSheet[]; limitations: Limitation[] }> => withExcel((ctx, caps) => prepareForPrint(ctx, caps));

export const showCell = (sheet: string, cell: string): Promise<void> => withExcel((ctx) => revealCell(ctx, sheet, cell));

/** Applies one fix or "all of this kind" in one batch (three round trips); none when a cell changed since the check. */
export const applyFixes = (sheet: string, diagnostics: Diagnostic[]): Promise<FixRecord[]> => withExcel((ctx, caps) => applyFixesInExcel(ctx, caps, { sheet, diagnostics }), ONE_UNDO_STEP);

/** Takes back the fixes made from the pane, in one batch (four round trips); none when a cell was edited since. */
export const revertFixes = (ids: string[]): Promise<FixRecord[]> => withExcel((ctx, caps) => undoFixes(ctx, caps, ids), ONE_UNDO_STEP);

/**
 * Inserts the plan of a Word file the user picked as new sheets, in one write (two round trips: the
 * sheet list, the write). The Word reader loads only now, from its own chunk.
 */
export async function importWordFile(file: File): Promise<{ sheets: string[]; limitations: Limitation[] }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { wordSheets } = await import(/* webpackChunkName: "word" */ "./word-import");
  const sheets = wordSheets(bytes, file.name);
  return withExcel(async (ctx, caps) => {
    const result = await runCommand(ctx, caps, { read: [], compute: () => ({ sheets }) });
    return { sheets: result.applied.sheets.map((s) => s.name), limitations: result.limitations };
  });
}

/** The self-evaluation in the open workbook, when it holds one. */
export function evaluateOpenWorkbook(profile: SchoolProfile) {
  return withExcel(async (ctx, caps) => {
    const { workbook } = await validateInExcel(ctx, caps, { standardSet: profile.standardSet || undefined });
    return evaluateWorkbook({ sheets: workbook.sheets.filter((s) => s.name !== STORE_SHEET) }, { standardSet: profile.standardSet || undefined });
  });
}

/** Writes the self-evaluation's summary block beside its table; the sheet written, or null. */
export function writeEvaluationSummary(profile: SchoolProfile): Promise<string | null> {
  return withExcel(async (ctx, caps) => {
    const command = evaluationSummaryCommand(profile);
    await runCommand(ctx, caps, command);
    return command.written();
  }, ONE_UNDO_STEP);
}

/** Which undo the user has: Excel's Ctrl+Z (one step per KHCT command, ExcelApi 1.20), or KHCT's journal of fixes. */
export const availableUndo = (): "excel" | "journal" => undoKind();
