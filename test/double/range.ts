import type { Area } from "../../src/core/sheet/address";
import { areaAddress, cellCount, cellsOf, intersects, qualifiedAddress } from "./areas";
import { DoubleObject, maxSet, type DoubleContext } from "./client";
import { fail } from "./errors";
import { LIMITS, MAX_COLUMNS, MAX_ROWS } from "./model";
import {
  DoubleDataValidation,
  DoubleRangeAreas,
  DoubleRangeFormat,
  DoubleRangeView,
  grid,
  shapeError,
  shapeMatches,
  writesSheet,
  type RangeTarget,
} from "./range-parts";

const CELL_GRIDS = new Set(["values", "text", "formulas", "numberFormat", "valueTypes"]);

/** A write of cells' content raises Worksheet.onChanged for its range (formats do not: that is onFormatChanged). */
const contentChange = (t: RangeTarget) => ({ sheet: t.sheet, area: t.area });

export class DoubleRange extends DoubleObject<RangeTarget> {
  protected readonly scalarProperties = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "values", "text", "formulas", "numberFormat", "valueTypes"];

  constructor(context: DoubleContext, resolve: () => RangeTarget | null, requires = "1.1") {
    super(context, resolve, "Range", requires);
  }

  /** A range derived from this one when operations run (a column of it, a cell of it …). */
  private derived(area: (t: RangeTarget) => Area, requires = this.requires): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const t = this.target();
        return { sheet: t.sheet, area: area(t) };
      },
      requires,
    );
  }

  protected override propertySet(p: string): string {
    return p === "rowHidden" || p === "columnHidden" ? "1.2" : "1.1";
  }

  protected override navigate(name: string): DoubleObject<unknown> | undefined {
    if (name === "format") return this.format as DoubleObject<unknown>;
    return undefined;
  }

  protected read(p: string, t: RangeTarget): unknown {
    const { sheet, area } = t;
    const model = this.context.model;
    if (CELL_GRIDS.has(p) && cellCount(area) > LIMITS.readCells) {
      // over 5,000,000 cells Excel returns null (as reported since 2407) or fails
      if (model.quirks.overLimitRead === "null") return null;
      throw fail.payloadTooLarge(`Range.${p}`);
    }
    switch (p) {
      case "address":
        return qualifiedAddress(sheet.name, area);
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "rowCount":
        return area.bottom - area.top + 1;
      case "columnCount":
        return area.right - area.left + 1;
      case "cellCount":
        return cellCount(area);
      case "values":
        return grid(t, (r, c) => model.valueAt(sheet, r, c) ?? "");
      case "text":
        return grid(t, (r, c) => model.textAt(sheet, r, c));
      case "formulas":
        return grid(t, (r, c) => sheet.cell(r, c)?.formula ?? model.valueAt(sheet, r, c) ?? "");
      case "numberFormat":
        return grid(t, (r, c) => sheet.numberFormatAt(r, c));
      case "valueTypes":
        return grid(t, (r, c) => {
          const v = model.valueAt(sheet, r, c);
          if (v === null) return "Empty";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return sheet.cell(r, c)?.formula && /^#/.test(v) ? "Error" : "String";
        });
      case "rowHidden": {
        const hidden = [...Array(area.bottom - area.top + 1).keys()].map((i) => sheet.hiddenRows.has(area.top + i));
        return hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false;
      }
      case "columnHidden": {
        const hidden = [...Array(area.right - area.left + 1).keys()].map((i) => sheet.hiddenColumns.has(area.left + i));
        return hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false;
      }
    }
    throw fail.invalidArgument("Range.load", `Unknown property ${p}`);
  }

  get address(): string {
    return this.get("address");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  private writeCells(property: "values" | "formulas", input: unknown): void {
    this.set(property, input, "1.1", writesSheet, (t) => {
      if (!shapeMatches(t, input)) throw shapeError(`Range.${property}`);
      const model = this.context.model;
      const at = (row: number, col: number) => input[row - t.area.top][col - t.area.left];
      // a cell covered by a merged area (not its top-left cell) takes no value
      const covered = new Set<string>();
      for (const m of t.sheet.merges.filter((x) => intersects(x, t.area))) {
        const part = { top: Math.max(m.top, t.area.top), left: Math.max(m.left, t.area.left), bottom: Math.min(m.bottom, t.area.bottom), right: Math.min(m.right, t.area.right) };
        for (const { row, col } of cellsOf(part)) if (row !== m.top || col !== m.left) covered.add(`${row},${col}`);
      }
      const filled = (v: unknown) => v !== null && v !== undefined && v !== "";
      const blocked = [...covered].some((k) => {
        const [row, col] = k.split(",").map(Number);
        return filled(at(row, col));
      });
      if (blocked && model.quirks.mergedWrite === "error") throw fail.invalidOperation(`Range.${property}`, "Cannot change part of a merged cell.");
      for (const { row, col } of cellsOf(t.area)) if (model.quirks.mergedWrite === "error" || !covered.has(`${row},${col}`)) model.enter(t.sheet, row, col, at(row, col));
    }, true, contentChange);
  }

  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.writeCells("values", v);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeCells("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    this.set("numberFormat", v, "1.1", writesSheet, (t) => {
      if (!shapeMatches(t, v)) throw shapeError("Range.numberFormat");
      for (const { row, col } of cellsOf(t.area)) {
        const f = v[row - t.area.top][col - t.area.left];
        if (f === null || f === undefined) continue;
        t.sheet.ensure(row, col).format.numberFormat = f === "" ? "General" : String(f);
      }
    });
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden");
  }
  set rowHidden(v: boolean) {
    this.set("rowHidden", v, "1.2", writesSheet, (t) => {
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        if (v) t.sheet.hiddenRows.add(r);
        else t.sheet.hiddenRows.delete(r);
      }
    });
  }
  get columnHidden(): boolean | null {
    return this.get("columnHidden");
  }
  set columnHidden(v: boolean) {
    this.set("columnHidden", v, "1.2", writesSheet, (t) => {
      for (let c = t.area.left; c <= t.area.right; c++) {
        if (v) t.sheet.hiddenColumns.add(c);
        else t.sheet.hiddenColumns.delete(c);
      }
    });
  }

  get format(): DoubleRangeFormat {
    return this.childObject("format", () => new DoubleRangeFormat(this.context, () => this.target(), this.requires));
  }

  get dataValidation(): DoubleDataValidation {
    return this.childObject("dataValidation", () => new DoubleDataValidation(this.context, () => this.target()));
  }

  getCell(row: number, column: number): DoubleRange {
    return this.derived((t) => ({ top: t.area.top + row, bottom: t.area.top + row, left: t.area.left + column, right: t.area.left + column }));
  }

  getColumn(column: number): DoubleRange {
    return this.derived((t) => ({ ...t.area, left: t.area.left + column, right: t.area.left + column }));
  }

  getRow(row: number): DoubleRange {
    return this.derived((t) => ({ ...t.area, top: t.area.top + row, bottom: t.area.top + row }));
  }

  getEntireRow(): DoubleRange {
    return this.derived((t) => ({ ...t.area, left: 0, right: MAX_COLUMNS - 1 }));
  }

  /**
   * ExcelApi 1.13; a null object when nothing in the range is merged. Which areas count, and what
   * happens over 512 of them, follow the quirks chosen (see Quirks).
   */
  getMergedAreasOrNullObject(): DoubleRangeAreas {
    return new DoubleRangeAreas(
      this.context,
      () => {
        const t = this.target();
        const quirks = this.context.model.quirks;
        const inRange = (m: Area) => (quirks.mergedAreas === "top-left" ? m.top >= t.area.top && m.top <= t.area.bottom && m.left >= t.area.left && m.left <= t.area.right : intersects(m, t.area));
        const areas = t.sheet.merges.filter(inRange);
        if (areas.length > LIMITS.mergedAreas) {
          if (quirks.tooManyMerges === "null") return null;
          throw fail.invalidOperation("Range.getMergedAreasOrNullObject", `The range holds more than ${LIMITS.mergedAreas} merged areas.`);
        }
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      maxSet(this.requires, "1.13"),
    );
  }

  /** ExcelApi 1.3: the range grown (or shrunk) by rows and columns from its bottom-right corner. */
  getResizedRange(deltaRows: number, deltaColumns: number): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const t = this.target();
        const area = { ...t.area, bottom: t.area.bottom + deltaRows, right: t.area.right + deltaColumns };
        if (area.bottom < area.top || area.right < area.left || area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS) throw fail.invalidArgument("Range.getResizedRange");
        return { sheet: t.sheet, area };
      },
      maxSet(this.requires, "1.3"),
    );
  }

  private intersection(other: DoubleRange, orNull: boolean): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const a = this.target();
        const b = other.target();
        if (a.sheet === b.sheet && intersects(a.area, b.area)) return { sheet: a.sheet, area: { top: Math.max(a.area.top, b.area.top), left: Math.max(a.area.left, b.area.left), bottom: Math.min(a.area.bottom, b.area.bottom), right: Math.min(a.area.right, b.area.right) } };
        if (orNull) return null;
        throw fail.invalidArgument("Range.getIntersection", "The ranges do not intersect.");
      },
      maxSet(this.requires, orNull ? "1.4" : "1.2"),
    );
  }

  /** ExcelApi 1.2: the cells both ranges hold (an error when none). */
  getIntersection(other: DoubleRange): DoubleRange {
    return this.intersection(other, false);
  }

  /** ExcelApi 1.4: the cells both ranges hold, or a null object. */
  getIntersectionOrNullObject(other: DoubleRange): DoubleRange {
    return this.intersection(other, true);
  }

  /** ExcelApi 1.9; only "Visible" is simulated: the visible cells as row bands. */
  getSpecialCellsOrNullObject(cellType: string): DoubleRangeAreas {
    if (cellType !== "Visible") throw fail.invalidArgument("Range.getSpecialCellsOrNullObject", `The double simulates "Visible" only, not ${cellType}`);
    return new DoubleRangeAreas(
      this.context,
      () => {
        const t = this.target();
        const areas: Area[] = [];
        for (let r = t.area.top; r <= t.area.bottom; r++) {
          if (t.sheet.hiddenRows.has(r)) continue;
          const last = areas[areas.length - 1];
          if (last && last.bottom === r - 1) last.bottom = r;
          else areas.push({ top: r, bottom: r, left: t.area.left, right: t.area.right });
        }
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      maxSet(this.requires, "1.9"),
    );
  }

  getVisibleView(): DoubleRangeView {
    return new DoubleRangeView(this.context, () => this.target());
  }

  merge(across = false): void {
    this.call("merge", "1.2", writesSheet, (t) => {
      const rows = across ? [...Array(t.area.bottom - t.area.top + 1).keys()].map((i) => ({ ...t.area, top: t.area.top + i, bottom: t.area.top + i })) : [t.area];
      for (const area of rows) {
        if (area.top === area.bottom && area.left === area.right) continue;
        t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, area));
        t.sheet.merges.push(area);
        for (const { row, col } of cellsOf(area)) {
          if (row === area.top && col === area.left) continue;
          const cell = t.sheet.cell(row, col);
          if (!cell) continue;
          cell.value = null;
          cell.formula = null;
        }
      }
    });
  }

  unmerge(): void {
    this.call("unmerge", "1.2", writesSheet, (t) => (t.sheet.merges = t.sheet.merges.filter((m) => !intersects(m, t.area))));
  }

  clear(applyTo: string = "All"): void {
    this.call("clear", "1.1", writesSheet, (t) => {
      for (const { row, col } of cellsOf(t.area)) {
        const cell = t.sheet.cell(row, col);
        if (!cell) continue;
        if (applyTo === "All" || applyTo === "Contents") {
          cell.value = null;
          cell.formula = null;
        }
        if (applyTo === "All" || applyTo === "Formats") cell.format = {};
      }
    }, true, applyTo === "Formats" ? undefined : contentChange);
  }

  /** Selecting needs the range's sheet to be the active one (activate it first, in the same batch). */
  select(): void {
    this.call("select", "1.1", null, (t) => {
      if (this.context.model.activeSheet !== t.sheet) throw fail.invalidOperation("Range.select", "The range is not on the active sheet.");
      this.context.model.select(t.sheet.name, areaAddress(t.area));
    });
  }
}
