import { SheetView, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../sheet/snapshot";
import { parseCellReference } from "./cell-ref";
import { STORE_SHEET, storeColumn, STORE_COLUMNS, type StoreKind } from "./layout";
import { emptyStore, PROFILE_KEYS, type FixRecord, type KhctStore, type MarkRecord, type SchoolProfile } from "./types";

/** The store sheet of a workbook snapshot, if it has one. */
export function findStoreSheet(workbook: WorkbookSnapshot): SheetSnapshot | undefined {
  return workbook.sheets.find((s) => s.name === STORE_SHEET);
}

/** The workbook without KHCT's own sheet: what validation and detection should look at. */
export function withoutStoreSheet(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return { sheets: workbook.sheets.filter((s) => s.name !== STORE_SHEET) };
}

class StoreRow {
  constructor(
    private readonly view: SheetView,
    private readonly row: number,
    private readonly kind: StoreKind,
  ) {}

  private col(field: string): number {
    return storeColumn(this.kind, field as never);
  }

  value(field: string): CellValue {
    return this.view.value(this.row, this.col(field));
  }

  text(field: string): string {
    const v = this.value(field);
    return v === null ? "" : String(v);
  }

  optionalText(field: string): string | null {
    const t = this.text(field);
    return t === "" ? null : t;
  }

  /** The cell a record points at: the live reference formula if there is one, else the address written with it. */
  cell(): { sheet: string; cell: string } | null {
    const formula = this.view.formula(this.row, this.col("cell"));
    if (formula) return parseCellReference(formula);
    const sheet = this.text("sheet");
    const cell = this.text("address");
    return sheet && cell ? { sheet, cell } : null;
  }
}

function readProfileRow(row: StoreRow, profile: SchoolProfile): void {
  const key = row.text("key") as keyof SchoolProfile;
  if ((PROFILE_KEYS as readonly string[]).includes(key) && row.text("value")) profile[key] = row.text("value");
}

function readMarkRow(row: StoreRow): MarkRecord | null {
  const at = row.cell();
  if (!at) return null; // the cell was deleted: nothing to restore
  return {
    ...at,
    rules: row.text("rules").split(/\s+/).filter(Boolean),
    originalFill: row.optionalText("originalFill"),
    markFill: row.text("markFill"),
    note: row.value("note") === true,
  };
}

function readFixRow(row: StoreRow): FixRecord | null {
  const at = row.cell();
  if (!at) return null;
  return {
    id: row.text("id"),
    ...at,
    rule: row.text("rule"),
    before: { value: row.value("beforeValue"), formula: row.optionalText("beforeFormula"), numberFormat: row.optionalText("beforeFormat") },
    after: row.text("after"),
    at: row.text("at"),
  };
}

/**
 * Reads KHCT's data from its sheet (a snapshot from any host: the add-in or the .xlsx reader). Records whose
 * cell was deleted are dropped; a missing sheet is an empty store.
 */
export function readStore(sheet: SheetSnapshot | undefined): KhctStore {
  const store = emptyStore();
  if (!sheet) return store;
  const view = new SheetView(sheet);
  for (let r = view.top; r <= view.bottom; r++) {
    const kind = view.value(r, 0);
    if (typeof kind !== "string" || !(kind in STORE_COLUMNS)) continue;
    const row = new StoreRow(view, r, kind as StoreKind);
    if (kind === "profile") readProfileRow(row, store.profile);
    if (kind === "mark") {
      const mark = readMarkRow(row);
      if (mark) store.marks.push(mark);
    }
    if (kind === "fix") {
      const fix = readFixRow(row);
      if (fix) store.fixes.push(fix);
    }
  }
  return store;
}
