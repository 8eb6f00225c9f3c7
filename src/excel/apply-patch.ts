import { columnName, parseArea } from "../core/sheet/address";
import type { ListValidation, SheetPatch, Style, WorkbookPatch } from "../core/sheet/patch";
import { freeSheetName } from "../core/sheet/sheet-names";
import { renameSheetReferences, sheetRenames, type SheetRenames } from "../core/sheet/sheet-references";
import type { ExcelCapabilities, Limitation } from "./capabilities";
import { queuePrintSetup, queueRowHeights, heightRuns } from "./page-layout";
import { columnWidthPoints } from "./units";
import { syncKeepingData } from "./layout-failure";
import { jsonBytes } from "./payload";
import { blockWrites, blocksBytes, splitBlocks, WRITE_BUDGET } from "./write-cells";
import { noteWrites, type NoteWrites } from "./note-writes";
import { assertCanWrite, assertStructureFree, sheetNamed, type SheetInfo, type WorkbookState } from "./workbook-state";

/** Which sheet each patch went to: a patch asking to create "Báo cáo" may get "Báo cáo (2)". */
export interface AppliedSheet {
  asked: string;
  name: string;
  created: boolean;
}

export interface ApplyResult {
  sheets: AppliedSheet[];
  limitations: Limitation[];
}

/**
 * Resolves the sheet of every patch against the sheets that exist: `create` always makes a new sheet
 * under a free name; a patch for a sheet that does not exist creates it under its own name.
 */
export function planSheets(patch: WorkbookPatch, state: WorkbookState): AppliedSheet[] {
  const taken = state.sheets.map((s) => s.name);
  return patch.sheets.map((p) => {
    const existing = p.create ? undefined : sheetNamed(state, p.sheet);
    if (existing) return { asked: p.sheet, name: existing.name, created: false };
    const name = freeSheetName(p.sheet, taken);
    taken.push(name);
    return { asked: p.sheet, name, created: true };
  });
}

type Range = Excel.Range;

function fillGrid<T>(area: string, value: T): T[][] {
  const a = parseArea(area);
  return Array.from({ length: a.bottom - a.top + 1 }, () => new Array<T>(a.right - a.left + 1).fill(value));
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function queueBorders(range: Range, area: string, border: "thin" | "none"): void {
  const a = parseArea(area);
  const edges: string[] = [...EDGES];
  if (a.right > a.left) edges.push("InsideVertical");
  if (a.bottom > a.top) edges.push("InsideHorizontal");
  for (const edge of edges) {
    const b = range.format.borders.getItem(edge as Excel.BorderIndex);
    if (border === "thin") {
      b.style = "Continuous";
      b.weight = "Thin";
    } else b.style = "None";
  }
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right", justify: "Justify" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** Fonts, fill, wrap, alignment and borders (number formats go before values, elsewhere). */
function queueStyle(range: Range, area: string, style: Style): void {
  const f = style.font;
  if (f) {
    if (f.name !== undefined) range.format.font.name = f.name;
    if (f.size !== undefined) range.format.font.size = f.size;
    if (f.bold !== undefined) range.format.font.bold = f.bold;
    if (f.italic !== undefined) range.format.font.italic = f.italic;
    if (f.underline !== undefined) range.format.font.underline = f.underline ? "Single" : "None";
    if (f.color !== undefined) range.format.font.color = f.color;
  }
  if (style.fill === null) range.format.fill.clear();
  else if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.hAlign) range.format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) range.format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.border) queueBorders(range, area, style.border);
}

function listSource(v: ListValidation, renames: SheetRenames): string {
  if (v.source) return renameSheetReferences(v.source, renames);
  const items = v.items ?? [];
  const bad = items.find((i) => i.includes(","));
  if (bad !== undefined) throw new Error(`dropdown item contains a comma (use a list sheet): ${bad}`);
  const source = items.join(",");
  if (source.length > 255) throw new Error(`dropdown items are longer than Excel's 255 characters (use a list sheet): ${source.slice(0, 40)}…`);
  return source;
}

function queueValidation(ws: Excel.Worksheet, v: ListValidation, renames: SheetRenames): void {
  const dv = ws.getRange(v.range).dataValidation;
  dv.clear();
  dv.rule = { list: { inCellDropDown: true, source: listSource(v, renames) } };
  dv.errorAlert = {
    showAlert: !!v.strict,
    style: "Stop",
    title: "KHCT",
    message: "Hãy chọn một mục trong danh sách. / Choose an item from the list.",
  };
  if (v.prompt) dv.prompt = { showPrompt: true, title: "KHCT", message: v.prompt };
}

