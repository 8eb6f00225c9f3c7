/**
 * An in-memory Excel for tests: the subset of office-js KHCT uses, faithful where bugs hide.
 *
 * - A property read before `load` + `sync` throws PropertyNotLoaded; writes reach the workbook only
 *   at `sync`; `Excel.run` syncs once more at the end; every round trip is counted.
 * - Strings written to `values`/`formulas` are read as typed, by the locale chosen (en-US, vi-VN),
 *   unless the cell is formatted as text ("@"); arrays of the wrong shape fail at sync.
 * - Merged areas, the used range (by values or by formats), hidden rows, notes, protection (writes
 *   fail with AccessDenied), a read-only workbook, cell-edit mode, and the requirement sets of the
 *   Excel version chosen (newer APIs fail with ApiNotFound; `isSetSupported` answers accordingly).
 *
 * Pure TypeScript with no Node APIs: the same double runs under jest and in a browser page (see
 * `installOfficeGlobals`).
 */
import type { Area } from "../../src/core/sheet/address";
import { areaAddress, parseRangeAddress } from "./areas";
import { DoubleContext, DoubleObject, type SyncStats } from "./client";
import type { Locale } from "./locale";
import { DEFAULT_QUIRKS, EXCEL_VERSIONS, versionAtLeast, WorkbookModel, type Quirks, type SheetModel } from "./model";
import { DoubleWorkbook } from "./workbook";

export type ExcelVersion = keyof typeof EXCEL_VERSIONS;

export interface ExcelDoubleOptions {
  locale?: Locale;
  /** an Excel version ("office-2019-volume" …) or a requirement set ("1.13"); Microsoft 365 by default */
  version?: ExcelVersion | string;
  /** sheets of the new workbook; ["Sheet1"] by default */
  sheets?: string[];
  /**
   * Opt-in: typed numbers are read with digit groups of any length, as a third-party report says
   * some Excel builds do under a digit-grouping locale ("1.10" typed in a General cell → 110 on
   * vi-VN, "1.1" → 11); strict Excel (the default) wants groups of three.
   */
  lenientGrouping?: boolean;
  /** the unconfirmed behaviours of real Excel, one way or the other (see Quirks) */
  quirks?: Partial<Quirks>;
  /** keep the user's undo stack, so a test can press Ctrl+Z (user.undo()) */
  trackUndo?: boolean;
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
/** What `Excel.run` takes before the batch: run options, a request context, or a proxy object (whose context is used). */
type RunTarget = { mergeUndoGroup?: boolean; delayForCellEdit?: boolean } | DoubleContext | DoubleObject<unknown> | Excel.RequestContext;

class DoubleRequestContext extends DoubleContext {
  readonly workbook = new DoubleWorkbook(this);
}

function areaOf(address: string): Area {
  const parsed = parseRangeAddress(address);
  if (!parsed) throw new Error(`not an address: ${address}`);
  return parsed.area;
}

/** What a person does in Excel between two commands: type, colour, insert rows, protect a sheet … */
export class UserActions {
  constructor(private readonly model: WorkbookModel) {}

