import ExcelJS from "exceljs";
import { readFile, stat } from "node:fs/promises";
import { jsDateToSerial, serialToDate } from "../core/sheet/dates";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/sheet/snapshot";

/** Why a file cannot be read; the CLI turns each into one sentence for the user. */
export type ReadFailure = "missing" | "not-a-file" | "too-large" | "xls-or-encrypted" | "not-xlsx" | "too-many-cells";

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly detail = "",
  ) {
    super(`${reason}${detail ? `: ${detail}` : ""}`);
  }
}

export const LIMITS = {
  /** bytes of the .xlsx file */
  fileBytes: 50 * 1024 * 1024,
  /** non-empty cells over all sheets */
  cells: 3_000_000,
};

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

/** A sheet snapshot of the used range (cells with a value, not merely a format). */
export function sheetFromWorksheet(ws: ExcelJS.Worksheet): SheetSnapshot {
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
      if (cell.isMerged && cell.master !== cell) return;
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
  const merges: string[] = (ws.model as unknown as { merges?: string[] }).merges ?? [];
  if (cells.length === 0) {
    return { name: ws.name, visible: ws.state === "visible" || ws.state === undefined, top: 0, left: 0, values: [], merges, hiddenRows };
  }
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
  return { name: ws.name, visible: ws.state === "visible" || ws.state === undefined, top, left, values, text, formulas, numberFormats, merges, hiddenRows };
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
  if (size > LIMITS.fileBytes) throw new WorkbookReadError("too-large", `${Math.round(size / 1048576)} MB`);
  const bytes = await readFile(path);
  return readWorkbookBuffer(bytes);
}

export async function readWorkbookBuffer(bytes: Buffer): Promise<WorkbookSnapshot> {
  if (bytes.subarray(0, 4).equals(OLE_MAGIC)) throw new WorkbookReadError("xls-or-encrypted");
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw new WorkbookReadError("not-xlsx");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError("not-xlsx", e instanceof Error ? e.message : String(e));
  }
  const sheets: SheetSnapshot[] = [];
  let total = 0;
  for (const ws of wb.worksheets) {
    const snap = sheetFromWorksheet(ws);
    total += snap.values.reduce((n, r) => n + r.length, 0);
    if (total > LIMITS.cells) throw new WorkbookReadError("too-many-cells", String(total));
    sheets.push(snap);
  }
  return { sheets };
}
