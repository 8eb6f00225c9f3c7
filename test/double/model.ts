import { parseA1, type Area } from "../../src/core/sheet/address";
import { displayText } from "./display";
import { DoubleOfficeError } from "./errors";
import { ErrorValue, evaluateFormula, shiftRows, type FormulaHost, type Scalar } from "./formula";
import type { Locale } from "./locale";
import { readTypedEntry } from "./typed-input";

/**
 * The workbook the double holds: plain data that office-js proxies read and write at sync, and that
 * tests arrange and inspect directly (as a user would see it in Excel).
 */

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/**
 * Excel's data-transfer limits, as Excel on the web has them (the strictest): 5 MB per request and
 * per response, 5,000,000 cells per range read, 512 merged areas per getMergedAreasOrNullObject.
 */
export const LIMITS = { requestBytes: 5_000_000, responseBytes: 5_000_000, readCells: 5_000_000, mergedAreas: 512 };

/**
 * What real Excel does that is not confirmed one way or the other: the double does one by default
 * and the other on request, so the host's tests can run under both.
 */
export interface Quirks {
  /** a range read over 5,000,000 cells: null values (reported on Excel 2407 and later) or an error */
  overLimitRead: "null" | "error";
  /** getMergedAreasOrNullObject over 512 areas: an error, or a null object ("fails to return the result") */
  tooManyMerges: "error" | "null";
  /** the merged areas getMergedAreasOrNullObject returns: those that meet the range, or only those whose top-left cell is in it (office-js issue 3611) */
  mergedAreas: "intersecting" | "top-left";
  /** a value written into a cell covered by a merged area (not its top-left cell): an error, or silently dropped */
  mergedWrite: "error" | "ignored";
}

export const DEFAULT_QUIRKS: Quirks = { overLimitRead: "null", tooManyMerges: "error", mergedAreas: "intersecting", mergedWrite: "error" };

export interface Border {
  style: string;
  weight: string;
  color: string;
}

export interface CellFormat {
  numberFormat?: string;
  /** "#RRGGBB"; undefined for no fill */
  fill?: string;
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  borders?: Record<string, Border>;
}

export interface Cell {
  value: Scalar;
  formula: string | null;
  format: CellFormat;
}

export interface DataValidationModel {
  area: Area;
  rule: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  printTitleRows: string | null;
  printArea: string | null;
  headerMargin?: number;
  footerMargin?: number;
  /** HeaderFooterGroup.state and the centre headers it holds */
  headersFooters: { state: string; defaultCenterHeader: string; firstCenterHeader: string };
  /** rows (0-based) before which a manual page break stands */
  pageBreaks: number[];
}

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

function key(row: number, col: number): string {
  return `${row},${col}`;
}

export class SheetModel {
  visibility: Visibility = "Visible";
  protected = false;
  readonly cells = new Map<string, Cell>();
  /** formats given to whole columns (a user formatting column B as text) */
  readonly columnFormats = new Map<number, CellFormat>();
  merges: Area[] = [];
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  /** rows Excel sizes itself (autofitted: it grows them as staff type) */
  autoRows = new Set<number>();
  freeze: { rows: number; columns: number } | null = null;
  pageLayout: PageLayoutModel = { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, leftMargin: 50.4, rightMargin: 50.4, topMargin: 54, bottomMargin: 54, printTitleRows: null, printArea: null, headersFooters: { state: "Default", defaultCenterHeader: "", firstCenterHeader: "" }, pageBreaks: [] };
  validations: DataValidationModel[] = [];
  /** notes by "row,col" */
  notes = new Map<string, string>();
  /** threaded comments by "row,col": a cell holds a note or a threaded comment, never both */
  comments = new Map<string, string>();

  constructor(public name: string) {}

  cell(row: number, col: number): Cell | undefined {
    return this.cells.get(key(row, col));
  }

  ensure(row: number, col: number): Cell {
    let c = this.cells.get(key(row, col));
    if (!c) this.cells.set(key(row, col), (c = { value: null, formula: null, format: { ...this.columnFormats.get(col) } }));
    return c;
  }