  private sheet(name: string): SheetModel {
    const s = this.model.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** Clicks a cell: the selection moves there (and the workbook's selection handlers run). */
  select(sheet: string, cell: string): void {
    this.sheet(sheet);
    this.model.select(sheet, cell);
  }

  /** Types into a cell, as Excel reads typing (by the locale, unless the cell is text); the sheet's change handlers hear of it. */
  type(sheet: string, cell: string, text: string): void {
    const a = areaOf(cell);
    const s = this.sheet(sheet);
    this.model.enter(s, a.top, a.left, text);
    this.model.changed(s, areaAddress(a), "RangeEdited", false);
  }

  setFill(sheet: string, range: string, color: string | null): void {
    const a = areaOf(range);
    const s = this.sheet(sheet);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) {
      const f = s.ensure(r, c).format;
      if (color === null) delete f.fill;
      else f.fill = color.toUpperCase();
    }
  }

  /** Inserts `count` rows before row `rowNumber` (1-based, as Excel numbers them). */
  insertRows(sheet: string, rowNumber: number, count = 1): void {
    this.model.shiftRows(this.sheet(sheet), rowNumber - 1, count);
    this.model.changed(this.sheet(sheet), `${rowNumber}:${rowNumber + count - 1}`, "RowInserted", false);
  }

  deleteRows(sheet: string, rowNumber: number, count = 1): void {
    this.model.shiftRows(this.sheet(sheet), rowNumber - 1, -count);
    this.model.changed(this.sheet(sheet), `${rowNumber}:${rowNumber + count - 1}`, "RowDeleted", false);
  }

  /** Formats whole columns ("B:B"), which makes the used range by formats a million rows tall. */
  formatColumns(sheet: string, columns: string, numberFormat: string): void {
    const a = areaOf(columns);
    for (let c = a.left; c <= a.right; c++) this.sheet(sheet).columnFormats.set(c, { ...this.sheet(sheet).columnFormats.get(c), numberFormat });
  }

  hideRows(sheet: string, fromRow: number, toRow = fromRow): void {
    for (let r = fromRow - 1; r <= toRow - 1; r++) this.sheet(sheet).hiddenRows.add(r);
  }

  hideColumns(sheet: string, columns: string): void {
    const a = areaOf(columns);
    for (let c = a.left; c <= a.right; c++) this.sheet(sheet).hiddenColumns.add(c);
  }

  merge(sheet: string, range: string): void {
    this.sheet(sheet).merges.push(areaOf(range));
  }

  addNote(sheet: string, cell: string, text: string): void {
    const a = areaOf(cell);
    if (this.sheet(sheet).commentAt(a.top, a.left) !== undefined) throw new Error(`${cell} holds a threaded comment`);
    this.sheet(sheet).setNote(a.top, a.left, text);
  }

  /** Starts a threaded comment (Review › New Comment): a cell holds a note or a threaded comment, not both. */
  addComment(sheet: string, cell: string, text: string): void {
    const a = areaOf(cell);
    if (this.sheet(sheet).noteAt(a.top, a.left) !== undefined) throw new Error(`${cell} holds a note`);
    this.sheet(sheet).comments.set(`${a.top},${a.left}`, text);
  }

  protect(sheet: string): void {
    this.sheet(sheet).protected = true;
  }

  unprotect(sheet: string): void {
    this.sheet(sheet).protected = false;
  }

  startEditingCell(): void {
    this.model.cellEditMode = true;
  }

  stopEditingCell(): void {
    this.model.cellEditMode = false;
  }

  /** Opens the workbook read-only: desktop Excel still lets it be edited (saving is blocked); `refusesWrites` for a view-only open that refuses them. */
  openReadOnly(options: { refusesWrites?: boolean } = {}): void {
    this.model.readOnly = true;
    this.model.readOnlyRefusesWrites = !!options.refusesWrites;
  }

  /** Ctrl+Z: puts the workbook back as it was before the last undo step; false when there is nothing to undo. */
  undo(): boolean {
    const step = this.model.undoStack.pop();
    if (!step) return false;
    this.model.restore(step);
    // Excel tells the sheets' change handlers what the undo changed: here, each sheet's used range
    for (const s of this.model.sheets) {
      const used = s.usedArea(true);
      if (used) this.model.changed(s, areaAddress(used), "RangeEdited", false);
    }
    return true;
  }

  /** Review › Protect Workbook: the structure (adding, deleting, hiding sheets) is locked. */
  protectWorkbook(): void {
    this.model.structureProtected = true;
  }

  addSheet(name: string): void {
    this.model.addSheet(name);
  }
}

/** Reads the workbook the way a person looks at it, for assertions. */
export class SheetLook {
  constructor(
    private readonly model: WorkbookModel,
    private readonly sheet: SheetModel,
  ) {}

  private at(cell: string) {
    const a = areaOf(cell);
    return { row: a.top, col: a.left };
  }

  value(cell: string) {
    const { row, col } = this.at(cell);
    return this.model.valueAt(this.sheet, row, col);
  }

