import { extname } from "node:path";
import { validationJson, type ValidationJson } from "../../app/validation-json";
import { reportCountsOf, type ReportCounts } from "../../core/report/report-counts";
import type { Lang } from "../../core/rules/types";
import { UsageError, validateWorkbook, type TablesRead } from "../../core/validate/validate";
import { CLI } from "../messages";
import { readInput, UnusableInput, WORD_EXTENSIONS, type InputFailure } from "../read-input";
import { BATCH, type NotReadYetKind } from "./messages";

export interface CheckOptions {
  sheet?: string;
  standardSet?: string;
  lang: Lang;
}

export type FileErrorReason = InputFailure | "not-read-yet" | "internal";

/** Why a file of the batch was not checked, and what to do (one sentence). */
export interface FileError {
  reason: FileErrorReason;
  message: string;
}

/** One line of `khct validate <folder> --format json`: the single-file object plus the report counts and the error. */
export type FileResult = (ValidationJson & { reportCounts: ReportCounts | null; error: null }) | { file: string; reportCounts: null; error: FileError };

/** Extensions KHCT reads: workbooks, and Word documents (a .doc is read far enough to say it must be saved as .docx). */
export const READ_EXTENSIONS = new Set([".xlsx", ".xlsm", ...WORD_EXTENSIONS]);

/** Documents schools send that KHCT does not read yet, and what to tell them. */
export const NOT_READ_YET: Record<string, NotReadYetKind> = {
  ".xls": "excel",
  ".xlsb": "excel",
  ".ods": "excel",
  ".csv": "excel",
  ".odt": "word",
  ".pdf": "pdf",
};

function failed(file: string, reason: FileErrorReason, message: string): FileResult {
  return { file, reportCounts: null, error: { reason, message } };
}

/**
 * Reads and validates one file of a batch. Never throws: a file that cannot be read, or that makes
 * KHCT fail, becomes a result with its error sentence, and the batch goes on.
 */
export async function checkFile(file: string, options: CheckOptions): Promise<FileResult> {
  const { lang } = options;
  const ext = extname(file).toLowerCase();
  const kind = NOT_READ_YET[ext];
  if (kind) return failed(file, "not-read-yet", BATCH.notReadYet[kind][lang]({ file, ext }));
  try {
    const { workbook, sources } = await readInput(file, options.sheet, lang);
    // the report counts read the tables the check read (resolving grouped codes changes none of what they count)
    const tablesRead: TablesRead = new Map();
    const validation = validateWorkbook(workbook, { sheet: options.sheet, standardSet: options.standardSet, tablesRead });
    return { ...validationJson(file, validation, lang, sources?.at.bind(sources)), reportCounts: reportCountsOf(workbook, tablesRead), error: null };
  } catch (e) {
    if (e instanceof UnusableInput) return failed(file, e.reason, e.message);
    if (e instanceof UsageError) return failed(file, "no-sheets", CLI.noSheets[lang]); // only KHCT's own sheets
    return failed(file, "internal", BATCH.internal[lang](e instanceof Error ? e.message : String(e)));
  }
}
