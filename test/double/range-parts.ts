import type { Area } from "../../src/core/sheet/address";
import { cellsOf, intersects, isWholeColumns, qualifiedAddress } from "./areas";
import { DoubleObject, type DoubleContext } from "./client";
import { fail } from "./errors";
import type { CellFormat, SheetModel } from "./model";

/** A rectangle of a sheet, as a Range proxy resolves it when an operation runs. */
export interface RangeTarget {
  sheet: SheetModel;
  area: Area;
}

const writesSheet = (t: RangeTarget) => t.sheet;

function grid<V>(t: RangeTarget, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: V[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(f(r, c));
    out.push(row);
  }
  return out;
}

/** The value all cells share, or null when they differ (office-js's answer for mixed formats). */
function uniform<V>(t: RangeTarget, f: (format: CellFormat, row: number, col: number) => V): V | null {
  let first: { v: V } | undefined;
  const cells = isWholeColumns(t.area) ? cellsOf({ ...t.area, bottom: t.area.top }) : cellsOf(t.area);
  for (const { row, col } of cells) {
    const v = f(t.sheet.formatAt(row, col), row, col);
    if (!first) first = { v };
    else if (JSON.stringify(first.v) !== JSON.stringify(v)) return null;
  }
  return first ? first.v : null;
}

/** Changes the format of every cell (or of whole columns, for "B:B"). */
function eachFormat(t: RangeTarget, change: (format: CellFormat) => void): void {
  if (isWholeColumns(t.area)) {
    for (let c = t.area.left; c <= t.area.right; c++) {
      const f = t.sheet.columnFormats.get(c) ?? {};
      change(f);
      t.sheet.columnFormats.set(c, f);
    }
    for (const [key, cell] of t.sheet.cells) {
      const col = Number(key.split(",")[1]);
      if (col >= t.area.left && col <= t.area.right) change(cell.format);
    }
    return;
  }
  for (const { row, col } of cellsOf(t.area)) change(t.sheet.ensure(row, col).format);
}

function shapeMatches(t: RangeTarget, value: unknown): value is unknown[][] {
  const rows = t.area.bottom - t.area.top + 1;
  const cols = t.area.right - t.area.left + 1;
  return Array.isArray(value) && value.length === rows && value.every((r) => Array.isArray(r) && r.length === cols);
}