  /** The format a cell shows: its own, over its column's. */
  formatAt(row: number, col: number): CellFormat {
    return { ...this.columnFormats.get(col), ...this.cell(row, col)?.format };
  }

  numberFormatAt(row: number, col: number): string {
    return this.formatAt(row, col).numberFormat ?? "General";
  }

  hasContent(row: number, col: number): boolean {
    const c = this.cell(row, col);
    return !!c && (c.value !== null || c.formula !== null);
  }

  /** The used range: cells with content (valuesOnly) or also formatted cells and formatted columns. */
  usedArea(valuesOnly: boolean): Area | null {
    let area: Area | null = null;
    const include = (r: number, c: number) => {
      area = area ? { top: Math.min(area.top, r), left: Math.min(area.left, c), bottom: Math.max(area.bottom, r), right: Math.max(area.right, c) } : { top: r, left: c, bottom: r, right: c };
    };
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(",").map(Number);
      if (c.value !== null || c.formula !== null || (!valuesOnly && Object.keys(c.format).length)) include(r, col);
    }
    if (!valuesOnly) {
      for (const col of this.columnFormats.keys()) {
        include(0, col);
        include(MAX_ROWS - 1, col);
      }
    }
    return area;
  }

  mergeAt(row: number, col: number): Area | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }

  noteAt(row: number, col: number): string | undefined {
    return this.notes.get(key(row, col));
  }

  commentAt(row: number, col: number): string | undefined {
    return this.comments.get(key(row, col));
  }

  setNote(row: number, col: number, text: string | undefined): void {
    if (text === undefined) this.notes.delete(key(row, col));
    else this.notes.set(key(row, col), text);
  }

  /** Moves rows at and below `at` by `count` (negative: rows [at, at-count) are deleted). */
  shiftRowsFrom(at: number, count: number): void {
    const moveKey = <T>(map: Map<string, T>) => {
      const entries = [...map.entries()];
      map.clear();
      for (const [k, v] of entries) {
        const [r, c] = k.split(",").map(Number);
        if (count < 0 && r >= at && r < at - count) continue;
        map.set(key(r >= at ? r + count : r, c), v);
      }
    };
    moveKey(this.cells);
    moveKey(this.notes);
    moveKey(this.comments);
    const moveRow = (r: number) => (r >= at ? r + count : r);
    const deleted = (r: number) => count < 0 && r >= at && r < at - count;
    this.hiddenRows = new Set([...this.hiddenRows].filter((r) => !deleted(r)).map(moveRow));
    this.rowHeights = new Map([...this.rowHeights].filter(([r]) => !deleted(r)).map(([r, h]) => [moveRow(r), h]));
    this.merges = this.merges.filter((m) => !(deleted(m.top) && deleted(m.bottom))).map((m) => ({ ...m, top: moveRow(m.top), bottom: moveRow(m.bottom) }));
  }
}

/** Which requirement sets the simulated Excel supports ("1.7" for Office 2019 …). */
export const EXCEL_VERSIONS = {
  "office-2016-volume": "1.1",
  "office-2019-volume": "1.7",
  "office-2021": "1.14",
  "office-2024": "1.17",
  "microsoft-365": "1.20",
} as const;

