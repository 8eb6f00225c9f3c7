import type { Area } from "../../src/core/sheet/address";
import { areaAddress, cellCount, cellsOf, intersects, qualifiedAddress } from "./areas";
import { DoubleObject, maxSet, type DoubleContext } from "./client";
import { fail } from "./errors";
import { MAX_COLUMNS } from "./model";
import {
  DoubleDataValidation,
  DoubleRangeAreas,
  DoubleRangeFormat,
  DoubleRangeView,
  grid,
  PAYLOAD_CELL_LIMIT,
  shapeError,
  shapeMatches,
  writesSheet,
  type RangeTarget,
} from "./range-parts";

const CELL_GRIDS = new Set(["values", "text", "formulas", "numberFormat", "valueTypes"]);

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
    if (CELL_GRIDS.has(p) && cellCount(area) > PAYLOAD_CELL_LIMIT) throw fail.payloadTooLarge(`Range.${p}`);
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
        return grid(t, "Range.values", (r, c) => model.valueAt(sheet, r, c) ?? "");
      case "text":
        return grid(t, "Range.text", (r, c) => model.textAt(sheet, r, c));
      case "formulas":
        return grid(t, "Range.formulas", (r, c) => sheet.cell(r, c)?.formula ?? model.valueAt(sheet, r, c) ?? "");
      case "numberFormat":
        return grid(t, "Range.numberFormat", (r, c) => sheet.numberFormatAt(r, c));
      case "valueTypes":
        return grid(t, "Range.valueTypes", (r, c) => {
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
      for (const { row, col } of cellsOf(t.area)) model.enter(t.sheet, row, col, input[row - t.area.top][col - t.area.left]);
    });
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

  /** ExcelApi 1.13; a null object when nothing in the range is merged. */
  getMergedAreasOrNullObject(): DoubleRangeAreas {
    return new DoubleRangeAreas(
      this.context,
      () => {
        const t = this.target();
        const areas = t.sheet.merges.filter((m) => intersects(m, t.area));
        return areas.length ? { sheet: t.sheet, areas } : null;
      },
      maxSet(this.requires, "1.13"),
    );
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
    });
  }

  /** Selecting needs the range's sheet to be the active one (activate it first, in the same batch). */
  select(): void {
    this.call("select", "1.1", null, (t) => {
      if (this.context.model.activeSheet !== t.sheet) throw fail.invalidOperation("Range.select", "The range is not on the active sheet.");
      this.context.model.select(t.sheet.name, areaAddress(t.area));
    });
  }
}