  text(cell: string): string {
    const { row, col } = this.at(cell);
    return this.model.textAt(this.sheet, row, col);
  }

  formula(cell: string): string | null {
    const { row, col } = this.at(cell);
    return this.sheet.cell(row, col)?.formula ?? null;
  }

  numberFormat(cell: string): string {
    const { row, col } = this.at(cell);
    return this.sheet.numberFormatAt(row, col);
  }

  /** "#RRGGBB", or null for no fill */
  fill(cell: string): string | null {
    const { row, col } = this.at(cell);
    return this.sheet.formatAt(row, col).fill ?? null;
  }

  note(cell: string): string | undefined {
    const { row, col } = this.at(cell);
    return this.sheet.noteAt(row, col);
  }
}

export class ExcelDouble {
  readonly model: WorkbookModel;
  readonly stats: SyncStats = { syncCalls: 0, roundTrips: 0 };
  readonly user: UserActions;

  constructor(options: ExcelDoubleOptions = {}) {
    const version = options.version ?? "microsoft-365";
    this.model = new WorkbookModel(options.locale ?? "en-US", version in EXCEL_VERSIONS ? EXCEL_VERSIONS[version as ExcelVersion] : version);
    for (const name of options.sheets ?? ["Sheet1"]) this.model.addSheet(name);
    this.model.lenientGrouping = options.lenientGrouping ?? false;
    this.model.quirks = { ...DEFAULT_QUIRKS, ...options.quirks };
    this.model.trackUndo = !!options.trackUndo;
    this.user = new UserActions(this.model);
  }

  /**
   * `Excel.run` in its forms: `run(batch)`, `run(options, batch)` (a new request context for the
   * batch), and `run(context | object, batch)` (the batch runs in that earlier request context, as
   * removing an event handler needs); one last sync after the batch.
   */
  readonly run = async <T>(first: RunTarget | Batch<T>, second?: Batch<T>): Promise<T> => {
    const batch = (typeof first === "function" ? first : second) as Batch<T>;
    if (typeof batch !== "function") throw new TypeError("Excel.run needs a batch function");
    const target = typeof first === "function" ? undefined : first;
    const context = target instanceof DoubleContext ? target : target instanceof DoubleObject ? target.context : new DoubleRequestContext(this.model, this.stats);
    const options = target instanceof DoubleContext || target instanceof DoubleObject ? undefined : (target as { mergeUndoGroup?: boolean } | undefined);
    if (options?.mergeUndoGroup && versionAtLeast(this.model.apiVersion, "1.20")) context.undoGroup = true;
    const result = await batch(context as unknown as Excel.RequestContext);
    await context.sync();
    return result;
  };

  /** `Office.context.requirements.isSetSupported` for the Excel version chosen. */
  readonly isSetSupported = (name: string, minVersion = "1.1"): boolean => name === "ExcelApi" && versionAtLeast(this.model.apiVersion, minVersion);

  /**
   * Makes the next operation whose location ("NoteCollection.add", "RangeFill.color" …) matches fail
   * at its sync (after `skip` such operations ran; in the `inRoundTrip`-th round trip from now if
   * given), as some Excel builds fail an API: what ran before it stays applied, the rest is dropped.
   */
  failNext(location: RegExp, options: { code?: string; skip?: number; inRoundTrip?: number } = {}): void {
    const trip = options.inRoundTrip === undefined ? undefined : this.stats.roundTrips + options.inRoundTrip;
    this.model.faults.push({ location, code: options.code ?? "GeneralException", skip: options.skip ?? 0, trip });
  }

  /** The round trips `work` made. */
  async roundTripsOf(work: () => Promise<unknown>): Promise<number> {
    const before = this.stats.roundTrips;
    await work();
    return this.stats.roundTrips - before;
  }

  sheet(name: string): SheetModel {
    const s = this.model.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  look(sheet: string): SheetLook {
    return new SheetLook(this.model, this.sheet(sheet));
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }
}

export { installOfficeGlobals } from "./install";
export type { Locale } from "./locale";
export { EXCEL_VERSIONS, LIMITS, type Quirks } from "./model";
