import { areaAddress, parseRangeAddress, quoteSheet } from "./areas";
import { DoubleObject, type DoubleContext } from "./client";
import { fail, must } from "./errors";
import { versionAtLeast, type SheetModel, type WorkbookModel } from "./model";
import { DoubleRange } from "./range";
import { DoubleWorksheet } from "./worksheet";

function stripItems(spec: string | string[] | undefined): string[] | null {
  if (spec === undefined) return null;
  const list = (Array.isArray(spec) ? spec : spec.split(",")).map((p) => p.trim()).filter(Boolean);
  return list.map((p) => p.replace(/^items\//, ""));
}

const INVALID_NAME = /[:\\/?*[\]]/;

export class DoubleWorksheetCollection extends DoubleObject<WorkbookModel> {
  protected readonly scalarProperties: string[] = [];
  private loadedItems: DoubleWorksheet[] | undefined;

  constructor(context: DoubleContext) {
    super(context, () => context.model, "WorksheetCollection");
  }
  protected read(p: string): unknown {
    throw fail.invalidArgument("WorksheetCollection.load", `Unknown property ${p}`);
  }

  override load(spec?: string | string[]): this {
    const paths = stripItems(spec);
    const probe = new DoubleWorksheet(this.context, () => null);
    this.context.enqueue({
      location: "WorksheetCollection.load",
      apiSet: probe.apiSetFor(paths),
      run: () => {
        this.loadedItems = this.context.model.sheets.map((s) => this.item(s));
        for (const item of this.loadedItems) item.applyLoad(paths);
      },
    });
    return this;
  }

  get items(): DoubleWorksheet[] {
    if (!this.loadedItems) throw fail.propertyNotLoaded("items", "WorksheetCollection");
    return this.loadedItems;
  }

  private item(sheet: SheetModel): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => {
      if (!this.context.model.sheets.includes(sheet)) throw fail.itemNotFound("Worksheet");
      return sheet;
    });
  }

  getItem(key: string): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => must(this.context.model.sheet(key), () => fail.itemNotFound(`WorksheetCollection.getItem(${key})`)));
  }

  getItemOrNullObject(key: string): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => this.context.model.sheet(key) ?? null, "1.4");
  }

  getActiveWorksheet(): DoubleWorksheet {
    return new DoubleWorksheet(this.context, () => must(this.context.model.activeSheet, () => fail.itemNotFound("WorksheetCollection.getActiveWorksheet")));
  }

  /** Adds a sheet at the end (it does not become active). */
  add(name?: string): DoubleWorksheet {
    let created: SheetModel | undefined;
    this.call("add", "1.1", () => "structure", (model) => {
      const wanted = name ?? `Sheet${model.sheets.length + 1}`;
      if (!wanted || wanted.length > 31 || INVALID_NAME.test(wanted) || /^'|'$/.test(wanted)) throw fail.invalidArgument("WorksheetCollection.add", `Invalid sheet name: ${wanted}`);
      if (model.sheet(wanted)) throw fail.itemAlreadyExists("WorksheetCollection.add");
      created = model.addSheet(wanted);
    });
    return new DoubleWorksheet(this.context, () => must(created, () => fail.invalidOperation("Worksheet", "The sheet has not been added yet.")));
  }
}

export class DoubleNamedItem extends DoubleObject<{ model: WorkbookModel; name: string }> {
  protected readonly scalarProperties = ["name", "formula"];
  constructor(context: DoubleContext, resolve: () => { model: WorkbookModel; name: string } | null) {
    super(context, resolve, "NamedItem");
  }
  protected read(p: string, t: { model: WorkbookModel; name: string }): unknown {
    if (p === "name") return t.name;
    if (p === "formula") return `=${t.model.names.get(t.name)}`;
    throw fail.invalidArgument("NamedItem.load", `Unknown property ${p}`);
  }
  get name(): string {
    return this.get("name");
  }
  delete(): void {
    this.call("delete", "1.4", () => "workbook", (t) => t.model.names.delete(t.name));
  }
}

