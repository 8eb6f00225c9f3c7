import type { Diagnostic } from "../core/rules/types";
import { isFormulaValue } from "../core/sheet/patch";
import { planFix, planUndo, STORE_SHEET, type CellNow, type FixRecord, type Restore } from "../core/store";
import { queueWorkbookPatch } from "./apply-patch";
import type { ExcelCapabilities } from "./capabilities";
import { KhctExcelError } from "./errors";
import { excelMessages } from "./messages";
import { queueStoreRead, readStoreSheet, storeWrite, type StoreRead } from "./store";
import { assertCanWrite, assertSheetExists, readWorkbookState } from "./workbook-state";
import { textInput } from "./write-cells";

/** Queues the read of one cell as a fix or an undo needs it. */
function queueCellRead(context: Excel.RequestContext, sheet: string, cell: string): () => CellNow {
  const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
  range.load("values,formulas,numberFormat,text");
  return () => {
    const value = range.values[0][0] as string | number | boolean;
    const formula = range.formulas[0][0];
    const isFormula = typeof formula === "string" && formula.startsWith("=") && formula !== value;
    return { value: value === "" ? null : value, formula: isFormula ? formula : null, numberFormat: String(range.numberFormat[0][0]), text: String(range.text[0][0]) };
  };
}

/**
 * Applies a diagnostic's fix and records it in the journal, so the pane can undo it. Refuses (and
 * writes nothing) when the cell no longer holds what validation saw. Three syncs.
 */
export async function applyFix(context: Excel.RequestContext, caps: ExcelCapabilities, args: { sheet: string; diagnostic: Diagnostic; now?: string }): Promise<FixRecord> {
  const { sheet, diagnostic } = args;
  const fix = diagnostic.fix;
  if (!fix) throw new Error(`diagnostic ${diagnostic.rule} has no fix`);
  const state = await readWorkbookState(context, caps);
  assertSheetExists(state, sheet);
  const readCell = queueCellRead(context, sheet, fix.cell);
  const readStore = queueStoreRead(context, state, caps);
  await context.sync();
  const storeRead = readStore();
  const planned = planFix({ sheet, diagnostic, cell: readCell(), store: storeRead.store, now: args.now ?? new Date().toISOString() });
  if (!planned.ok) throw new KhctExcelError("fix-outdated", excelMessages.fixOutdated(fix.cell, planned.now));
  assertCanWrite(state, [sheet, STORE_SHEET]);
  queueWorkbookPatch(context, { sheets: [planned.value.patch, storeWrite(planned.value.store, storeRead)] }, state, caps);
  await context.sync();
  return planned.value.record;
}

/** Puts a cell back: number format, content, then the format that must follow a text written as text. */
function queueRestore(range: Excel.Range, restore: Restore): void {
  if (restore.formatBefore !== null) range.numberFormat = [[restore.formatBefore]];
  const w = restore.write;
  if (w !== null && isFormulaValue(w)) range.formulas = [[w.formula]];
  else range.values = [[w === null ? "" : typeof w === "string" ? textInput(w) : w]];
  if (restore.formatAfter !== null) range.numberFormat = [[restore.formatAfter]];
}

/** The fixes KHCT wrote in this workbook, oldest first. Two syncs. */
export async function readJournal(context: Excel.RequestContext, caps: ExcelCapabilities): Promise<FixRecord[]> {
  const state = await readWorkbookState(context, caps);
  return (await readStoreSheet(context, state, caps)).store.fixes;
}

/**
 * Undoes a recorded fix: the cell gets back exactly what it held (value or formula, and number
 * format) — unless it was edited after the fix, in which case nothing is written. Four syncs.
 */
export async function undoFix(context: Excel.RequestContext, caps: ExcelCapabilities, id: string): Promise<FixRecord> {
  const state = await readWorkbookState(context, caps);
  const storeRead: StoreRead = await readStoreSheet(context, state, caps);
  const record = storeRead.store.fixes.find((f) => f.id === id);
  if (!record) throw new KhctExcelError("fix-missing", excelMessages.fixMissing(id));
  assertSheetExists(state, record.sheet);
  const readCell = queueCellRead(context, record.sheet, record.cell);
  await context.sync();
  const planned = planUndo({ id, cell: readCell(), store: storeRead.store });
  if (!planned.ok) throw new KhctExcelError("undo-outdated", excelMessages.undoOutdated(record.cell, planned.now));
  assertCanWrite(state, [record.sheet, STORE_SHEET]);
  queueRestore(context.workbook.worksheets.getItem(record.sheet).getRange(record.cell), planned.value.restore);
  queueWorkbookPatch(context, { sheets: [storeWrite(planned.value.store, storeRead)] }, state, caps);
  await context.sync();
  return record;
}