function shapeError(location: string) {
  return fail.invalidArgument(location, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
}

function color(value: unknown, location: string): string {
  if (typeof value !== "string" || !/^#[0-9a-fA-F]{6}$/.test(value)) throw fail.invalidArgument(location, `Invalid color: ${String(value)}`);
  return value.toUpperCase();
}

export class DoubleRangeFill extends DoubleObject<RangeTarget> {
  protected readonly scalarProperties = ["color"];
  constructor(context: DoubleContext, resolve: () => RangeTarget | null, requires: string) {
    super(context, resolve, "RangeFill", requires);
  }
  protected override propertySet(p: string): string {
    return p === "pattern" ? "1.9" : "1.1";
  }
  protected read(p: string, t: RangeTarget): unknown {
    if (p === "color") return uniform(t, (f) => f.fill ?? "#FFFFFF");
    if (p === "pattern") return uniform(t, (f) => (f.fill ? "Solid" : "None"));
    throw fail.invalidArgument("RangeFill.load", `Unknown property ${p}`);
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, "1.1", writesSheet, (t) => {
      const c = color(value, "RangeFill.color");
      eachFormat(t, (f) => (f.fill = c));
    });
  }
  get pattern(): string {
    return this.get("pattern");
  }
  clear(): void {
    this.call("clear", "1.1", writesSheet, (t) => eachFormat(t, (f) => delete f.fill));
  }
}

const FONT_DEFAULTS = { name: "Calibri", size: 11, bold: false, italic: false, underline: "None", color: "#000000" };
const FONT_FIELDS = { name: "fontName", size: "fontSize", bold: "bold", italic: "italic", underline: "underline", color: "fontColor" } as const;
type FontProperty = keyof typeof FONT_FIELDS;

export class DoubleRangeFont extends DoubleObject<RangeTarget> {
  protected readonly scalarProperties = Object.keys(FONT_FIELDS);
  constructor(context: DoubleContext, resolve: () => RangeTarget | null, requires: string) {
    super(context, resolve, "RangeFont", requires);
  }
  protected read(p: string, t: RangeTarget): unknown {
    if (!(p in FONT_FIELDS)) throw fail.invalidArgument("RangeFont.load", `Unknown property ${p}`);
    const field = FONT_FIELDS[p as FontProperty];
    return uniform(t, (f) => f[field] ?? FONT_DEFAULTS[p as FontProperty]);
  }
  private write(p: FontProperty, value: unknown): void {
    this.set(p, value, "1.1", writesSheet, (t) => {
      const v = p === "color" ? color(value, "RangeFont.color") : value;
      eachFormat(t, (f) => Object.assign(f, { [FONT_FIELDS[p]]: v }));
    });
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.write("name", v);
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.write("size", v);
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.write("bold", v);
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.write("italic", v);
  }
  get underline(): string {
    return this.get("underline");
  }
  set underline(v: string) {
    this.write("underline", v);
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.write("color", v);
  }
}

export class DoubleRangeBorder extends DoubleObject<RangeTarget> {
  protected readonly scalarProperties = ["style", "weight", "color"];
  constructor(
    context: DoubleContext,
    resolve: () => RangeTarget | null,
    requires: string,
    private readonly edge: string,
  ) {
    super(context, resolve, "RangeBorder", requires);
  }
  protected read(p: string, t: RangeTarget): unknown {
    return uniform(t, (f) => (f.borders?.[this.edge] as Record<string, string> | undefined)?.[p] ?? { style: "None", weight: "Thin", color: "#000000" }[p]);
  }
  private write(p: "style" | "weight" | "color", value: string): void {
    this.set(p, value, "1.1", writesSheet, (t) =>
      eachFormat(t, (f) => {
        f.borders = { ...f.borders, [this.edge]: { style: "None", weight: "Thin", color: "#000000", ...f.borders?.[this.edge], [p]: value } };
      }),
    );
  }
  get style(): string {
    return this.get("style");
  }
  set style(v: string) {
    this.write("style", v);
  }
  get weight(): string {
    return this.get("weight");
  }
  set weight(v: string) {
    this.write("weight", v);
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.write("color", v);
  }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export class DoubleRangeBorderCollection extends DoubleObject<RangeTarget> {
  protected readonly scalarProperties: string[] = [];
  constructor(
    context: DoubleContext,
    private readonly resolveRange: () => RangeTarget | null,
    requires: string,
  ) {
    super(context, resolveRange, "RangeBorderCollection", requires);
  }
  protected read(p: string): unknown {
    throw fail.invalidArgument("RangeBorderCollection.load", `Unknown property ${p}`);
  }
  getItem(index: string): DoubleRangeBorder {
    if (!EDGES.includes(index)) throw fail.invalidArgument("RangeBorderCollection.getItem", `Unknown border ${index}`);
    return new DoubleRangeBorder(this.context, this.resolveRange, this.requires, index);
  }
}

export class DoubleRangeFormat extends DoubleObject<RangeTarget> {
  protected readonly scalarProperties = ["wrapText", "horizontalAlignment", "verticalAlignment", "columnWidth", "rowHeight"];
  constructor(
    context: DoubleContext,
    private readonly resolveRange: () => RangeTarget | null,
    requires: string,
  ) {
    super(context, resolveRange, "RangeFormat", requires);
  }
  protected override propertySet(p: string): string {
    return p === "columnWidth" || p === "rowHeight" ? "1.2" : "1.1";
  }
  protected override navigate(name: string): DoubleObject<unknown> | undefined {
    if (name === "fill") return this.fill as DoubleObject<unknown>;
    if (name === "font") return this.font as DoubleObject<unknown>;
    return undefined;
  }
  protected read(p: string, t: RangeTarget): unknown {
    switch (p) {
      case "wrapText":
        return uniform(t, (f) => f.wrap ?? false);
      case "horizontalAlignment":
        return uniform(t, (f) => f.hAlign ?? "General");
      case "verticalAlignment":
        return uniform(t, (f) => f.vAlign ?? "Bottom");
      case "columnWidth":
        return uniform(t, (_f, _r, c) => t.sheet.columnWidths.get(c) ?? 48);
      case "rowHeight":
        return uniform(t, (_f, r) => t.sheet.rowHeights.get(r) ?? 15);
    }
    throw fail.invalidArgument("RangeFormat.load", `Unknown property ${p}`);
  }
  get fill(): DoubleRangeFill {
    return this.childObject("fill", () => new DoubleRangeFill(this.context, this.resolveRange, this.requires));
  }
  get font(): DoubleRangeFont {
    return this.childObject("font", () => new DoubleRangeFont(this.context, this.resolveRange, this.requires));
  }
  get borders(): DoubleRangeBorderCollection {
    return this.childObject("borders", () => new DoubleRangeBorderCollection(this.context, this.resolveRange, this.requires));
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(v: boolean) {
    this.set("wrapText", v, "1.1", writesSheet, (t) => eachFormat(t, (f) => (f.wrap = v)));
  }
  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", v, "1.1", writesSheet, (t) => eachFormat(t, (f) => (f.hAlign = v)));
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", v, "1.1", writesSheet, (t) => eachFormat(t, (f) => (f.vAlign = v)));
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(v: number) {
    this.set("columnWidth", v, "1.2", writesSheet, (t) => {
      for (let c = t.area.left; c <= t.area.right; c++) t.sheet.columnWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(v: number) {
    this.set("rowHeight", v, "1.2", writesSheet, (t) => {
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        t.sheet.rowHeights.set(r, v);
        t.sheet.autoRows.delete(r);
      }
    });
  }
  /** Excel sizes the rows to their content and keeps doing so as they are typed into. */
  autofitRows(): void {
    this.call("autofitRows", "1.2", writesSheet, (t) => {
      for (let r = t.area.top; r <= t.area.bottom; r++) {
        t.sheet.rowHeights.delete(r);
        t.sheet.autoRows.add(r);
      }
    });
  }
}

interface ListRule {
  list?: { inCellDropDown?: boolean; source?: unknown };
}

export class DoubleDataValidation extends DoubleObject<RangeTarget> {
  protected readonly scalarProperties = ["rule", "errorAlert", "prompt"];
  constructor(context: DoubleContext, resolve: () => RangeTarget | null) {
    super(context, resolve, "DataValidation", "1.8");
  }
  protected read(p: string, t: RangeTarget): unknown {
    const v = t.sheet.validations.find((x) => intersects(x.area, t.area));
    return v ? (v as unknown as Record<string, unknown>)[p] : null;
  }
  private entry(t: RangeTarget) {
    let v = t.sheet.validations.find((x) => JSON.stringify(x.area) === JSON.stringify(t.area));
    if (!v) t.sheet.validations.push((v = { area: t.area, rule: null }));
    return v;
  }
  get rule(): unknown {
    return this.get("rule");
  }
  set rule(rule: unknown) {
    this.set("rule", rule, "1.8", writesSheet, (t) => {
      const source = (rule as ListRule).list?.source;
      if (typeof source === "string" && !source.startsWith("=") && source.length > 255) throw fail.invalidArgument("DataValidation.rule", "A list source is at most 255 characters.");
      this.entry(t).rule = rule;
    });
  }
  get errorAlert(): unknown {
    return this.get("errorAlert");
  }
  set errorAlert(v: unknown) {
    this.set("errorAlert", v, "1.8", writesSheet, (t) => (this.entry(t).errorAlert = v));
  }
  get prompt(): unknown {
    return this.get("prompt");
  }
  set prompt(v: unknown) {
    this.set("prompt", v, "1.8", writesSheet, (t) => (this.entry(t).prompt = v));
  }
  clear(): void {
    this.call("clear", "1.8", writesSheet, (t) => (t.sheet.validations = t.sheet.validations.filter((x) => !intersects(x.area, t.area))));
  }
}

/** Several areas of one sheet (merged areas, visible cells). */
export class DoubleRangeAreas extends DoubleObject<{ sheet: SheetModel; areas: Area[] }> {
  protected readonly scalarProperties = ["address", "areaCount"];
  constructor(context: DoubleContext, resolve: () => { sheet: SheetModel; areas: Area[] } | null, requires: string) {
    super(context, resolve, "RangeAreas", requires);
  }
  protected read(p: string, t: { sheet: SheetModel; areas: Area[] }): unknown {
    if (p === "address") return t.areas.map((a) => qualifiedAddress(t.sheet.name, a)).join(", ");
    if (p === "areaCount") return t.areas.length;
    throw fail.invalidArgument("RangeAreas.load", `Unknown property ${p}`);
  }
  get address(): string {
    return this.get("address");
  }
  get areaCount(): number {
    return this.get("areaCount");
  }
}

/** The visible rows (and columns) of a range. */
export class DoubleRangeView extends DoubleObject<RangeTarget> {
  protected readonly scalarProperties = ["cellAddresses", "rowCount", "columnCount"];
  constructor(context: DoubleContext, resolve: () => RangeTarget | null) {
    super(context, resolve, "RangeView", "1.3");
  }
  private rows(t: RangeTarget): number[] {
    const out: number[] = [];
    for (let r = t.area.top; r <= t.area.bottom; r++) if (!t.sheet.hiddenRows.has(r)) out.push(r);
    return out;
  }
  private cols(t: RangeTarget): number[] {
    const out: number[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) if (!t.sheet.hiddenColumns.has(c)) out.push(c);
    return out;
  }
  protected read(p: string, t: RangeTarget): unknown {
    if (p === "rowCount") return this.rows(t).length;
    if (p === "columnCount") return this.cols(t).length;
    if (p === "cellAddresses") {
      const cols = this.cols(t);
      return this.rows(t).map((r) => cols.map((c) => qualifiedAddress(t.sheet.name, { top: r, bottom: r, left: c, right: c })));
    }
    throw fail.invalidArgument("RangeView.load", `Unknown property ${p}`);
  }
  get cellAddresses(): string[][] {
    return this.get("cellAddresses");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
}

export { grid, shapeMatches, shapeError, writesSheet };