export class DoubleNamedItemCollection extends DoubleObject<WorkbookModel> {
  protected readonly scalarProperties: string[] = [];
  private loadedItems: DoubleNamedItem[] | undefined;
  constructor(context: DoubleContext) {
    super(context, () => context.model, "NamedItemCollection");
  }
  protected read(p: string): unknown {
    throw fail.invalidArgument("NamedItemCollection.load", `Unknown property ${p}`);
  }
  override load(spec?: string | string[]): this {
    const paths = stripItems(spec);
    this.context.enqueue({
      location: "NamedItemCollection.load",
      apiSet: "1.1",
      run: () => {
        this.loadedItems = [...this.context.model.names.keys()].map((name) => new DoubleNamedItem(this.context, () => ({ model: this.context.model, name })));
        for (const item of this.loadedItems) item.applyLoad(paths);
      },
    });
    return this;
  }
  get items(): DoubleNamedItem[] {
    if (!this.loadedItems) throw fail.propertyNotLoaded("items", "NamedItemCollection");
    return this.loadedItems;
  }
  private find(model: WorkbookModel, name: string): string | undefined {
    return [...model.names.keys()].find((n) => n.toUpperCase() === name.toUpperCase());
  }
  getItem(name: string): DoubleNamedItem {
    return new DoubleNamedItem(this.context, () => {
      const found = this.find(this.context.model, name);
      if (!found) throw fail.itemNotFound(`NamedItemCollection.getItem(${name})`);
      return { model: this.context.model, name: found };
    });
  }
  add(name: string, reference: DoubleRange | string): DoubleNamedItem {
    this.call("add", "1.4", () => "workbook", (model) => {
      if (this.find(model, name)) throw fail.itemAlreadyExists("NamedItemCollection.add");
      if (typeof reference === "string") model.names.set(name, reference.replace(/^=/, ""));
      else {
        const t = reference.target();
        model.names.set(name, `${quoteSheet(t.sheet.name)}!${areaAddress(t.area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`);
      }
    });
    return this.getItem(name);
  }
}

/** Workbook structure protection (ExcelApi 1.7). */
export class DoubleWorkbookProtection extends DoubleObject<WorkbookModel> {
  protected readonly scalarProperties = ["protected"];
  constructor(context: DoubleContext) {
    super(context, () => context.model, "WorkbookProtection", "1.7");
  }
  protected read(p: string, model: WorkbookModel): unknown {
    if (p === "protected") return model.structureProtected;
    throw fail.invalidArgument("WorkbookProtection.load", `Unknown property ${p}`);
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

export class DoubleWorkbook extends DoubleObject<WorkbookModel> {
  protected readonly scalarProperties = ["name", "readOnly"];
  constructor(context: DoubleContext) {
    super(context, () => context.model, "Workbook");
  }
  protected override propertySet(p: string): string {
    return p === "readOnly" ? "1.8" : "1.1";
  }
  protected read(p: string, model: WorkbookModel): unknown {
    if (p === "readOnly") return model.readOnly;
    if (p === "name") return "Book1.xlsx";
    throw fail.invalidArgument("Workbook.load", `Unknown property ${p}`);
  }
  get readOnly(): boolean {
    return this.get("readOnly");
  }
  get name(): string {
    return this.get("name");
  }
  get worksheets(): DoubleWorksheetCollection {
    return this.childObject("worksheets", () => new DoubleWorksheetCollection(this.context));
  }
  get names(): DoubleNamedItemCollection {
    return this.childObject("names", () => new DoubleNamedItemCollection(this.context));
  }
  get protection(): DoubleWorkbookProtection {
    return this.childObject("protection", () => new DoubleWorkbookProtection(this.context));
  }

  /** The selected range (A1 of the active sheet until something is selected). ExcelApi 1.1. */
  getSelectedRange(): DoubleRange {
    const model = this.context.model;
    return new DoubleRange(this.context, () => {
      const sel = model.selection;
      const sheet = (sel && model.sheet(sel.sheet)) || model.activeSheet;
      if (!sheet) return null;
      const area = sel ? parseRangeAddress(sel.address)?.area : undefined;
      return { sheet, area: area ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  /**
   * Selection events (ExcelApi 1.2): handlers run after the selection moves. As in office-js, adding
   * and removing a handler are queued and take effect at the next sync of the handler's context
   * (`Excel.run(handler.context, …)` for a removal after the batch that added it has ended).
   */
  get onSelectionChanged(): { add(handler: () => unknown): { remove(): void; context: DoubleContext } } {
    const model = this.context.model;
    const context = this.context;
    if (!versionAtLeast(model.apiVersion, "1.2")) throw fail.apiNotFound("Workbook.onSelectionChanged", "1.2");
    return {
      add: (handler) => {
        context.enqueue({ location: "Workbook.onSelectionChanged.add", apiSet: "1.2", run: () => void model.selectionHandlers.add(handler) });
        return { remove: () => context.enqueue({ location: "EventHandlerResult.remove", apiSet: "1.2", run: () => void model.selectionHandlers.delete(handler) }), context };
      },
    };
  }
}
