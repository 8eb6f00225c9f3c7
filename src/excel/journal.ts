import type { Diagnostic } from "../core/rules/types";
import { isFormulaValue, type SheetPatch } from "../core/sheet/patch";
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
 * Applies diagnostics' fixes — one, or "all of this kind" — and records them in the journal, so the
 * pane can undo them: three syncs whatever their number (the sheet list; the cells and the journal;
 * the write). Refuses, writing nothing, when any cell no longer holds what validation saw.
 */
export async function applyFixes(context: Excel.RequestContext, caps: ExcelCapabilities, args: { sheet: string; diagnostics: Diagnostic[]; now?: string }): Promise<FixRecord[]> {
  const { sheet } = args;
  const seen = new Set<string>();
  const diagnostics = args.diagnostics.filter((d) => {
    if (!d.fix) throw new Error(`diagnostic ${d.rule} has no fix`);
    if (seen.has(d.fix.cell)) return false; // one fix per cell: a second would find the cell changed
    seen.add(d.fix.cell);
    return true;
  });
  const state = await readWorkbookState(context, caps);
  assertSheetExists(state, sheet);
  const cells = diagnostics.map((d) => queueCellRead(context, sheet, d.fix!.cell));
  const readStore = queueStoreRead(context, state, caps);
  await context.sync();
  const storeRead = readStore();
  let store = storeRead.store;
  const records: FixRecord[] = [];
  const blocks: SheetPatch["blocks"] = [];
  const now = args.now ?? new Date().toISOString();
  diagnostics.forEach((diagnostic, i) => {
    const planned = planFix({ sheet, diagnostic, cell: cells[i](), store, now });
    if (!planned.ok) throw new KhctExcelError("fix-outdated", excelMessages.fixOutdated(diagnostic.fix!.cell, planned.now));
    store = planned.value.store;
    records.push(planned.value.record);
    blocks.push(...planned.value.patch.blocks);
  });
  if (!records.length) return [];
  assertCanWrite(state, [sheet, STORE_SHEET]);
  await queueWorkbookPatch(context, { sheets: [{ sheet, blocks }, storeWrite(store, storeRead)] }, state, caps);
  await context.sync();
  return records;
}

/** Applies one diagnostic's fix (see applyFixes). Three syncs. */
export async function applyFix(context: Excel.RequestContext, caps: ExcelCapabilities, args: { sheet: string; diagnostic: Diagnostic; now?: string }): Promise<FixRecord> {
  const [record] = await applyFixes(context, caps, { sheet: args.sheet, diagnostics: [args.diagnostic], now: args.now });
  return record;
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
 * Undoes recorded fixes, the latest first: each cell gets back exactly what it held (value or
 * formula, and number format) — unless one was edited after its fix, in which case nothing is
 * written. Four syncs whatever their number.
 */
export async function undoFixes(context: Excel.RequestContext, caps: ExcelCapabilities, ids: string[]): Promise<FixRecord[]> {
  const state = await readWorkbookState(context, caps);
  const storeRead: StoreRead = await readStoreSheet(context, state, caps);
  const records = ids.map((id) => {
    const record = storeRead.store.fixes.find((f) => f.id === id);
    if (!record) throw new KhctExcelError("fix-missing", excelMessages.fixMissing(id));
    assertSheetExists(state, record.sheet);
    return record;
  });
  // the latest fix first, so that a cell fixed twice gets back what it held before the first
  records.sort((a, b) => storeRead.store.fixes.indexOf(b) - storeRead.store.fixes.indexOf(a));
  const cells = records.map((r) => queueCellRead(context, r.sheet, r.cell));
  await context.sync();
  let store = storeRead.store;
  // a cell fixed twice: the earlier fix is undone from what undoing the later one puts back
  const restored = new Map<string, CellNow>();
  const restores = records.map((record, i) => {
    const key = `${record.sheet}!${record.cell}`;
    const planned = planUndo({ id: record.id, cell: restored.get(key) ?? cells[i](), store });
    if (!planned.ok) throw new KhctExcelError("undo-outdated", excelMessages.undoOutdated(record.cell, planned.now));
    store = planned.value.store;
    restored.set(key, { ...record.before, text: record.before.value === null ? "" : String(record.before.value) });
    return { record, restore: planned.value.restore };
  });
  assertCanWrite(state, [...records.map((r) => r.sheet), STORE_SHEET]);
  for (const { record, restore } of restores) queueRestore(context.workbook.worksheets.getItem(record.sheet).getRange(record.cell), restore);
  await queueWorkbookPatch(context, { sheets: [storeWrite(store, storeRead)] }, state, caps);
  await context.sync();
  return records;
}

/** Undoes one recorded fix (see undoFixes). Four syncs. */
export async function undoFix(context: Excel.RequestContext, caps: ExcelCapabilities, id: string): Promise<FixRecord> {
  const [record] = await undoFixes(context, caps, [id]);
  return record;
}
