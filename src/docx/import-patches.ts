/**
 * What "import" writes: each sheet of a Word document's snapshot as a new sheet, laid out as KHCT's
 * own sheets are — the document's lines above its tables, merges kept, text kept as text (a code
 * "1.10" stays "1.10"), Times New Roman, the tables' lines drawn, column widths from Word's grid,
 * rows tall enough for their text, and print settings as the template's (A4, landscape for wide
 * tables, fit to width, header rows repeated), then laid out for print as the template is (measured
 * row heights, page breaks, print area: core/print). Pure: the CLI writes these patches into a new
 * workbook, the task pane into the open one, in one write.
 */
import { areaToA1 } from "../core/sheet/address";
import type { SheetPatch, Style } from "../core/sheet/patch";
import { withLayout } from "../core/print/layout-patch";
import { KHCT_WORKBOOK_FONT, type FontLook } from "../core/print/looks";
import { FONT } from "../core/template/document-header";
import type { DocumentWorkbook, SheetLayout } from "./to-workbook";

const TEXT: Style = { font: { name: FONT, size: 12 }, wrap: true, vAlign: "top" };
const CELL: Style = { font: { name: FONT, size: 12 }, wrap: true, vAlign: "top", border: "thin" };
const HEADER: Style = { font: { name: FONT, size: 12, bold: true }, wrap: true, hAlign: "center", vAlign: "center", border: "thin" };

/** Word's twips to Excel's width unit (about one "0" of the default font, 7 px at 96 dpi). */
function widthFromTwips(twips: number): number {
  const pixels = (twips / 20) * (4 / 3);
  return Math.min(80, Math.max(4, Math.round(((pixels - 5) / 7) * 10) / 10));
}

/** A sheet wide enough to need landscape: more than six columns in its widest table. */
const LANDSCAPE_FROM_COLUMNS = 7;

function sheetPatch(values: (string | number | boolean | null)[][], merges: string[], layout: SheetLayout, width: number, workbookFont: FontLook): SheetPatch {
  const styles: { range: string; style: Style }[] = [];
  if (values.length) styles.push({ range: areaToA1({ top: 0, left: 0, bottom: values.length - 1, right: width - 1 }), style: TEXT });
  for (const line of layout.lines) {
    const style: Style = { font: { name: FONT, size: 12, bold: line.bold }, wrap: true, vAlign: "top", hAlign: line.center ? "center" : undefined };
    styles.push({ range: areaToA1({ top: line.row, left: line.left, bottom: line.row, right: line.right }), style });
  }
  for (const t of layout.tables) {
    styles.push({ range: areaToA1({ top: t.top, left: 0, bottom: t.bottom, right: t.width - 1 }), style: CELL });
    for (const r of t.headerRows) styles.push({ range: areaToA1({ top: r, left: 0, bottom: r, right: t.width - 1 }), style: HEADER });
  }
  // the plan's (widest) table decides the print: its header rows repeat on each page
  const main = layout.tables.reduce<SheetLayout["tables"][number] | undefined>((w, t) => (!w || t.width > w.width ? t : w), undefined);
  const repeat = main ? (main.headerRows.length ? main.headerRows : [main.top]) : [];
  const patch: SheetPatch = {
    sheet: layout.sheet,
    create: true,
    blocks: values.length ? [{ top: 0, left: 0, values }] : [],
    merges,
    styles,
    columnWidths: Array.from({ length: width }, (_, col) => ({ col, width: layout.columnWidths[col] ? widthFromTwips(layout.columnWidths[col]) : 12 })),
    print: {
      orientation: (main?.width ?? 0) >= LANDSCAPE_FROM_COLUMNS ? "landscape" : "portrait",
      paper: "A4",
      fitToWidth: true,
      ...(repeat.length ? { repeatRows: `$${repeat[0] + 1}:$${repeat[repeat.length - 1] + 1}` } : {}),
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 },
    },
  };
  return withLayout(patch, workbookFont).patch;
}

/** The sheets to write, in the document's order; the first is activated. `workbookFont`: the default font of the workbook they go into. */
export function importPatches(doc: DocumentWorkbook, workbookFont: FontLook = KHCT_WORKBOOK_FONT): SheetPatch[] {
  return doc.workbook.sheets.map((s, i) => {
    const width = s.values.reduce((w, r) => Math.max(w, r.length), 0);
    const patch = sheetPatch(s.values, s.merges, doc.layouts[i], width, workbookFont);
    return i === 0 ? { ...patch, activate: true } : patch;
  });
}
