/**
 * The Excel host's side of the layout step: writes the row heights, page setup, print area, print
 * titles, page-number header and manual page breaks the core laid out (see core/print), the same
 * as the .xlsx host writes them. Page layout needs ExcelApi 1.9; below it only row heights are
 * written, and the pane says how to print (run `khct layout` on the saved file, or the steps in
 * the README).
 */
import { columnName } from "../core/sheet/address";
import type { PrintSetup, SheetPatch } from "../core/sheet/patch";
import { inchesToPoints } from "./units";

type Heights = NonNullable<SheetPatch["rowHeights"]>;

/** Consecutive rows of the same height, or consecutive automatic rows (Excel sizes each itself), so each run is one write. */
export function heightRuns(heights: Heights): { top: number; bottom: number; height: number; auto: boolean }[] {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  const runs: { top: number; bottom: number; height: number; auto: boolean }[] = [];
  for (const h of sorted) {
    const last = runs[runs.length - 1];
    const auto = !!h.auto;
    if (last && last.bottom === h.row - 1 && last.auto === auto && (auto || last.height === h.height)) last.bottom = h.row;
    else runs.push({ top: h.row, bottom: h.row, height: h.height, auto });
  }
  return runs;
}

/**
 * Queues row heights: rows staff type into are autofitted (Excel then keeps growing them as they
 * type; it measures them itself), the others get the measured height.
 */
export function queueRowHeights(ws: Excel.Worksheet, heights: Heights | undefined): void {
  for (const run of heightRuns(heights ?? [])) {
    const rows = ws.getRange(`${run.top + 1}:${run.bottom + 1}`);
    if (run.auto) rows.format.autofitRows();
    else rows.format.rowHeight = run.height;
  }
}

/** The header text that numbers pages: Excel's codes for the font, its size and the page number. */
export function pageNumberHeader(n: NonNullable<PrintSetup["pageNumbers"]>): string {
  return `&"${n.font},Regular"&${n.size}&P`;
}

/**
 * Queues a print setup (ExcelApi 1.9): orientation, A4, the explicit scale (or fit to width), the
 * margins, print area, print titles (removed with null, as Excel's object model turns them off
 * with an empty string), page numbers from page 2 and KHCT's manual page breaks.
 */
export function queuePrintSetup(ws: Excel.Worksheet, print: PrintSetup, sheet: { created: boolean }): void {
  const layout = ws.pageLayout;
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  else if (print.scale !== undefined) layout.zoom = { scale: print.scale };
  if (print.repeatRows) layout.setPrintTitleRows(print.repeatRows);
  else if (print.repeatRows === null && !sheet.created) layout.setPrintTitleRows("");
  if (print.printArea) layout.setPrintArea(print.printArea);
  const m = print.margins;
  if (m) {
    layout.leftMargin = inchesToPoints(m.left);
    layout.rightMargin = inchesToPoints(m.right);
    layout.topMargin = inchesToPoints(m.top);
    layout.bottomMargin = inchesToPoints(m.bottom);
    if (m.header !== undefined) layout.headerMargin = inchesToPoints(m.header);
    if (m.footer !== undefined) layout.footerMargin = inchesToPoints(m.footer);
  }
  if (print.pageNumbers) {
    const hf = layout.headersFooters;
    hf.state = "FirstAndDefault";
    hf.defaultForAllPages.centerHeader = pageNumberHeader(print.pageNumbers);
    hf.firstPage.centerHeader = "";
  }
  if (print.pageBreaks) {
    ws.horizontalPageBreaks.removePageBreaks();
    for (const row of print.pageBreaks) ws.horizontalPageBreaks.add(`${columnName(0)}${row + 1}`);
  }
}
