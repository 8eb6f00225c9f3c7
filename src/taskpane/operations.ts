/**
 * What the pane's buttons do, each in one Excel.run through the Excel host (src/excel). The pure
 * parts (template, report, validation) come from the core; nothing here touches office-js directly.
 */
import { evaluateWorkbook } from "../core/evaluation/evaluate";
import type { Diagnostic } from "../core/rules/types";
import { STORE_SHEET, type FixRecord, type SchoolProfile } from "../core/store";
import { evaluationSummaryCommand, reportCommand, templateCommand, type ReportOutcome } from "../app/excel-commands";
import {
  applyFix,
  clearMarks,
  readProfile,
  revealCell,
  runCommand,
  saveProfile,
  undoFix,
  validateAndMark,
  prepareForPrint,
  validateInExcel,
  withExcel,
  type PreparedSheet,
  type ExcelValidation,
  type Limitation,
} from "../excel";

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

export const loadProfile = (): Promise<SchoolProfile> => withExcel((ctx, caps) => readProfile(ctx, caps));

export const storeProfile = (profile: SchoolProfile): Promise<void> => withExcel((ctx, caps) => saveProfile(ctx, caps, profile));

export interface CheckResult {
  check: ExcelValidation;
  marked?: number;
  limitations: Limitation[];
}

/** Validates the open workbook; with `mark`, marks the cells in question (replacing earlier marks). */
export function checkPlan(profile: SchoolProfile, mark: boolean): Promise<CheckResult> {
  const options = { standardSet: profile.standardSet || undefined };
  return withExcel(async (ctx, caps) => {
    if (!mark) {
      const check = await validateInExcel(ctx, caps, options);
      return { check, limitations: check.limitations };
    }
    const { result, marked, limitations } = await validateAndMark(ctx, caps, options);
    return { check: result, marked, limitations };
  });
}

export const removeMarks = (): Promise<number> => withExcel(async (ctx, caps) => (await clearMarks(ctx, caps)).cleared);

/** Inserts the template for the profile (two round trips). */
export function insertTemplate(profile: SchoolProfile): Promise<{ sheet: string; limitations: Limitation[] }> {
  return withExcel(async (ctx, caps) => {
    const result = await runCommand(ctx, caps, templateCommand(profile, today()));
    return { sheet: result.applied.sheets[0]?.name ?? "", limitations: result.limitations };
  });
}

/** Builds or refreshes the report sheet of a period (three round trips); null when there is no plan. */
export function makeReport(profile: SchoolProfile, period: "hk1" | "year", date: string): Promise<ReportOutcome | null> {
  return withExcel(async (ctx, caps) => {
    const command = reportCommand(profile, period, date);
    await runCommand(ctx, caps, command);
    return command.outcome();
  });
}

/** Lays the plan and report sheets out for print (row heights, page breaks, print area, page setup). */
export const preparePrint = (): Promise<{ sheets: PreparedSheet[]; limitations: Limitation[] }> => withExcel((ctx, caps) => prepareForPrint(ctx, caps));

export const showCell = (sheet: string, cell: string): Promise<void> => withExcel((ctx) => revealCell(ctx, sheet, cell));

/** Applies fixes one after the other; stops at the first that cannot be applied (the cell changed). */
export async function applyFixes(sheet: string, diagnostics: Diagnostic[]): Promise<FixRecord[]> {
  const done: FixRecord[] = [];
  for (const diagnostic of diagnostics) done.push(await withExcel((ctx, caps) => applyFix(ctx, caps, { sheet, diagnostic })));
  return done;
}

export const revertFix = (id: string): Promise<FixRecord> => withExcel((ctx, caps) => undoFix(ctx, caps, id));

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
  });
}
