import type { GridCell, GridSheet, GridWorkbook } from "../fixtures/grid";
import type { PatchValue, SheetPatch } from "../../src/core/sheet/patch";
import { a1 } from "../../src/core/sheet/address";
import type { KhctStore } from "../../src/core/store";
import { detectCapabilities, KhctExcelError, validateInExcel, type ExcelCapabilities } from "../../src/excel";
import { ExcelDouble, type ExcelDoubleOptions } from "../double";
import { loadGrid } from "../double/grid-loader";

/** A workbook in the double holding a fixture as Excel stored it. */
export function excelWith(book: GridWorkbook, options: ExcelDoubleOptions = {}): ExcelDouble {
  const excel = new ExcelDouble(options);
  loadGrid(excel, book);
  return excel;
}

export function capabilitiesOf(excel: ExcelDouble): ExcelCapabilities {
  return detectCapabilities(excel.isSetSupported);
}

/** Runs adapter work in the double's Excel.run with the capabilities of its Excel version. */
export function inExcel<T>(excel: ExcelDouble, work: (context: Excel.RequestContext, caps: ExcelCapabilities) => Promise<T>): Promise<T> {
  return excel.run((context) => work(context, capabilitiesOf(excel)));
}

function patchValue(cell: GridCell): PatchValue {
  if (cell === null || typeof cell === "string" || typeof cell === "number") return cell;
  return cell.formula ? { formula: cell.formula, cached: typeof cell.value === "number" ? cell.value : String(cell.value ?? "") } : cell.value;
}

/**
 * A patch that writes a fixture sheet's cells (text as text, numbers as numbers, formulas as
 * formulas) and merges: what "insert the template, then fill in the rows" leaves in a sheet.
 */
export function patchFromGrid(sheet: GridSheet, extra: Partial<SheetPatch> = {}): SheetPatch {
  const width = Math.max(...sheet.rows.map((r) => r.length));
  const values = sheet.rows.map((r) => Array.from({ length: width }, (_, c) => patchValue(r[c] ?? null)));
  return { sheet: sheet.name, blocks: [{ top: 0, left: 0, values }], merges: sheet.merges, ...extra };
}

function a1Of(key: string): string {
  const [row, col] = key.split(",").map(Number);
  return a1(row, col);
}

/** Every filled or annotated cell of a sheet ("C11" → fill, note), for "nothing else was touched" assertions. */
export function formatsOf(excel: ExcelDouble, sheet: string): Record<string, { fill?: string; note?: string }> {
  const s = excel.sheet(sheet);
  const out: Record<string, { fill?: string; note?: string }> = {};
  for (const [key, cell] of s.cells) if (cell.format.fill) out[a1Of(key)] = { fill: cell.format.fill };
  for (const [key, note] of s.notes) out[a1Of(key)] = { ...out[a1Of(key)], note };
  return out;
}

/** KHCT's data in the workbook, as the adapter reads it. */
export function storeIn(excel: ExcelDouble): Promise<KhctStore> {
  return inExcel(excel, async (context, caps) => (await validateInExcel(context, caps)).store);
}

/** The KhctExcelError a command fails with (the test fails if it succeeds or throws anything else). */
export async function failure(work: Promise<unknown>): Promise<KhctExcelError> {
  const e = await work.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(KhctExcelError);
  return e as KhctExcelError;
}
