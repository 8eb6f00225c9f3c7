import { DoubleOfficeError, fail } from "./errors";
import { InvalidFormulaInput } from "./typed-input";
import type { Area } from "../../src/core/sheet/address";
import { areaAddress } from "./areas";
import { LIMITS, SheetModel, versionAtLeast, type WorkbookModel } from "./model";

/** The bytes of a value as office-js sends it: its JSON, in UTF-8. */
export function payloadBytes(value: unknown): number {
  if (value === undefined) return 0;
  const json = JSON.stringify(value) ?? "";
  let n = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** What office-js adds to each queued operation (object path, ids): a flat estimate. */
const OPERATION_OVERHEAD = 120;

/**
 * The request-context machinery of office-js, as the double plays it: proxies queue operations;
 * nothing reaches the workbook, and nothing loaded can be read, until `context.sync()`. At sync the
 * operations run in order; the first that fails rejects the sync with an office-js-shaped error and
 * the rest are dropped, while those before it stay applied — as in Excel, so only an adapter that
 * checks before writing leaves nothing half-written.
 */

export interface SyncStats {
  /** calls to context.sync(), Excel.run's final one included */
  syncCalls: number;
  /** syncs that had something queued: the round trips to Excel */
  roundTrips: number;
  /** operations queued on proxies (loads, property writes, method calls): the API calls made */
  apiCalls?: number;
}

export type WriteTarget = SheetModel | "workbook" | "structure";

export interface Operation {
  /** "Range.values", for the error's errorLocation */
  location: string;
  /** the requirement set the operation belongs to */
  apiSet: string;
  /** for writes: the sheet written, the workbook, or its structure (adding, deleting, hiding a sheet) */
  writes?: () => WriteTarget;
  /** bytes of the values the operation sends (for the request limit) */
  bytes?: number;
  /** false for the writes Excel cannot undo (Microsoft's "Undo capabilities" list: a sheet's visibility on Windows and Mac, deleting a sheet, protection) */
  undoable?: boolean;
  /** for writes that change cells' content: the cells, which the sheet's change handlers hear of after the sync */
  changes?: () => ChangedCells | null;
  run(): void;
}

/** Cells an add-in write changed (for Worksheet.onChanged). */
export interface ChangedCells {
  sheet: SheetModel;
  area: Area;
}

export class DoubleContext {
  private queue: Operation[] = [];
  /** bytes loaded in the sync running now (for the response limit) */
  private responseBytes = 0;
  /** this context runs a batch Excel.run was asked to merge into one undo step (ExcelApi 1.20) */
  undoGroup = false;
  private undoStepTaken = false;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(
    readonly model: WorkbookModel,
    readonly stats: SyncStats,
  ) {}

  enqueue(op: Operation): void {
    this.stats.apiCalls = (this.stats.apiCalls ?? 0) + 1;
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.stats.syncCalls++;
    const ops = this.queue;
    this.queue = [];
    if (!ops.length) return;
    this.stats.roundTrips++;
    await Promise.resolve();
    if (this.model.cellEditMode) throw fail.cellEditMode();
    const request = ops.reduce((n, op) => n + OPERATION_OVERHEAD + (op.bytes ?? 0), 0);
    if (request > LIMITS.requestBytes) throw fail.requestTooLarge(ops[0].location);
    this.responseBytes = 0;
    const changed: ChangedCells[] = [];
    try {
      for (const op of ops) {
        try {
          this.check(op);
          this.model.injectedFault(op.location, this.stats.roundTrips);
          if (op.writes) this.recordUndo(op);
          const cells = op.changes?.();
          op.run();
          if (cells) changed.push(cells);
          if (op.writes && op.undoable === false && !this.undoGroup) this.model.undoStack = []; // Excel's undo stack is cleared from that write on
        } catch (e) {
          throw asOfficeError(e, op.location);
        }
      }
    } finally {
      // what was applied, failed sync or not, raises the sheets' change events (this add-in's own: ThisLocalAddin)
      for (const c of changed) this.model.changed(c.sheet, areaAddress(c.area), "RangeEdited", true);
    }
  }

  /**
   * Undo as Excel keeps it: before ExcelApi 1.20 an add-in's write clears the user's undo stack; from
   * 1.20 each write is an undo step, or the whole batch one step when Excel.run merged it into an
   * undo group — where a write Excel cannot undo fails with UndoNotSupported.
   */
  private recordUndo(op: Operation): void {
    if (this.undoGroup && op.undoable === false) throw fail.undoNotSupported(op.location);
    if (!this.model.trackUndo) return;
    if (!versionAtLeast(this.model.apiVersion, "1.20")) {
      this.model.undoStack = [];
      return;
    }
    if (this.undoGroup && this.undoStepTaken) return;
    this.model.undoStack.push(this.model.snapshot());
    this.undoStepTaken = true;
  }

  /** Counts what a load sends back; over the response limit the sync fails there. */
  countResponse(bytes: number, location: string): void {
    this.responseBytes += bytes;
    if (this.responseBytes > LIMITS.responseBytes) throw fail.payloadTooLarge(location);
  }

  private check(op: Operation): void {
    if (!versionAtLeast(this.model.apiVersion, op.apiSet)) throw fail.apiNotFound(op.location, op.apiSet);
    if (!op.writes) return;
    const target = op.writes();
    if (this.model.readOnly && this.model.readOnlyRefusesWrites) throw fail.accessDenied(op.location);
    if (target === "structure" && this.model.structureProtected) throw fail.accessDenied(op.location);
    if (target instanceof SheetModel && target.protected) throw fail.accessDenied(op.location);
  }
}

function asOfficeError(e: unknown, location: string): DoubleOfficeError {
  if (e instanceof DoubleOfficeError) return e.debugInfo.errorLocation ? e : new DoubleOfficeError(e.code, e.message, location);
  if (e instanceof InvalidFormulaInput) return fail.invalidArgument(location, `The formula ${e.message} is not valid.`);
  throw e; // a bug in the double itself
}

export function maxSet(...sets: string[]): string {
  return sets.reduce((a, b) => (versionAtLeast(a, b) ? a : b), "1.1");
}

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function loadPaths(spec: LoadSpec): string[] | null {
  if (spec === undefined) return null;
  const raw = typeof spec === "string" ? spec : Array.isArray(spec) ? spec.join(",") : Array.isArray(spec.select) ? spec.select.join(",") : (spec.select ?? "");
  return raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * A proxy for one office-js object. `resolve` finds the object in the model when an operation runs
 * (so a proxy made before a sheet exists works once the sheet is added earlier in the batch); it
 * returns null for a null object (from an *OrNullObject method).
 */
export abstract class DoubleObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private nullObject: boolean | undefined;
  private readonly children = new Map<string, DoubleObject<unknown>>();

  protected constructor(
    readonly context: DoubleContext,
    private readonly resolve: () => T | null,
    protected readonly type: string,
    /** the requirement set this object needs (a notes collection needs ExcelApi 1.18) */
    protected readonly requires = "1.1",
  ) {}

  /** Properties `load()` with no argument loads. */
  protected abstract readonly scalarProperties: string[];
  protected abstract read(property: string, target: T): unknown;

  /** The requirement set of a property, when newer than the object's. */
  protected propertySet(_property: string): string {
    return "1.1";
  }

  /** A navigation property's proxy ("format", "protection" …), for nested load paths. */
  protected navigate(name: string): DoubleObject<unknown> | undefined {
    void name;
    return undefined;
  }

  protected childObject<C extends DoubleObject<unknown>>(name: string, make: () => C): C {
    let c = this.children.get(name);
    if (!c) this.children.set(name, (c = make()));
    return c as C;
  }

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw fail.propertyNotLoaded("isNullObject", this.type);
    return this.nullObject;
  }

  /** The model object, when an operation runs. Navigating from a null object fails. */
  target(): T {
    const t = this.resolve();
    if (t === null) throw fail.invalidOperation(this.type, "The object is a null object; check isNullObject before using it.");
    return t;
  }

  private split(paths: string[]): { own: string[]; nested: Map<string, string[]> } {
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length) nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      else if (this.navigate(head)) nested.set(head, nested.get(head) ?? []);
      else own.push(head);
    }
    return { own, nested };
  }

  apiSetFor(paths: string[] | null): string {
    if (paths === null) return this.requires;
    const { own, nested } = this.split(paths);
    const sets = own.map((p) => this.propertySet(p));
    for (const [nav, sub] of nested) sets.push(this.navigate(nav)?.apiSetFor(sub) ?? "1.1");
    return maxSet(this.requires, ...sets);
  }

  /** Loads now (during a sync). */
  applyLoad(paths: string[] | null): void {
    const t = this.resolve();
    this.nullObject = t === null;
    if (t === null) return;
    const { own, nested } = this.split(paths ?? this.scalarProperties);
    for (const p of own) {
      const value = this.read(p, t);
      this.context.countResponse(payloadBytes(value), `${this.type}.${p}`);
      this.loaded.set(p, value);
    }
    for (const [nav, sub] of nested) {
      const child = this.navigate(nav);
      if (!child) throw fail.invalidArgument(`${this.type}.load`, `Unknown property "${nav}"`);
      child.applyLoad(sub.length ? sub : null);
    }
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue({ location: `${this.type}.load`, apiSet: this.apiSetFor(paths), run: () => this.applyLoad(paths) });
    return this;
  }

  /** A loaded property (or one this proxy set: office-js keeps what was assigned). */
  protected get<V>(property: string): V {
    if (!this.loaded.has(property)) throw fail.propertyNotLoaded(property, this.type);
    return this.loaded.get(property) as V;
  }

  /**
   * Queues a property write; `sheet` names the sheet it changes (for protection); `undoable: false` for
   * one Excel cannot undo; `changes`: the cells whose content it changes (for the change events).
   */
  protected set(property: string, value: unknown, apiSet: string, sheet: ((t: T) => WriteTarget) | null, apply: (t: T) => void, undoable = true, changes?: (t: T) => ChangedCells | null): void {
    this.loaded.set(property, value);
    this.context.enqueue({ location: `${this.type}.${property}`, apiSet: maxSet(this.requires, apiSet), writes: sheet ? () => sheet(this.target()) : undefined, bytes: payloadBytes(value), undoable, changes: changes && (() => changes(this.target())), run: () => apply(this.target()) });
  }

  /** Queues a method call; `undoable: false` for one Excel cannot undo; `changes` as for `set`. */
  protected call(method: string, apiSet: string, sheet: ((t: T) => WriteTarget) | null, run: (t: T) => void, undoable = true, changes?: (t: T) => ChangedCells | null): void {
    this.context.enqueue({ location: `${this.type}.${method}`, apiSet: maxSet(this.requires, apiSet), writes: sheet ? () => sheet(this.target()) : undefined, undoable, changes: changes && (() => changes(this.target())), run: () => run(this.target()) });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
