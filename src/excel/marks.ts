import { applyPatchToSnapshot } from "../core/sheet/apply";
import { pendingStore, planClearMarks, planMarks, STORE_SHEET, type MarkPlan } from "../core/store";
import type { ValidateOptions } from "../core/validate/validate";
import { queueWorkbookPatch } from "./apply-patch";
import type { ExcelCapabilities, Limitation } from "./capabilities";
import { readCellLooks } from "./cell-looks";
import { syncKeepingData } from "./layout-failure";
import { readStoreSheet, storeWrite, type StoreRead } from "./store";
import { validateInExcel, type ExcelValidation } from "./validate";
import { assertCanWrite, readWorkbookState, type WorkbookState } from "./workbook-state";

export interface MarkResult {
  marked: number;
  cleared: number;
  limitations: Limitation[];
}

/**
 * Writes a mark plan in one sync, in an order a failure half-way cannot turn into a painted cell
 * without a record: the store with every record the plan keeps, adds or drops first (see
 * `pendingStore`), then KHCT's old notes removed, the fills, the store as the plan leaves it, and
 * the new notes last (a note is optional layout: see `queueWorkbookPatch`).
 */
async function applyMarkPlan(context: Excel.RequestContext, state: WorkbookState, caps: ExcelCapabilities, plan: MarkPlan, storeRead: StoreRead): Promise<Limitation[]> {
  assertCanWrite(state, [...plan.patches.map((p) => p.sheet), ...plan.notesToRemove.map((n) => n.sheet), STORE_SHEET]);
  const pendingRecords = pendingStore(storeRead.store, plan);
  const pending = storeWrite(pendingRecords, storeRead);
  const recorded = await queueWorkbookPatch(context, { sheets: [pending] }, state, caps);
  if (caps.notes) for (const n of plan.notesToRemove) context.workbook.worksheets.getItem(n.sheet).notes.getItem(n.cell).delete();
  const afterPending: StoreRead = { store: pendingRecords, sheet: applyPatchToSnapshot(storeRead.sheet ?? null, pending) };
  const patch = { sheets: [...plan.patches, storeWrite(plan.store, afterPending)] };
  const { result } = await queueWorkbookPatch(context, patch, recorded.state, caps, recorded.pending + plan.notesToRemove.length * 80);
  return (await syncKeepingData(context, patch, result)).limitations;
}

/**
 * Validates and marks the cells in question on the validated sheet (a fill by severity and, from
 * ExcelApi 1.18, a note naming the rule), replacing the marks of the previous validation. Four syncs:
 * two to validate, one to read the cells' fills and notes, one to write (none when there is nothing
 * to mark or clear: a clean plan leaves the workbook untouched).
 */
export async function validateAndMark(context: Excel.RequestContext, caps: ExcelCapabilities, options: ValidateOptions = {}): Promise<MarkResult & { result: ExcelValidation }> {
  const result = await validateInExcel(context, caps, options);
  const { validation, store, state } = result;
  const sheet = validation.sheet;
  const targets = validation.diagnostics.filter((d) => d.cell).map((d) => ({ sheet, cell: d.cell! }));
  const looks = await readCellLooks(context, state, caps, [...targets, ...store.marks.filter((m) => m.sheet === sheet)]);
  const plan = planMarks({ sheet, diagnostics: validation.diagnostics, store, looks, notes: caps.notes });
  if (plan.marked === 0 && plan.cleared === 0) return { result, marked: 0, cleared: 0, limitations: result.limitations }; // nothing to write
  const limitations = await applyMarkPlan(context, state, caps, plan, { store, sheet: result.storeSheet });
  const noNotes: Limitation[] = caps.notes || plan.marked === 0 ? [] : ["notes-unavailable"];
  return { result, marked: plan.marked, cleared: plan.cleared, limitations: [...new Set([...result.limitations, ...limitations, ...noNotes])] };
}

/**
 * Clears KHCT's marks (of one sheet, or all): each cell gets back the fill it had, unless the user
 * recoloured it since; KHCT's notes go; no other cell is touched. Four syncs at most.
 */
export async function clearMarks(context: Excel.RequestContext, caps: ExcelCapabilities, sheet?: string): Promise<MarkResult> {
  const state = await readWorkbookState(context, caps);
  const storeRead = await readStoreSheet(context, state, caps);
  const marks = storeRead.store.marks.filter((m) => sheet === undefined || m.sheet === sheet);
  if (!marks.length) return { marked: 0, cleared: 0, limitations: [] };
  const looks = await readCellLooks(context, state, caps, marks);
  const plan = planClearMarks({ store: storeRead.store, looks, sheet });
  const limitations = await applyMarkPlan(context, state, caps, plan, storeRead);
  return { marked: 0, cleared: plan.cleared, limitations };
}