function queueFreeze(ws: Excel.Worksheet, freeze: { rows: number; columns?: number }): void {
  ws.freezePanes.unfreeze();
  const columns = freeze.columns ?? 0;
  if (columns > 0 && freeze.rows > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${columnName(columns - 1)}${freeze.rows}`));
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/**
 * The visibility to set on a patch's sheet, only where it changes: a sheet created hidden, or an
 * existing sheet shown otherwise. (Setting it again would need an unprotected workbook structure and
 * is one of the writes Excel cannot undo.)
 */
function visibilityChange(p: SheetPatch, applied: AppliedSheet, state: WorkbookState): SheetInfo["visibility"] | undefined {
  if (!p.visibility) return undefined;
  const wanted = VISIBILITY[p.visibility];
  const now = applied.created ? "Visible" : sheetNamed(state, applied.name)?.visibility;
  return wanted === now ? undefined : wanted;
}

/** The sheets a patch adds or hides or shows: what a protected workbook structure refuses. */
export function structureChanges(patch: WorkbookPatch, state: WorkbookState): string[] {
  return planSheets(patch, state)
    .filter((s, i) => s.created || visibilityChange(patch.sheets[i], s, state) !== undefined)
    .map((s) => s.name);
}

/**
 * A patch is queued as ordered steps, each with the bytes it adds to the request: a normal patch
 * goes in one sync; a large one (a 10,000-row report, thousands of marks) is cut between steps so
 * that no request passes WRITE_BUDGET (Excel on the web refuses requests over 5 MB). The order is
 * the same either way: sheets created, prelude, values, looks, names, activation, optional layout.
 */
interface Step {
  bytes: number;
  run: () => void;
}

/** A queued write of a few properties: what office-js sends for it, about. */
const OPERATION_BYTES = 120;

function step(steps: Step[], bytes: number, run: () => void): void {
  steps.push({ bytes, run });
}

function areaCells(area: string): number {
  const a = parseArea(area);
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}

/** Unmerges, clears and the number formats of styled ranges: what must come before any value (and the old notes in what is cleared: see note-writes.ts). */
function sheetPreludeSteps(steps: Step[], ws: () => Excel.Worksheet, p: SheetPatch, caps: ExcelCapabilities, writes: NoteWrites): void {
  if (caps.notes) for (const cell of writes.deleteBeforeClear) step(steps, OPERATION_BYTES, () => void ws().notes.getItem(cell).delete());
  for (const area of p.unmerges ?? []) step(steps, OPERATION_BYTES, () => ws().getRange(area).unmerge());
  for (const area of p.clear ?? []) step(steps, OPERATION_BYTES, () => ws().getRange(area).clear("All"));
  for (const s of p.styles ?? []) {
    const format = s.style.numberFormat;
    if (format) step(steps, OPERATION_BYTES + areaCells(s.range) * jsonBytes(format), () => void (ws().getRange(s.range).numberFormat = fillGrid(s.range, format)));
  }
}

/** Each block's number formats (the core's rule, `core/sheet/cell-input`) and then its values, in chunks of at most WRITE_BUDGET bytes. */
function blockSteps(steps: Step[], ws: () => Excel.Worksheet, p: SheetPatch, renames: SheetRenames): void {
  for (const chunk of splitBlocks(p, WRITE_BUDGET)) {
    for (const block of chunk) {
      if (!block.values.length) continue;
      step(steps, blocksBytes(block), () => {
        const w = blockWrites(block, p.styles, (f) => renameSheetReferences(f, renames));
        const range = ws().getRange(w.address);
        if (w.numberFormats.some((row) => row.some((f) => f !== null))) range.numberFormat = w.numberFormats;
        range.formulas = w.inputs;
      });
    }
  }
}

/** Merges, styles, sizes and visibility: what the data looks like. */
function sheetFinishSteps(steps: Step[], ws: () => Excel.Worksheet, p: SheetPatch, visibility: SheetInfo["visibility"] | undefined): void {
  for (const area of p.merges ?? []) step(steps, OPERATION_BYTES, () => ws().getRange(area).merge(false));
  for (const s of p.styles ?? []) step(steps, OPERATION_BYTES * (1 + Object.keys(s.style).length + (s.style.font ? Object.keys(s.style.font).length : 0) + (s.style.border ? 12 : 0)), () => queueStyle(ws().getRange(s.range), s.range, s.style));
  for (const { col, width } of p.columnWidths ?? []) step(steps, OPERATION_BYTES, () => void (ws().getRange(`${columnName(col)}:${columnName(col)}`).format.columnWidth = columnWidthPoints(width)));
  for (const col of p.hiddenColumns ?? []) step(steps, OPERATION_BYTES, () => void (ws().getRange(`${columnName(col)}:${columnName(col)}`).columnHidden = true));
  if (p.rowHeights?.length) step(steps, OPERATION_BYTES * heightRuns(p.rowHeights).length, () => queueRowHeights(ws(), p.rowHeights));
  if (visibility) step(steps, OPERATION_BYTES, () => void (ws().visibility = visibility));
}

/**
 * Optional layout — dropdown lists, frozen panes, print setup, notes — queued after every sheet's
 * data (see layout-failure.ts): some Excel builds are reported to fail `freezeRows` or fit-to-page,
 * and a cell holding a threaded comment refuses a note; such a failure must lose no data.
 */
function sheetLayoutSteps(steps: Step[], ws: () => Excel.Worksheet, p: SheetPatch, renames: SheetRenames, caps: ExcelCapabilities, limitations: Set<Limitation>, created: boolean, writes: NoteWrites): void {
  if (p.validations?.length) {
    if (caps.dataValidation) for (const v of p.validations) step(steps, OPERATION_BYTES * 4 + jsonBytes(v), () => queueValidation(ws(), v, renames));
    else limitations.add("dropdowns-unavailable");
  }
  if (p.freeze) step(steps, OPERATION_BYTES * 2, () => queueFreeze(ws(), p.freeze!));
  if (p.print) {
    if (caps.pageLayout) step(steps, OPERATION_BYTES * (12 + (p.print.pageBreaks?.length ?? 0)), () => queuePrintSetup(ws(), p.print!, { created }));
    else limitations.add("print-setup-unavailable");
  }
  if (p.notes?.length || p.removeNotes?.length) {
    if (caps.notes) {
      // over a refreshed report's old notes, in the order that loses no text if a step fails (note-writes.ts)
      for (const n of writes.add) step(steps, OPERATION_BYTES + jsonBytes(n.text), () => void ws().notes.add(ws().getRange(n.cell), n.text));
      for (const n of writes.replaceText) step(steps, OPERATION_BYTES + jsonBytes(n.text), () => void (ws().notes.getItem(n.cell).content = n.text));
      for (const cell of writes.deleteLast) step(steps, OPERATION_BYTES, () => void ws().notes.getItem(cell).delete());
    } else limitations.add("notes-unavailable");
  }
}

/** Where `'Báo cáo'!$J$8:$J$40` points: the sheet and the address on it. */
function splitReference(reference: string): { sheet: string; address: string } {
  const bang = reference.lastIndexOf("!");
  const sheet = reference.slice(0, bang).replace(/^=/, "");
  return { sheet: sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet, address: reference.slice(bang + 1) };
}

/**
 * The steps of a workbook patch: sheets created first (so that references between them resolve),
 * then each sheet's prelude, values and looks, workbook names, the sheet to activate, and last each
 * sheet's optional layout. Refuses (before any step) to add, hide or show a sheet of a workbook
 * whose structure is protected.
 */
function patchSteps(context: Excel.RequestContext, patch: WorkbookPatch, state: WorkbookState, caps: ExcelCapabilities): { steps: Step[]; result: ApplyResult } {
  assertStructureFree(state, structureChanges(patch, state));
  const sheets = planSheets(patch, state);
  const renames = sheetRenames(sheets.map((s) => ({ asked: s.asked, given: s.name })));
  const worksheets: Excel.Worksheet[] = [];
  const steps: Step[] = [];
  step(steps, OPERATION_BYTES * sheets.length, () => sheets.forEach((s, i) => (worksheets[i] = s.created ? context.workbook.worksheets.add(s.name) : context.workbook.worksheets.getItem(s.name))));
  const ws = (i: number) => () => worksheets[i];
  // how each sheet's notes go over the notes it holds: some before its clears, the rest with its layout
  const notes = patch.sheets.map(noteWrites);
  patch.sheets.forEach((p, i) => {
    sheetPreludeSteps(steps, ws(i), p, caps, notes[i]);
    blockSteps(steps, ws(i), p, renames);
    sheetFinishSteps(steps, ws(i), p, visibilityChange(p, sheets[i], state));
  });
  const existingNames = new Set(state.names.map((n) => n.toUpperCase()));
  for (const { name, range } of patch.sheets.flatMap((p) => p.names ?? [])) {
    step(steps, OPERATION_BYTES * 2, () => {
      if (existingNames.has(name.toUpperCase())) context.workbook.names.getItem(name).delete();
      const target = splitReference(renameSheetReferences(range, renames));
      context.workbook.names.add(name, context.workbook.worksheets.getItem(target.sheet).getRange(target.address));
    });
  }
  const toActivate = patch.sheets.findIndex((p) => p.activate);
  if (toActivate >= 0) step(steps, OPERATION_BYTES, () => worksheets[toActivate].activate());
  const limitations = new Set<Limitation>();
  if (state.readOnly) limitations.add("read-only");
  patch.sheets.forEach((p, i) => sheetLayoutSteps(steps, ws(i), p, renames, caps, limitations, sheets[i].created, notes[i]));
  return { steps, result: { sheets, limitations: [...limitations] } };
}

/**
 * Inside an undo group (ExcelApi 1.20), makes the sheets a patch hides or shows — KHCT's very hidden
 * data and list sheets — in a batch of their own first, outside the group: Excel cannot undo a
 * sheet's visibility on Windows and Mac, and inside a group that write would fail (UndoNotSupported).
 * The user's Ctrl+Z then takes back the command's writes and leaves the (empty) hidden sheet. Returns
 * the state and patch to write with, the prepared sheets now existing; nothing to do elsewhere.
 */
async function prepareOutsideUndoGroup(patch: WorkbookPatch, state: WorkbookState, caps: ExcelCapabilities): Promise<{ patch: WorkbookPatch; state: WorkbookState }> {
  if (!caps.outsideUndoGroup) return { patch, state };
  const sheets = planSheets(patch, state);
  const changes = sheets.map((s, i) => ({ s, visibility: visibilityChange(patch.sheets[i], s, state) })).filter((c) => c.visibility);
  if (!changes.length) return { patch, state };
  assertStructureFree(state, changes.map((c) => c.s.name));
  await caps.outsideUndoGroup(async (context) => {
    for (const { s, visibility } of changes) (s.created ? context.workbook.worksheets.add(s.name) : context.workbook.worksheets.getItem(s.name)).visibility = visibility!;
    await context.sync();
  });
  const prepared = new Map(changes.map((c) => [c.s.name, c.visibility!]));
  return {
    patch: { sheets: patch.sheets.map((p, i) => (prepared.has(sheets[i].name) ? { ...p, sheet: sheets[i].name, create: false } : p)) },
    state: { ...state, sheets: [...state.sheets.filter((x) => !prepared.has(x.name)), ...changes.map((c) => ({ name: c.s.name, visibility: c.visibility!, protected: sheetNamed(state, c.s.name)?.protected ?? false }))] },
  };
}

/**
 * Queues a workbook patch, syncing between steps only where the request would pass WRITE_BUDGET
 * bytes (never for a normal plan); the last batch is left for the caller's sync. `pending` is what
 * the caller already queued in this batch. Call after `assertCanWrite`. A write is never retried.
 */
export async function queueWorkbookPatch(context: Excel.RequestContext, patch: WorkbookPatch, state: WorkbookState, caps: ExcelCapabilities, pending = 0): Promise<{ result: ApplyResult; pending: number; state: WorkbookState }> {
  const ready = await prepareOutsideUndoGroup(patch, state, caps);
  const { steps, result } = patchSteps(context, ready.patch, ready.state, caps);
  let queued = pending;
  for (const s of steps) {
    if (queued > 0 && queued + s.bytes > WRITE_BUDGET) {
      await context.sync();
      queued = 0;
    }
    s.run();
    queued += s.bytes;
  }
  // the state once the batch is applied: the sheets it creates exist (a second patch in the batch writes to them)
  const created = result.sheets.map((s, i) => ({ s, p: ready.patch.sheets[i] })).filter(({ s }) => s.created);
  const after = { ...ready.state, sheets: [...ready.state.sheets, ...created.map(({ s, p }) => ({ name: s.name, visibility: p.visibility ? VISIBILITY[p.visibility] : ("Visible" as const), protected: false }))] };
  return { result, pending: queued, state: after };
}

/** The sheets a patch writes to that exist already (those whose protection matters). */
export function existingTargets(patch: WorkbookPatch, state: WorkbookState): string[] {
  return planSheets(patch, state)
    .filter((s) => !s.created)
    .map((s) => s.name);
}

/**
 * Checks that nothing refuses the write, then applies the patch: in one sync when it fits one
 * request (every normal plan), else in as many as WRITE_BUDGET needs, data first. When only the
 * optional layout fails, the data written is checked and the command succeeds with the
 * "layout-failed" limitation (layout-failure.ts).
 */
export async function applyWorkbookPatch(context: Excel.RequestContext, patch: WorkbookPatch, state: WorkbookState, caps: ExcelCapabilities): Promise<ApplyResult> {
  assertCanWrite(state, existingTargets(patch, state));
  const { result } = await queueWorkbookPatch(context, patch, state, caps);
  return syncKeepingData(context, patch, result);
}
