import { columnName, parseArea } from "../core/sheet/address";
import type { ListValidation, SheetPatch, Style, WorkbookPatch } from "../core/sheet/patch";
import { freeSheetName } from "../xlsx/sheet-names";
import { renameSheetReferences, sheetRenames, type SheetRenames } from "../xlsx/sheet-references";
import type { ExcelCapabilities, Limitation } from "./capabilities";
import { queuePrintSetup, queueRowHeights } from "./page-layout";
import { columnWidthPoints } from "./units";
import { blockWrites } from "./write-cells";
import { assertCanWrite, sheetNamed, type WorkbookState } from "./workbook-state";

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
 * Queues everything one sheet patch writes, in the order that keeps text as text: unmerge, clear,
 * number formats, values, merges, styles, sizes, dropdowns, freeze panes, print setup, notes.
 */
function queueSheetPatch(ws: Excel.Worksheet, p: SheetPatch, renames: SheetRenames, caps: ExcelCapabilities, limitations: Set<Limitation>, created: boolean): void {
  for (const area of p.unmerges ?? []) ws.getRange(area).unmerge();
  for (const area of p.clear ?? []) ws.getRange(area).clear("Contents");
  for (const s of p.styles ?? []) if (s.style.numberFormat) ws.getRange(s.range).numberFormat = fillGrid(s.range, s.style.numberFormat);
  for (const block of p.blocks) {
    if (!block.values.length) continue;
    const w = blockWrites(block, p.styles, (f) => renameSheetReferences(f, renames));
    const range = ws.getRange(w.address);
    if (w.numberFormats.some((row) => row.some((f) => f !== null))) range.numberFormat = w.numberFormats;
    range.formulas = w.inputs;
  }
  for (const area of p.merges ?? []) ws.getRange(area).merge(false);
  for (const s of p.styles ?? []) queueStyle(ws.getRange(s.range), s.range, s.style);
  for (const { col, width } of p.columnWidths ?? []) ws.getRange(`${columnName(col)}:${columnName(col)}`).format.columnWidth = columnWidthPoints(width);
  for (const col of p.hiddenColumns ?? []) ws.getRange(`${columnName(col)}:${columnName(col)}`).columnHidden = true;
  queueRowHeights(ws, p.rowHeights);
  if (p.validations?.length) {
    if (caps.dataValidation) for (const v of p.validations) queueValidation(ws, v, renames);
    else limitations.add("dropdowns-unavailable");
  }
  if (p.freeze) queueFreeze(ws, p.freeze);
  if (p.print) {
    if (caps.pageLayout) queuePrintSetup(ws, p.print, { created });
    else limitations.add("print-setup-unavailable");
  }
  if (p.notes?.length) {
    if (caps.notes) for (const n of p.notes) ws.notes.add(ws.getRange(n.cell), n.text);
    else limitations.add("notes-unavailable");
  }
  if (p.visibility) ws.visibility = VISIBILITY[p.visibility];
}

/** Where `'Báo cáo'!$J$8:$J$40` points: the sheet and the address on it. */
function splitReference(reference: string): { sheet: string; address: string } {
  const bang = reference.lastIndexOf("!");
  const sheet = reference.slice(0, bang).replace(/^=/, "");
  return { sheet: sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet, address: reference.slice(bang + 1) };
}

/**
 * Queues a workbook patch (no sync): sheets created first (so that references between them resolve),
 * then each sheet's writes, workbook names, and the sheet to activate last. Call after
 * `assertCanWrite`, in the batch whose sync applies it.
 */
export function queueWorkbookPatch(context: Excel.RequestContext, patch: WorkbookPatch, state: WorkbookState, caps: ExcelCapabilities): ApplyResult {
  const sheets = planSheets(patch, state);
  const renames = sheetRenames(sheets.map((s) => ({ asked: s.asked, given: s.name })));
  const worksheets = sheets.map((s) => (s.created ? context.workbook.worksheets.add(s.name) : context.workbook.worksheets.getItem(s.name)));
  const limitations = new Set<Limitation>();
  patch.sheets.forEach((p, i) => queueSheetPatch(worksheets[i], p, renames, caps, limitations, sheets[i].created));
  const existingNames = new Set(state.names.map((n) => n.toUpperCase()));
  for (const { name, range } of patch.sheets.flatMap((p) => p.names ?? [])) {
    if (existingNames.has(name.toUpperCase())) context.workbook.names.getItem(name).delete();
    const target = splitReference(renameSheetReferences(range, renames));
    context.workbook.names.add(name, context.workbook.worksheets.getItem(target.sheet).getRange(target.address));
  }
  const toActivate = patch.sheets.findIndex((p) => p.activate);
  if (toActivate >= 0) worksheets[toActivate].activate();
  return { sheets, limitations: [...limitations] };
}

/** The sheets a patch writes to that exist already (those whose protection matters). */
export function existingTargets(patch: WorkbookPatch, state: WorkbookState): string[] {
  return planSheets(patch, state)
    .filter((s) => !s.created)
    .map((s) => s.name);
}

/** Checks that nothing refuses the write, then applies the patch in one sync. */
export async function applyWorkbookPatch(context: Excel.RequestContext, patch: WorkbookPatch, state: WorkbookState, caps: ExcelCapabilities): Promise<ApplyResult> {
  assertCanWrite(state, existingTargets(patch, state));
  const result = queueWorkbookPatch(context, patch, state, caps);
  await context.sync();
  return result;
}
