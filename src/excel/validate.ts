import { findStoreSheet, withoutStoreSheet, type KhctStore } from "../core/store";
import type { SheetSnapshot, WorkbookSnapshot } from "../core/sheet/snapshot";
import { UsageError, validateWorkbook, type ValidateOptions, type Validation } from "../core/validate/validate";
import type { ExcelCapabilities, Limitation } from "./capabilities";
import { KhctExcelError } from "./errors";
import { excelMessages } from "./messages";
import { readWorkbook } from "./read-workbook";
import { storeFrom } from "./store";
import type { WorkbookState } from "./workbook-state";

export interface ExcelValidation {
  validation: Validation;
  /** the workbook as validated (without KHCT's own sheet) */
  workbook: WorkbookSnapshot;
  state: WorkbookState;
  store: KhctStore;
  storeSheet: SheetSnapshot | undefined;
  limitations: Limitation[];
}

/**
 * Validates the plan in the open workbook: two syncs for a normal plan (sheet list, then the sheets
 * the plan may be on, see `sheetsToRead`), then the core.
 * The school profile's standard set counts as the user's choice unless `options` names one.
 * Writes nothing.
 */
export async function validateInExcel(context: Excel.RequestContext, caps: ExcelCapabilities, options: ValidateOptions = {}): Promise<ExcelValidation> {
  const read = await readWorkbook(context, caps, options.sheet ? [options.sheet] : []);
  const { store, sheet: storeSheet } = storeFrom(findStoreSheet(read.workbook));
  const workbook = withoutStoreSheet(read.workbook);
  try {
    const validation = validateWorkbook(workbook, { ...options, standardSet: options.standardSet ?? store.profile.standardSet });
    return { validation, workbook, state: read.state, store, storeSheet, limitations: read.limitations };
  } catch (e) {
    if (e instanceof UsageError && options.sheet) throw new KhctExcelError("sheet-missing", excelMessages.sheetMissing(options.sheet));
    throw e;
  }
}
