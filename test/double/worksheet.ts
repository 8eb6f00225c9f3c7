import { versionAtLeast, type ChangeHandler, type SheetModel, type Visibility } from "./model";
import { parseRangeAddress, areaAddress } from "./areas";
import { DoubleObject, type DoubleContext } from "./client";
import { fail } from "./errors";
import { DoubleRange } from "./range";
import type { RangeTarget } from "./range-parts";

const writes = (s: SheetModel) => s;

export class DoubleWorksheetProtection extends DoubleObject<SheetModel> {
  protected readonly scalarProperties = ["protected"];
  constructor(context: DoubleContext, resolve: () => SheetModel | null) {
    super(context, resolve, "WorksheetProtection", "1.2");
  }
  protected read(p: string, s: SheetModel): unknown {
    if (p === "protected") return s.protected;
    throw fail.invalidArgument("WorksheetProtection.load", `Unknown property ${p}`);
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(): void {
    this.call("protect", "1.2", () => "workbook", (s) => {
      if (s.protected) throw fail.accessDenied("WorksheetProtection.protect");
      s.protected = true;
    }, false);
  }
  unprotect(): void {
    this.call("unprotect", "1.2", () => "workbook", (s) => (s.protected = false), false);
  }
}

export class DoubleFreezePanes extends DoubleObject<SheetModel> {
  protected readonly scalarProperties: string[] = [];
  constructor(context: DoubleContext, resolve: () => SheetModel | null) {
    super(context, resolve, "WorksheetFreezePanes", "1.7");
  }
  protected read(p: string): unknown {
    throw fail.invalidArgument("WorksheetFreezePanes.load", `Unknown property ${p}`);
  }
  freezeRows(count = 1): void {
    this.call("freezeRows", "1.7", writes, (s) => (s.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.call("freezeColumns", "1.7", writes, (s) => (s.freeze = { rows: 0, columns: count }));
  }
  freezeAt(range: DoubleRange | string): void {
    this.call("freezeAt", "1.7", writes, (s) => {
      const area = typeof range === "string" ? parseRangeAddress(range)?.area : range.target().area;
      if (!area) throw fail.invalidArgument("WorksheetFreezePanes.freezeAt");
      s.freeze = { rows: area.bottom + 1, columns: area.right + 1 };
    });
  }
  unfreeze(): void {
    this.call("unfreeze", "1.7", writes, (s) => (s.freeze = null));
  }
}

const LAYOUT_PROPERTIES = ["orientation", "paperSize", "zoom", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;
type LayoutProperty = (typeof LAYOUT_PROPERTIES)[number];

export class DoublePageLayout extends DoubleObject<SheetModel> {
  protected readonly scalarProperties = [...LAYOUT_PROPERTIES];
  constructor(context: DoubleContext, resolve: () => SheetModel | null) {
    super(context, resolve, "PageLayout", "1.9");
  }
  protected read(p: string, s: SheetModel): unknown {
    if ((LAYOUT_PROPERTIES as readonly string[]).includes(p)) return s.pageLayout[p as LayoutProperty];
    throw fail.invalidArgument("PageLayout.load", `Unknown property ${p}`);
  }
  private write(p: LayoutProperty, v: unknown): void {
    this.set(p, v, "1.9", writes, (s) => Object.assign(s.pageLayout, { [p]: v }));
  }
  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(v: string) {
    this.write("orientation", v);
  }
  get paperSize(): string {
    return this.get("paperSize");
  }
  set paperSize(v: string) {
    this.write("paperSize", v);
  }
  get zoom(): unknown {
    return this.get("zoom");
  }
  set zoom(v: unknown) {
    this.write("zoom", v);
  }
  set leftMargin(v: number) {
    this.write("leftMargin", v);
  }
  get leftMargin(): number {
    return this.get("leftMargin");
  }
  set rightMargin(v: number) {
    this.write("rightMargin", v);
  }
  get rightMargin(): number {
    return this.get("rightMargin");
  }
  set topMargin(v: number) {
    this.write("topMargin", v);
  }
  get topMargin(): number {
    return this.get("topMargin");
  }
  set bottomMargin(v: number) {
    this.write("bottomMargin", v);
  }
  get bottomMargin(): number {
    return this.get("bottomMargin");
  }
  set headerMargin(v: number) {
    this.write("headerMargin", v);
  }
  get headerMargin(): number {
    return this.get("headerMargin");
  }
  set footerMargin(v: number) {
    this.write("footerMargin", v);
  }
  get footerMargin(): number {
    return this.get("footerMargin");
  }
  get headersFooters(): DoubleHeaderFooterGroup {
    return this.childObject("headersFooters", () => new DoubleHeaderFooterGroup(this.context, () => this.target()));
  }
  private addressOf(range: DoubleRange | string): string {
    if (typeof range !== "string") return areaAddress(range.target().area);
    if (!parseRangeAddress(range)) throw fail.invalidArgument("PageLayout");
    return range.replace(/^.*!/, "");
  }
  /** An empty string turns the title rows off (as PageSetup.PrintTitleRows does). */
  setPrintTitleRows(range: DoubleRange | string): void {
    this.call("setPrintTitleRows", "1.9", writes, (s) => (s.pageLayout.printTitleRows = range === "" ? null : this.addressOf(range)));
  }
  setPrintArea(range: DoubleRange | string): void {
    this.call("setPrintArea", "1.9", writes, (s) => (s.pageLayout.printArea = this.addressOf(range)));
  }
}

export class DoubleHeaderFooter extends DoubleObject<SheetModel> {
  protected readonly scalarProperties = ["centerHeader"];
  constructor(
    context: DoubleContext,
    resolve: () => SheetModel | null,
    private readonly which: "defaultCenterHeader" | "firstCenterHeader",
  ) {
    super(context, resolve, "HeaderFooter", "1.9");
  }
  protected read(p: string, s: SheetModel): unknown {
    if (p === "centerHeader") return s.pageLayout.headersFooters[this.which];
    throw fail.invalidArgument("HeaderFooter.load", `Unknown property ${p}`);
  }
  get centerHeader(): string {
    return this.get("centerHeader");
  }
  set centerHeader(v: string) {
    this.set("centerHeader", v, "1.9", writes, (s) => (s.pageLayout.headersFooters[this.which] = v));
  }
}

export class DoubleHeaderFooterGroup extends DoubleObject<SheetModel> {
  protected readonly scalarProperties = ["state"];
  constructor(context: DoubleContext, resolve: () => SheetModel | null) {
    super(context, resolve, "HeaderFooterGroup", "1.9");
  }
  protected read(p: string, s: SheetModel): unknown {
    if (p === "state") return s.pageLayout.headersFooters.state;
    throw fail.invalidArgument("HeaderFooterGroup.load", `Unknown property ${p}`);
  }
  get state(): string {
    return this.get("state");
  }
  set state(v: string) {
    if (!["Default", "FirstAndDefault", "OddAndEven", "FirstOddAndEven"].includes(v)) throw fail.invalidArgument("HeaderFooterGroup.state");
    this.set("state", v, "1.9", writes, (s) => (s.pageLayout.headersFooters.state = v));
  }
  get defaultForAllPages(): DoubleHeaderFooter {
    return this.childObject("defaultForAllPages", () => new DoubleHeaderFooter(this.context, () => this.target(), "defaultCenterHeader"));
  }
  get firstPage(): DoubleHeaderFooter {
    return this.childObject("firstPage", () => new DoubleHeaderFooter(this.context, () => this.target(), "firstCenterHeader"));
  }
}

export class DoublePageBreakCollection extends DoubleObject<SheetModel> {
  protected readonly scalarProperties: string[] = [];
  constructor(context: DoubleContext, resolve: () => SheetModel | null) {
    super(context, resolve, "PageBreakCollection", "1.9");
  }
  protected read(p: string): unknown {
    throw fail.invalidArgument("PageBreakCollection.load", `Unknown property ${p}`);
  }
  /** A break before the top-left cell of the range. */
  add(range: DoubleRange | string): void {
    this.call("add", "1.9", writes, (s) => {
      const area = typeof range === "string" ? parseRangeAddress(range)?.area : range.target().area;
      if (!area) throw fail.invalidArgument("PageBreakCollection.add");
      if (!s.pageLayout.pageBreaks.includes(area.top)) s.pageLayout.pageBreaks = [...s.pageLayout.pageBreaks, area.top].sort((a, b) => a - b);
    });
  }
  removePageBreaks(): void {
    this.call("removePageBreaks", "1.9", writes, (s) => (s.pageLayout.pageBreaks = []));
  }
}

/** The cell a note or a threaded comment is on. */
interface CellTarget {
  sheet: SheetModel;
  row: number;
  col: number;
}

/** The cell of a note or a threaded comment as a range, as their getLocation() gives it. */
function locationOf(context: DoubleContext, target: () => CellTarget, apiSet: string): DoubleRange {
  return new DoubleRange(
    context,
    () => {
      const t = target();
      return { sheet: t.sheet, area: { top: t.row, bottom: t.row, left: t.col, right: t.col } };
    },
    apiSet,
  );
}

/** A sheet's notes or threaded comments: loaded as items, one per cell holding one (`cells` of the sheet). */
abstract class CellItemCollection<T extends DoubleObject<CellTarget>> extends DoubleObject<SheetModel> {
  protected readonly scalarProperties: string[] = [];
  private loadedItems: T[] | undefined;
  constructor(
    context: DoubleContext,
    resolve: () => SheetModel | null,
    type: string,
    private readonly apiSet: string,
    private readonly cells: (sheet: SheetModel) => Map<string, string>,
    private readonly item: (target: () => CellTarget | null) => T,
  ) {
    super(context, resolve, type, apiSet);
  }
  protected read(p: string): unknown {
    throw fail.invalidArgument(`${this.type}.load`, `Unknown property ${p}`);
  }
  override load(spec?: string | string[]): this {
    const paths = (spec === undefined ? [] : (Array.isArray(spec) ? spec : spec.split(",")).map((p) => p.trim().replace(/^items\//, ""))).filter(Boolean);
    this.context.enqueue({
      location: `${this.type}.load`,
      apiSet: this.apiSet,
      run: () => {
        const sheet = this.target();
        const cells = this.cells(sheet);
        this.loadedItems = [...cells.keys()].map((k) => {
          const [row, col] = k.split(",").map(Number);
          return this.item(() => (cells.has(k) ? { sheet, row, col } : null));
        });
        for (const item of this.loadedItems) item.applyLoad(paths.length ? paths : null);
      },
    });
    return this;
  }
  get items(): T[] {
    if (!this.loadedItems) throw fail.propertyNotLoaded("items", this.type);
    return this.loadedItems;
  }
}

export class DoubleNote extends DoubleObject<CellTarget> {
  protected readonly scalarProperties = ["content"];
  constructor(context: DoubleContext, resolve: () => CellTarget | null) {
    super(context, resolve, "Note", "1.18");
  }
  protected read(p: string, t: CellTarget): unknown {
    if (p === "content") return t.sheet.noteAt(t.row, t.col);
    throw fail.invalidArgument("Note.load", `Unknown property ${p}`);
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.set("content", v, "1.18", (t) => t.sheet, (t) => t.sheet.setNote(t.row, t.col, v));
  }
  delete(): void {
    this.call("delete", "1.18", (t) => t.sheet, (t) => t.sheet.setNote(t.row, t.col, undefined));
  }
  /** The cell the note is on. */
  getLocation(): DoubleRange {
    return locationOf(this.context, () => this.target(), "1.18");
  }
}

function noteCell(key: string | DoubleRange, where: string): () => { row: number; col: number } {
  return () => {
    if (typeof key !== "string") {
      const a = key.target().area;
      return { row: a.top, col: a.left };
    }
    const parsed = parseRangeAddress(key);
    if (!parsed) throw fail.invalidArgument(where);
    return { row: parsed.area.top, col: parsed.area.left };
  };
}

/** A sheet's notes (ExcelApi 1.18): loaded as items, each saying where it is with getLocation(), as real Excel does. */
export class DoubleNoteCollection extends CellItemCollection<DoubleNote> {
  constructor(context: DoubleContext, resolve: () => SheetModel | null) {
    super(context, resolve, "NoteCollection", "1.18", (sheet) => sheet.notes, (target) => new DoubleNote(context, target));
  }
  add(cellAddress: DoubleRange | string, content: string): DoubleNote {
    const at = noteCell(cellAddress, "NoteCollection.add");
    this.call("add", "1.18", writes, (s) => {
      const { row, col } = at();
      if (s.noteAt(row, col) !== undefined) throw fail.itemAlreadyExists("NoteCollection.add");
      if (s.commentAt(row, col) !== undefined) throw fail.invalidOperation("NoteCollection.add", "A cell can hold a note or a threaded comment, not both.");
      s.setNote(row, col, String(content));
    });
    return this.note(cellAddress, false);
  }
  private note(key: DoubleRange | string, orNull: boolean): DoubleNote {
    const at = noteCell(key, "NoteCollection.getItem");
    return new DoubleNote(this.context, () => {
      const sheet = this.target();
      const { row, col } = at();
      if (sheet.noteAt(row, col) === undefined) {
        if (orNull) return null;
        throw fail.itemNotFound("NoteCollection.getItem");
      }
      return { sheet, row, col };
    });
  }
  getItem(key: string): DoubleNote {
    return this.note(key, false);
  }
  getItemOrNullObject(key: string): DoubleNote {
    return this.note(key, true);
  }
}

/** A threaded comment (ExcelApi 1.10). */
export class DoubleComment extends DoubleObject<CellTarget> {
  protected readonly scalarProperties = ["id", "content"];
  constructor(context: DoubleContext, resolve: () => CellTarget | null) {
    super(context, resolve, "Comment", "1.10");
  }
  protected read(p: string, t: CellTarget): unknown {
    if (p === "content") return t.sheet.commentAt(t.row, t.col);
    if (p === "id") return `{${t.sheet.name}!${t.row},${t.col}}`;
    throw fail.invalidArgument("Comment.load", `Unknown property ${p}`);
  }
  get content(): string {
    return this.get("content");
  }
  /** The cell the comment is on. */
  getLocation(): DoubleRange {
    return locationOf(this.context, () => this.target(), "1.10");
  }
}

/** A sheet's threaded comments (ExcelApi 1.10): loaded as items; each says where it is with getLocation(). */
export class DoubleCommentCollection extends CellItemCollection<DoubleComment> {
  constructor(context: DoubleContext, resolve: () => SheetModel | null) {
    super(context, resolve, "CommentCollection", "1.10", (sheet) => sheet.comments, (target) => new DoubleComment(context, target));
  }
  add(cellAddress: DoubleRange | string, content: string): void {
    const at = noteCell(cellAddress, "CommentCollection.add");
    this.call("add", "1.10", writes, (s) => {
      const { row, col } = at();
      if (s.noteAt(row, col) !== undefined) throw fail.invalidOperation("CommentCollection.add", "A cell can hold a note or a threaded comment, not both.");
      s.comments.set(`${row},${col}`, String(content));
    });
  }
}

export class DoubleWorksheet extends DoubleObject<SheetModel> {
  protected readonly scalarProperties = ["name", "visibility", "position", "id"];
  constructor(context: DoubleContext, resolve: () => SheetModel | null, requires = "1.1") {
    super(context, resolve, "Worksheet", requires);
  }
  protected override navigate(name: string): DoubleObject<unknown> | undefined {
    if (name === "protection") return this.protection as DoubleObject<unknown>;
    return undefined;
  }
  protected read(p: string, s: SheetModel): unknown {
    switch (p) {
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "position":
        return this.context.model.sheets.indexOf(s);
      case "id":
        return `{${s.name}}`;
    }
    throw fail.invalidArgument("Worksheet.load", `Unknown property ${p}`);
  }
  get name(): string {
    return this.get("name");
  }
  get visibility(): Visibility {
    return this.get("visibility");
  }
  set visibility(v: Visibility) {
    this.set("visibility", v, "1.2", () => "structure", (s) => {
      const model = this.context.model;
      if (v !== "Visible" && model.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) throw fail.invalidOperation("Worksheet.visibility", "A workbook must keep at least one visible sheet.");
      s.visibility = v;
      if (v !== "Visible" && model.activeSheet === s) model.activeSheet = model.sheets.find((x) => x.visibility === "Visible") ?? null;
    }, false);
  }
  get protection(): DoubleWorksheetProtection {
    return this.childObject("protection", () => new DoubleWorksheetProtection(this.context, () => this.target()));
  }
  get freezePanes(): DoubleFreezePanes {
    return this.childObject("freezePanes", () => new DoubleFreezePanes(this.context, () => this.target()));
  }
  get pageLayout(): DoublePageLayout {
    return this.childObject("pageLayout", () => new DoublePageLayout(this.context, () => this.target()));
  }
  get horizontalPageBreaks(): DoublePageBreakCollection {
    return this.childObject("horizontalPageBreaks", () => new DoublePageBreakCollection(this.context, () => this.target()));
  }
  get notes(): DoubleNoteCollection {
    return this.childObject("notes", () => new DoubleNoteCollection(this.context, () => this.target()));
  }
  /** Threaded comments (ExcelApi 1.10). */
  get comments(): DoubleCommentCollection {
    return this.childObject("comments", () => new DoubleCommentCollection(this.context, () => this.target()));
  }

  private range(area: (s: SheetModel) => RangeTarget["area"] | null, requires = "1.1"): DoubleRange {
    return new DoubleRange(
      this.context,
      () => {
        const sheet = this.target();
        const a = area(sheet);
        return a ? { sheet, area: a } : null;
      },
      requires,
    );
  }

  getRange(address?: string): DoubleRange {
    if (address === undefined) return this.range(() => ({ top: 0, left: 0, bottom: 1048575, right: 16383 }));
    const parsed = parseRangeAddress(address);
    if (!parsed) throw fail.invalidArgument("Worksheet.getRange", `Invalid address ${address}`);
    return this.range(() => parsed.area);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): DoubleRange {
    return this.range(() => ({ top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 }), "1.7");
  }

  /** The used range; a blank sheet's is A1 (never an error). valuesOnly needs ExcelApi 1.2. */
  getUsedRange(valuesOnly?: boolean): DoubleRange {
    return this.range((s) => s.usedArea(!!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 }, valuesOnly === undefined ? "1.1" : "1.2");
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): DoubleRange {
    return this.range((s) => s.usedArea(!!valuesOnly), "1.4");
  }

  /**
   * Change events (ExcelApi 1.7): handlers hear of the sheet's content changes — a person typing,
   * inserting or deleting rows, undoing, and add-in writes (triggerSource "ThisLocalAddin" from 1.14).
   * As in office-js, adding and removing are queued and take effect at the next sync of the handler's
   * context (`Excel.run(handler.context, …)` removes it after the batch that added it has ended).
   */
  get onChanged(): { add(handler: ChangeHandler): { remove(): void; context: DoubleContext } } {
    const context = this.context;
    if (!versionAtLeast(context.model.apiVersion, "1.7")) throw fail.apiNotFound("Worksheet.onChanged", "1.7");
    return {
      add: (handler) => {
        let sheetName = "";
        context.enqueue({
          location: "Worksheet.onChanged.add",
          apiSet: "1.7",
          run: () => {
            sheetName = this.target().name;
            context.model.changeHandlersOf(sheetName).add(handler);
          },
        });
        return { remove: () => context.enqueue({ location: "EventHandlerResult.remove", apiSet: "1.7", run: () => void context.model.changeHandlersOf(sheetName).delete(handler) }), context };
      },
    };
  }

  activate(): void {
    this.call("activate", "1.1", null, (s) => {
      if (s.visibility !== "Visible") throw fail.invalidOperation("Worksheet.activate", "A hidden sheet cannot be activated.");
      this.context.model.activeSheet = s;
    });
  }

  delete(): void {
    this.call("delete", "1.1", () => "structure", (s) => {
      const model = this.context.model;
      model.sheets = model.sheets.filter((x) => x !== s);
      if (model.activeSheet === s) model.activeSheet = model.sheets.find((x) => x.visibility === "Visible") ?? null;
    }, false);
  }
}

