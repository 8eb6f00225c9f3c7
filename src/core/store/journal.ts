import type { Diagnostic } from "../rules/types";
import { parseA1 } from "../sheet/address";
import type { PatchValue, SheetPatch } from "../sheet/patch";
import type { CellContent, FixRecord, KhctStore } from "./types";

/**
 * The fix journal. Excel cannot undo most writes an add-in makes, so every fix the pane writes is
 * recorded with what the cell held before, and can be undone from the pane — but only while the cell
 * still holds what the fix wrote: KHCT never overwrites something the user typed afterwards.
 */

/** A cell as read before a fix or an undo: its content and the text Excel shows. */
export interface CellNow extends CellContent {
  text: string;
}

export type JournalOutcome<T> = { ok: true; value: T } | { ok: false; reason: "changed"; now: string };

function same(a: string, b: string): boolean {
  return a.normalize("NFC") === b.normalize("NFC");
}

/** True when the cell holds `expected`, as its formula, its shown text or its value. */
export function cellHolds(cell: CellNow, expected: string): boolean {
  if (cell.formula !== null && same(cell.formula, expected)) return true;
  if (same(cell.text, expected)) return true;
  return cell.value !== null && same(String(cell.value), expected);
}

function shown(cell: CellNow): string {
  return cell.formula ?? cell.text;
}

function nextId(fixes: FixRecord[]): string {
  const n = Math.max(0, ...fixes.map((f) => Number(f.id.replace(/^F/, "")) || 0));
  return `F${n + 1}`;
}

export interface FixPlan {
  record: FixRecord;
  patch: SheetPatch;
  store: KhctStore;
}

/** Applies a diagnostic's fix if the cell still holds what validation saw; records it for undo. */
export function planFix(args: { sheet: string; diagnostic: Diagnostic; cell: CellNow; store: KhctStore; now: string }): JournalOutcome<FixPlan> {
  const { sheet, diagnostic, cell, store, now } = args;
  const fix = diagnostic.fix;
  if (!fix) throw new Error(`diagnostic ${diagnostic.rule} at ${diagnostic.cell} has no fix`);
  if (!cellHolds(cell, fix.old)) return { ok: false, reason: "changed", now: shown(cell) };
  const record: FixRecord = {
    id: nextId(store.fixes),
    sheet,
    cell: fix.cell,
    rule: diagnostic.rule,
    before: { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat },
    after: fix.new,
    at: now,
  };
  const { row, col } = parseA1(fix.cell);
  const patch: SheetPatch = { sheet, blocks: [{ top: row, left: col, values: [[fix.new]] }] };
  return { ok: true, value: { record, patch, store: { ...store, fixes: [...store.fixes, record] } } };
}

/**
 * How to put a cell back exactly: the number format to set before writing, what to write, and the
 * number format to set after writing (a text written under "@" keeps being text when the format is
 * then set back to "General"; a formula needs a non-text format before it is written).
 */
export interface Restore {
  formatBefore: string | null;
  write: PatchValue;
  formatAfter: string | null;
}

export function restoreSteps(before: CellContent): Restore {
  const format = before.numberFormat ?? "General";
  if (before.formula) {
    return format === "@" ? { formatBefore: "General", write: { formula: before.formula, cached: "" }, formatAfter: "@" } : { formatBefore: format, write: { formula: before.formula, cached: "" }, formatAfter: null };
  }
  if (typeof before.value === "string") return { formatBefore: "@", write: before.value, formatAfter: format === "@" ? null : format };
  if (before.value === null) return { formatBefore: null, write: null, formatAfter: format };
  return { formatBefore: format, write: before.value, formatAfter: null };
}

export interface UndoPlan {
  record: FixRecord;
  restore: Restore;
  store: KhctStore;
}

/** Undoes a recorded fix if the cell still holds what the fix wrote. */
export function planUndo(args: { id: string; cell: CellNow; store: KhctStore }): JournalOutcome<UndoPlan> {
  const record = args.store.fixes.find((f) => f.id === args.id);
  if (!record) throw new Error(`no fix ${args.id} in the journal`);
  if (!cellHolds(args.cell, record.after)) return { ok: false, reason: "changed", now: shown(args.cell) };
  return { ok: true, value: { record, restore: restoreSteps(record.before), store: { ...args.store, fixes: args.store.fixes.filter((f) => f !== record) } } };
}
