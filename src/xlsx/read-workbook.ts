import ExcelJS from "exceljs";
import { readFile, stat } from "node:fs/promises";
import { a1, areaToA1, parseArea, type Area } from "../core/sheet/address";
import { jsDateToSerial, serialToDate } from "../core/sheet/dates";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/sheet/snapshot";
import { checkZipLimits, LIMITS } from "./limits";
import { WorkbookReadError } from "./read-errors";
import { readingCopy } from "./reading-copy";

export { LIMITS } from "./limits";
export { WorkbookReadError, type ReadFacts, type ReadFailure } from "./read-errors";

function excelValue(v: ExcelJS.CellValue): { value: CellValue; formula: string | null; date: boolean } {
  if (v === null || v === undefined) return { value: null, formula: null, date: false };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return { value: v, formula: null, date: false };
  if (v instanceof Date) return { value: jsDateToSerial(v), formula: null, date: true };
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return { value: v.richText.map((r) => r.text).join(""), formula: null, date: false };
    if ("error" in v) return { value: String(v.error), formula: null, date: false };
    if ("formula" in v || "sharedFormula" in v) {
      const f = (v as ExcelJS.CellFormulaValue).formula ?? (v as ExcelJS.CellSharedFormulaValue).sharedFormula;
      const inner = excelValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
      return { value: inner.value, formula: f ? `=${f}` : null, date: inner.date };
    }
    if ("text" in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      return { value: typeof t === "string" ? t : excelValue(t as ExcelJS.CellValue).value, formula: null, date: false };
    }
  }
  return { value: String(v), formula: null, date: false };
}

function dateText(serial: number, numFmt: string): string {
  const d = serialToDate(serial);
  const mm = String(d.month).padStart(2, "0");
  return /d/i.test(numFmt) ? `${String(d.day).padStart(2, "0")}/${mm}/${d.year}` : `${mm}/${d.year}`;
}

/** Merged areas as A1 ranges; a range that cannot be read is left out. */
function readableMerges(refs: string[]): Area[] {
  const out: Area[] = [];
  for (const ref of refs) {
    try {
      out.push(parseArea(ref));
    } catch {
      // not an A1 range: Excel would not open the file either; the values still read
    }
  }
  return out;
}

/** Refuses a used range the reader would have to allocate beyond the limits; `cellsBefore` counts the sheets read before. */
function checkUsedRange(sheet: string, area: Area, cellsBefore: number): void {
  const rows = area.bottom - area.top + 1;
  const range = areaToA1(area);
  if (rows > LIMITS.rows) throw new WorkbookReadError("too-many-rows", `${sheet}!${range}`, { sheet, range, count: rows, limit: LIMITS.rows });
  const cells = rows * (area.right - area.left + 1);
  if (cellsBefore + cells > LIMITS.cells) throw new WorkbookReadError("too-many-cells", `${sheet}!${range}`, { sheet, range, count: cellsBefore + cells, limit: LIMITS.cells });
}

/**
 * A sheet snapshot of the used range: the cells holding a value, not those merely formatted (a
 * format over whole columns or rows reads as nothing). Inside a merged area only the top-left cell
 * counts, as Excel shows it. Throws `too-many-rows` / `too-many-cells` before allocating a used
 * range over the limits.
 */
export function sheetFromWorksheet(ws: ExcelJS.Worksheet, mergeRefs: string[], cellsBefore = 0): SheetSnapshot {
  const mergedAreas = readableMerges(mergeRefs);
  const merges = mergedAreas.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  type Cell = { r: number; c: number; value: CellValue; text: string; formula: string | null; numFmt: string };
  const cells: Cell[] = [];
  const hiddenRows: number[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber - 1);
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const { value, formula, date } = excelValue(cell.value);
      if (value === null && !formula) return;
      const numFmt = cell.numFmt || "General";
      const text = date && typeof value === "number" ? dateText(value, numFmt) : value === null ? "" : String(value);
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ r, c, value, text, formula, numFmt: date && !/[dmy]/i.test(numFmt) ? "dd/mm/yyyy" : numFmt });
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    });
  });
  const visible = ws.state === "visible" || ws.state === undefined;
  if (cells.length === 0) return { name: ws.name, visible, top: 0, left: 0, values: [], merges, hiddenRows };
  checkUsedRange(ws.name, { top, left, bottom, right }, cellsBefore);
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const text: string[][] = Array.from({ length: height }, () => new Array<string>(width).fill(""));
  const formulas: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  const numberFormats: (string | null)[][] = Array.from({ length: height }, () => new Array<string | null>(width).fill(null));
  for (const x of cells) {
    values[x.r - top][x.c - left] = x.value;
    text[x.r - top][x.c - left] = x.text;
    formulas[x.r - top][x.c - left] = x.formula;
    numberFormats[x.r - top][x.c - left] = x.numFmt;
  }
  // a value left inside a merged area (not its top-left cell) is hidden by Excel: drop it. Merges
  // cannot overlap in a file Excel opens, so their cells within the used range are at most its cells.
  let budget = height * width;
  for (const m of mergedAreas) {
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom) && budget > 0; r++) {
      for (let c = Math.max(m.left, left); c <= Math.min(m.right, right); c++) {
        budget--;
        if (r === m.top && c === m.left) continue;
        values[r - top][c - left] = null;
        text[r - top][c - left] = "";
        formulas[r - top][c - left] = null;
        numberFormats[r - top][c - left] = null;
      }
    }
  }
  return { name: ws.name, visible, top, left, values, text, formulas, numberFormats, merges, hiddenRows };
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** Reads an .xlsx file into snapshots; never writes. */
export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new WorkbookReadError("not-a-file", path);
    size = s.size;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError("missing", path);
  }
  if (size > LIMITS.fileBytes) throw new WorkbookReadError("too-large", `${Math.round(size / 1048576)} MB`, { megabytes: Math.ceil(size / 1048576), limit: LIMITS.fileBytes / 1048576 });
  const bytes = await readFile(path);
  return readWorkbookBuffer(bytes);
}

/**
 * Reads .xlsx bytes into snapshots. Refuses, each with its reason: an OLE container (.xls or a
 * password-protected workbook), what is not a zip, a zip over the size limits (checked from its
 * directory before anything is inflated), a sheet whose used range is over the row or cell limits.
 */
export async function readWorkbookBuffer(bytes: Buffer): Promise<WorkbookSnapshot> {
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) throw new WorkbookReadError("xls-or-encrypted");
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw new WorkbookReadError("not-xlsx");
  checkZipLimits(bytes);
  const wb = new ExcelJS.Workbook();
  let merges: Map<string, string[]>;
  try {
    const copy = await readingCopy(bytes);
    merges = copy.merges;
    await wb.xlsx.load(copy.bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError("not-xlsx", e instanceof Error ? e.message : String(e));
  }
  const sheets: SheetSnapshot[] = [];
  let cells = 0;
  for (const ws of wb.worksheets) {
    const snap = sheetFromWorksheet(ws, merges.get(ws.name) ?? [], cells);
    cells += snap.values.reduce((n, r) => n + r.length, 0);
    sheets.push(snap);
  }
  return { sheets };
}
