import { a1 } from "../sheet/address";
import type { PatchValue, SheetPatch } from "../sheet/patch";
import type { SheetSnapshot } from "../sheet/snapshot";
import { cellReferenceFormula } from "./cell-ref";
import { STORE_COLUMNS, STORE_SHEET, STORE_TITLE, STORE_WIDTH, type StoreKind } from "./layout";
import { PROFILE_KEYS, type KhctStore } from "./types";

function reference(sheet: string, cell: string): PatchValue {
  return { formula: cellReferenceFormula(sheet, cell), cached: "" };
}

function header(kind: StoreKind): PatchValue[] {
  return ["kind", ...STORE_COLUMNS[kind]];
}

/** The rows of the store sheet, title first, then each kind of record under its header row. */
export function storeRows(store: KhctStore): PatchValue[][] {
  const rows: PatchValue[][] = [[...STORE_TITLE], []];
  rows.push(header("profile"));
  for (const key of PROFILE_KEYS) {
    const value = store.profile[key];
    if (value) rows.push(["profile", key, value]);
  }
  rows.push(header("mark"));
  for (const m of store.marks) {
    rows.push(["mark", reference(m.sheet, m.cell), m.sheet, m.cell, m.rules.join(" "), m.originalFill, m.markFill, m.note]);
  }
  rows.push(header("fix"));
  for (const f of store.fixes) {
    rows.push(["fix", f.id, reference(f.sheet, f.cell), f.sheet, f.cell, f.rule, f.before.value, f.before.formula, f.before.numberFormat, f.after, f.at]);
  }
  return rows.map((r) => [...r, ...new Array<PatchValue>(STORE_WIDTH - r.length).fill(null)]);
}

/**
 * The patch that writes the whole store over its sheet (creating it, very hidden, the first time).
 * `previous` is the store sheet as read, so that rows left over from a longer store are cleared.
 */
export function storePatch(store: KhctStore, previous: SheetSnapshot | undefined): SheetPatch {
  const rows = storeRows(store);
  const patch: SheetPatch = { sheet: STORE_SHEET, visibility: "veryHidden", blocks: [{ top: 0, left: 0, values: rows }] };
  if (previous && previous.values.length) {
    const bottom = previous.top + previous.values.length - 1;
    const right = Math.max(STORE_WIDTH - 1, previous.left + Math.max(...previous.values.map((r) => r.length)) - 1);
    if (bottom >= rows.length) patch.clear = [`${a1(rows.length, 0)}:${a1(bottom, right)}`];
  }
  return patch;
}
