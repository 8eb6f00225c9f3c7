import { areaToA1 } from "../core/sheet/address";
import type { CellValue, SheetSnapshot } from "../core/sheet/snapshot";
import { areasOf, rowsCovered } from "./addresses";
import type { ExcelCapabilities, Limitation } from "./capabilities";
import type { SheetInfo } from "./workbook-state";

/** A sheet as read, and what this host could not read of it. */
export interface SheetRead {
  snapshot: SheetSnapshot;
  limitations: Limitation[];
}

type Grid = unknown[][];

function cellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** office-js gives a non-formula cell's value as its "formula": keep only real formulas. */
function cellFormula(f: unknown, v: unknown): string | null {
  if (typeof f !== "string" || !f.startsWith("=")) return null;
  return typeof v === "string" && v === f ? null : f; // a text cell holding "=x" is text
}

/** `range.text` shows "#####" when a number does not fit its column; that is not what the cell says. */
function cellText(t: unknown, v: unknown): string {
  const text = typeof t === "string" ? t : "";
  return /^#+$/.test(text) && typeof v === "number" ? String(v) : text;
}

interface UsedRangeData {
  rowIndex: number;
  columnIndex: number;
  values: Grid;
  text: Grid;
  formulas: Grid;
  numberFormat: Grid;
}

function isBlankSheet(used: UsedRangeData): boolean {
  return used.values.length === 1 && used.values[0].length === 1 && used.values[0][0] === "" && used.formulas[0][0] === "";
}

function buildSnapshot(info: SheetInfo, used: UsedRangeData, merges: string[], hiddenRows: number[]): SheetSnapshot {
  const visible = info.visibility === "Visible";
  if (isBlankSheet(used)) return { name: info.name, visible, top: 0, left: 0, values: [], merges, hiddenRows };
  return {
    name: info.name,
    visible,
    top: used.rowIndex,
    left: used.columnIndex,
    values: used.values.map((row) => row.map(cellValue)),
    text: used.text.map((row, r) => row.map((t, c) => cellText(t, used.values[r][c]))),
    formulas: used.formulas.map((row, r) => row.map((f, c) => cellFormula(f, used.values[r][c]))),
    numberFormats: used.numberFormat.map((row) => row.map((f) => (typeof f === "string" ? f : null))),
    merges,
    hiddenRows,
  };
}

/**
 * Queues, on one worksheet, every load a snapshot needs: the used range by values (formatting a
 * whole column does not make it a million rows) with values, text, formulas and number formats;
 * merged areas (ExcelApi 1.13); the visible rows (compact areas with 1.9, else the visible view).
 * The function returned builds the snapshot after the caller's single sync.
 */
export function queueSheetSnapshot(worksheet: Excel.Worksheet, info: SheetInfo, caps: ExcelCapabilities): () => SheetRead {
  const used = worksheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount,values,text,formulas,numberFormat");
  const merged = caps.mergedAreas ? used.getMergedAreasOrNullObject() : undefined;
  merged?.load("address");
  const visibleAreas = caps.specialCells ? used.getSpecialCellsOrNullObject("Visible") : undefined;
  visibleAreas?.load("address");
  const visibleView = caps.specialCells ? undefined : used.getVisibleView();
  visibleView?.load("cellAddresses");

  return () => {
    const data: UsedRangeData = { rowIndex: used.rowIndex, columnIndex: used.columnIndex, values: used.values, text: used.text, formulas: used.formulas, numberFormat: used.numberFormat };
    const merges = merged ? (merged.isNullObject ? [] : areasOf(merged.address).map(areaToA1)) : [];
    const hidden = hiddenRows(used.rowIndex, used.rowCount, visibleRows(visibleAreas, visibleView));
    return { snapshot: buildSnapshot(info, data, merges, hidden), limitations: merged ? [] : ["merges-unread"] };
  };
}

/** The rows with a visible cell: from the visible areas (ExcelApi 1.9), else from the visible view. */
function visibleRows(areas: Excel.RangeAreas | undefined, view: Excel.RangeView | undefined): Set<number> {
  if (areas) return areas.isNullObject ? new Set() : rowsCovered([areas.address]);
  return rowsCovered((view!.cellAddresses as string[][]).flat());
}

/** The 0-based rows of the used range that are not visible. */
function hiddenRows(top: number, count: number, visible: Set<number>): number[] {
  const hidden: number[] = [];
  for (let r = top; r < top + count; r++) if (!visible.has(r)) hidden.push(r);
  return hidden;
}

/** Reads the named sheets (which must exist) in one sync. */
export async function readSheets(context: Excel.RequestContext, sheets: SheetInfo[], caps: ExcelCapabilities): Promise<SheetRead[]> {
  const reads = sheets.map((info) => queueSheetSnapshot(context.workbook.worksheets.getItem(info.name), info, caps));
  await context.sync();
  return reads.map((read) => read());
}