export function versionAtLeast(have: string, need: string): boolean {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = need.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

/**
 * What `Worksheet.onChanged` hands its handlers (office-js's WorksheetChangedEventArgs, the part KHCT
 * reads): the changed area without the sheet name, and, from ExcelApi 1.14, who made the change.
 */
export interface WorksheetChangedEvent {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited" | "RowInserted" | "RowDeleted";
  source: "Local";
  /** ExcelApi 1.14: "ThisLocalAddin" for this add-in's own writes, "Unknown" otherwise; absent below 1.14 */
  triggerSource?: "Unknown" | "ThisLocalAddin";
}

export type ChangeHandler = (event: WorksheetChangedEvent) => unknown;

/** The key a sheet's change handlers are kept under: its name as Excel compares names. */
export function sheetKey(name: string): string {
  return name.normalize("NFC").toUpperCase();
}

/** The workbook's sheets, names and active sheet at one moment (an undo step). */
export interface WorkbookSnapshot {
  /** each sheet's data (a structured clone: maps, sets and plain objects) */
  sheets: (object & { name: string })[];
  names: Map<string, string>;
  active: number;
}

export class WorkbookModel implements FormulaHost {
  sheets: SheetModel[] = [];
  /** defined names: name → reference ("'Báo cáo'!$J$8:$J$40") */
  names = new Map<string, string>();
  /** opened read-only: desktop Excel still lets the workbook be edited (only saving is blocked) … */
  readOnly = false;
  /** … unless this is set (a view-only open that refuses writes, as Excel on the web in viewing mode) */
  readOnlyRefusesWrites = false;
  /** Review › Protect Workbook (structure): no sheet can be added, deleted, hidden or shown */
  structureProtected = false;
  cellEditMode = false;
  activeSheet: SheetModel | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** handlers added with workbook.onSelectionChanged; called after the selection moves */
  readonly selectionHandlers = new Set<() => unknown>();
  /** handlers added with worksheet.onChanged (ExcelApi 1.7), by sheet (sheetKey) */
  readonly changeHandlers = new Map<string, Set<ChangeHandler>>();

  /** Handlers listening to a sheet's changes (a sheet's key survives an undo that rebuilds the sheet). */
  changeHandlersOf(sheet: string): Set<ChangeHandler> {
    const key = sheetKey(sheet);
    let set = this.changeHandlers.get(key);
    if (!set) this.changeHandlers.set(key, (set = new Set()));
    return set;
  }

  /** Handlers listening anywhere in the workbook. */
  get changeHandlerCount(): number {
    return [...this.changeHandlers.values()].reduce((n, s) => n + s.size, 0);
  }

  /**
   * Tells a sheet's change handlers, as Excel does: after the change, asynchronously (a macrotask
   * later), one event per changed range; `byAddin` for a write of this add-in (triggerSource from
   * ExcelApi 1.14).
   */
  changed(sheet: SheetModel, address: string, changeType: WorksheetChangedEvent["changeType"], byAddin: boolean): void {
    const handlers = [...(this.changeHandlers.get(sheetKey(sheet.name)) ?? [])];
    if (!handlers.length) return;
    const event: WorksheetChangedEvent = { type: "WorksheetChanged", worksheetId: `{${sheet.name}}`, address, changeType, source: "Local" };
    if (versionAtLeast(this.apiVersion, "1.14")) event.triggerSource = byAddin ? "ThisLocalAddin" : "Unknown";
    setTimeout(() => {
      for (const h of handlers) void Promise.resolve(h(event)).catch(() => undefined);
    }, 0);
  }

  /** opt-in: keep an undo stack the user can step back through (user.undo()), as Excel does from ExcelApi 1.20 */
  trackUndo = false;
  /** what each undo step puts back: the workbook before it */
  undoStack: WorkbookSnapshot[] = [];

  /** The workbook as it is now, for an undo step. */
  snapshot(): WorkbookSnapshot {
    return { sheets: this.sheets.map((s) => structuredClone({ ...s })), names: new Map(this.names), active: this.activeSheet ? this.sheets.indexOf(this.activeSheet) : -1 };
  }

  /** Puts the workbook back as a snapshot holds it. */
  restore(snap: WorkbookSnapshot): void {
    this.sheets = snap.sheets.map((s) => Object.assign(new SheetModel(s.name), structuredClone(s)));
    this.names = new Map(snap.names);
    this.activeSheet = snap.active >= 0 ? this.sheets[snap.active] : (this.sheets[0] ?? null);
  }

  /** Faults a test injects: an operation whose location matches fails with that code (once), after `skip` matching ones ran, in round trip `trip` if given. */
  readonly faults: { location: RegExp; code: string; skip: number; trip?: number }[] = [];

  /** Throws the injected fault for an operation about to run in round trip `trip`, if one matches. */
  injectedFault(location: string, trip: number): void {
    const i = this.faults.findIndex((f) => f.location.test(location) && (f.trip === undefined || f.trip === trip));
    if (i < 0) return;
    if (this.faults[i].skip-- > 0) return;
    const [fault] = this.faults.splice(i, 1);
    throw new DoubleOfficeError(fault.code, `Injected failure of ${location}.`, location);
  }

  /** Moves the selection (a script's select() or a person's click) and tells the handlers. */
  select(sheet: string, address: string): void {
    this.selection = { sheet, address };
    for (const h of this.selectionHandlers) queueMicrotask(() => void Promise.resolve(h()).catch(() => undefined));
  }
  /** the year typed "d/m" dates fall in */
  today = { year: 2024 };
  /** opt-in: typed numbers read with digit groups of any length ("1.10" → 110 on vi-VN), see typed-input */
  lenientGrouping = false;
  quirks: Quirks = { ...DEFAULT_QUIRKS };

  constructor(
    public locale: Locale,
    public apiVersion: string,
  ) {}

  sheet(name: string): SheetModel | undefined {
    const k = name.normalize("NFC").toUpperCase();
    return this.sheets.find((s) => s.name.normalize("NFC").toUpperCase() === k);
  }

  addSheet(name: string): SheetModel {
    const s = new SheetModel(name);
    this.sheets.push(s);
    this.activeSheet ??= s;
    return s;
  }

  cellValue(sheet: string, row: number, col: number): Scalar | ErrorValue | undefined {
    const s = this.sheet(sheet);
    if (!s) return undefined;
    const v = this.valueAt(s, row, col);
    return typeof v === "string" && /^#(NAME\?|REF!|VALUE!|DIV\/0!|N\/A|NUM!|NULL!)$/.test(v) && s.cell(row, col)?.formula ? new ErrorValue(v) : v;
  }

  definedName(name: string): string | undefined {
    for (const [n, ref] of this.names) if (n.toUpperCase() === name.toUpperCase()) return ref;
    return undefined;
  }

  private depth = 0;

  /** A cell's value as office-js returns it (formulas computed; errors as "#NAME?"). */
  valueAt(sheet: SheetModel, row: number, col: number): Scalar {
    const c = sheet.cell(row, col);
    if (!c) return null;
    if (c.formula === null) return c.value;
    if (this.depth > 50) return "#REF!";
    this.depth++;
    try {
      return evaluateFormula(c.formula, this, sheet.name);
    } finally {
      this.depth--;
    }
  }

  textAt(sheet: SheetModel, row: number, col: number): string {
    return displayText(this.valueAt(sheet, row, col), sheet.numberFormatAt(row, col), this.locale);
  }

  /** Writes one input the way `range.values`/`range.formulas` do (null leaves the cell alone). */
  enter(sheet: SheetModel, row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    const cell = sheet.ensure(row, col);
    if (input === "") {
      cell.value = null;
      cell.formula = null;
      return;
    }
    if (typeof input === "number" || typeof input === "boolean") {
      // a cell formatted as text stores what it is given as text (a number as Excel shows it)
      cell.value = sheet.numberFormatAt(row, col) === "@" ? (typeof input === "boolean" ? (input ? "TRUE" : "FALSE") : displayText(input, "General", this.locale)) : input;
      cell.formula = null;
      return;
    }
    const entry = readTypedEntry(String(input), this.locale, sheet.numberFormatAt(row, col) === "@", this.today, this.lenientGrouping);
    cell.value = entry.value;
    cell.formula = entry.formula;
    if (entry.numberFormat && sheet.numberFormatAt(row, col) === "General") cell.format.numberFormat = entry.numberFormat;
  }

  /** Row insertion or deletion as a user does it: cells, notes, merges move; every formula that refers to the rows follows. */
  shiftRows(sheet: SheetModel, at: number, count: number): void {
    sheet.shiftRowsFrom(at, count);
    for (const s of this.sheets) {
      for (const c of s.cells.values()) if (c.formula) c.formula = shiftRows(c.formula, s.name, sheet.name, at, count);
    }
  }
}

/** "B12" → {row, col}. */
export function cellAt(address: string): { row: number; col: number } {
  return parseA1(address);
}
