/**
 * "Chuẩn bị bản in" (prepare for print) in Excel: the layout step on the open workbook, as
 * `khct layout` runs it on a file. Four syncs whatever the size: the sheet list, the sheets'
 * values, how their filled cells look (fonts, wrap, column widths, the heights of empty rows),
 * then the write — row heights, and with ExcelApi 1.9 the page setup, breaks and print area.
 * Nothing staff typed is written.
 */
import { DEFAULT_DIGIT_PX, CELL_PADDING_PX } from "../core/measure/excel-geometry";
import { documentSheets } from "../core/print/document-sheets";
import { layoutSheet } from "../core/print/layout-sheet";
import { EXCEL_DEFAULT_FONT, type SheetLooksData } from "../core/print/looks";
import { a1, columnName } from "../core/sheet/address";
import type { SheetSnapshot } from "../core/sheet/snapshot";
import { isKhctSheet } from "../core/validate/validate";
import type { ExcelCapabilities, Limitation } from "./capabilities";
import { queuePrintSetup, queueRowHeights } from "./page-layout";
import { readSheets } from "./read-snapshot";
import { assertCanWrite, readWorkbookState } from "./workbook-state";

export interface PreparedSheet {
  sheet: string;
  pages: number;
  scale: number;
  /** pages of a report's table that start without a copy of its header: refresh the report */
  missingHeaders: number;
}

/** Queues the loads of how a sheet's filled cells look; the function returned builds the looks after the sync. */
function queueLooks(ws: Excel.Worksheet, s: SheetSnapshot, mergesKnown: boolean): () => SheetLooksData {
  const width = Math.max(0, ...s.values.map((r) => r.length));
  const columns = Array.from({ length: s.left + width }, (_, c) => {
    const f = ws.getRange(`${columnName(c)}:${columnName(c)}`).format;
    f.load("columnWidth");
    return f;
  });
  const cells: { row: number; col: number; format: Excel.RangeFormat }[] = [];
  const blankRows: { row: number; format: Excel.RangeFormat }[] = [];
  s.values.forEach((r, i) => {
    const row = s.top + i;
    const filled = r.map((v, j) => (v === null || v === "" ? -1 : s.left + j)).filter((c) => c >= 0);
    if (!filled.length) {
      const f = ws.getRange(`${row + 1}:${row + 1}`).format;
      f.load("rowHeight");
      blankRows.push({ row, format: f });
    }
    for (const col of filled) {
      const f = ws.getRange(a1(row, col)).format;
      f.load("wrapText,font/name,font/size,font/bold,font/italic");
      cells.push({ row, col, format: f });
    }
  });
  return () => ({
    defaultFont: EXCEL_DEFAULT_FONT,
    // office-js gives widths in points: back to characters of 7-pixel digits
    columnWidths: columns.map((f, col) => ({ col, width: Math.max(0, (f.columnWidth / 0.75 - CELL_PADDING_PX) / DEFAULT_DIGIT_PX) })),
    styles: cells.map((c) => ({ range: a1(c.row, c.col), style: { font: { name: c.format.font.name, size: c.format.font.size, bold: c.format.font.bold, italic: c.format.font.italic }, wrap: c.format.wrapText } })),
    rowHeights: blankRows.map((b) => ({ row: b.row, height: b.format.rowHeight, custom: true })),
    hiddenColumns: columns.flatMap((f, col) => (f.columnWidth === 0 ? [col] : [])),
    hiddenRows: s.hiddenRows,
    mergesUnknown: !mergesKnown,
  });
}

/** Lays out every plan and report sheet of the open workbook for print. */
export async function prepareForPrint(context: Excel.RequestContext, caps: ExcelCapabilities): Promise<{ sheets: PreparedSheet[]; limitations: Limitation[] }> {
  const state = await readWorkbookState(context, caps);
  const candidates = state.sheets.filter((s) => s.visibility === "Visible" && !isKhctSheet(s.name));
  const reads = await readSheets(
    context,
    candidates.map((info) => ({ info, kind: "plan" as const })),
    caps,
    state.name,
  );
  const workbook = { sheets: reads.map((r) => r.snapshot) };
  const names = documentSheets(workbook);
  const docs = names.map((name) => workbook.sheets.find((s) => s.name === name)!);
  const looks = docs.map((s) => queueLooks(context.workbook.worksheets.getItem(s.name), s, caps.mergedAreas));
  await context.sync();
  const layouts = docs.map((s, i) => ({ sheet: s.name, layout: layoutSheet(s, looks[i]()) }));
  assertCanWrite(state, names);
  const limitations = new Set<Limitation>(reads.flatMap((r) => r.limitations));
  for (const { sheet, layout } of layouts) {
    const ws = context.workbook.worksheets.getItem(sheet);
    queueRowHeights(ws, layout.rowHeights);
    if (caps.pageLayout) queuePrintSetup(ws, layout.print, { created: false });
    else limitations.add("print-setup-unavailable");
  }
  if (layouts.length) await context.sync();
  return {
    sheets: layouts.map(({ sheet, layout }) => ({ sheet, pages: layout.pages.length, scale: layout.print.scale ?? 100, missingHeaders: layout.missingHeaders })),
    limitations: [...limitations],
  };
}
