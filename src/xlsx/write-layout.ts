/**
 * The layout step on a workbook file (`khct layout`, and any command that lays a sheet out without
 * rewriting it): reads how each sheet's cells look (column widths, fonts, wrap, row heights) for the
 * core to measure, then writes back only what the layout sets — the rows' heights (the `ht` and
 * `customHeight` of each <row>, its cells untouched), manual page breaks, page setup, margins, the
 * page-number header, print area and print titles. Every cell, and every other part, stays as it was.
 */
import { storedWidthPixels, digitPixels, CELL_PADDING_PX, DEFAULT_DIGIT_PX } from "../core/measure/excel-geometry";
import type { FontLook, SheetLooksData } from "../core/print/looks";
import { a1, parseA1 } from "../core/sheet/address";
import type { PrintSetup } from "../core/sheet/patch";
import { OoxmlPackage } from "./ooxml-package";
import { rowHeightAttributes } from "./sheet-data";
import type { StylesPart } from "./styles-part";
import { WorkbookEditor } from "./workbook-editor";
import { composeWorksheet, elementsOf } from "./worksheet-compose";
import { printElements } from "./worksheet-elements";
import { applyPrintNames } from "./write-patches";
import { WorkbookWriteError } from "./write-errors";
import { attribute, attributes, joinElement, localName, splitElement, withAttributes, withChildren, type RawElement } from "./xml-raw";

export interface LayoutWrite {
  sheet: string;
  rowHeights: { row: number; height: number; auto?: boolean }[];
  print: PrintSetup;
}

/** A width stored in the file, in the unit of SheetPatch.columnWidths (characters of 7-pixel digits). */
function chars7(stored: number, digitPx: number): number {
  return Math.max(0, (storedWidthPixels(stored, digitPx) - CELL_PADDING_PX) / DEFAULT_DIGIT_PX);
}

/** How a worksheet's cells look, from its XML and the workbook's styles. */
export function looksOfWorksheet(xml: string, styles: StylesPart): SheetLooksData {
  const font = styles.workbookFont();
  const digitPx = digitPixels(font);
  const el = elementsOf(xml);
  const columnWidths: { col: number; width: number }[] = [];
  const hiddenColumns: number[] = [];
  for (const c of el.get("cols") ? splitElement(el.get("cols")!).children : []) {
    const a = attributes(c.raw);
    const min = Number(a.get("min"));
    const max = Math.min(Number(a.get("max")), min + 256);
    for (let col = min - 1; col < max; col++) {
      if (a.get("width") !== undefined) columnWidths.push({ col, width: chars7(Number(a.get("width")), digitPx) });
      if (["1", "true"].includes(a.get("hidden") ?? "")) hiddenColumns.push(col);
    }
  }
  const format = el.get("sheetFormatPr");
  const defaultStored = format && attribute(format, "defaultColWidth") !== undefined ? Number(attribute(format, "defaultColWidth")) : undefined;
  const styleRanges: SheetLooksData["styles"] = [];
  const rowHeights: NonNullable<SheetLooksData["rowHeights"]> = [];
  const hiddenRows: number[] = [];
  const sheetData = el.get("sheetData");
  let row = -1;
  for (const r of sheetData ? splitElement(sheetData).children : []) {
    if (localName(r.qname) !== "row") continue;
    const a = attributes(r.raw);
    row = a.get("r") !== undefined ? Number(a.get("r")) - 1 : row + 1;
    if (a.get("ht") !== undefined) rowHeights.push({ row, height: Number(a.get("ht")), custom: ["1", "true"].includes(a.get("customHeight") ?? "") });
    if (["1", "true"].includes(a.get("hidden") ?? "")) hiddenRows.push(row);
    let col = -1;
    for (const c of splitElement(r.raw).children) {
      if (localName(c.qname) !== "c") continue;
      const ref = attribute(c.raw, "r");
      col = ref ? parseA1(ref).col : col + 1;
      const s = attribute(c.raw, "s");
      if (s === undefined) continue;
      const look = styles.lookOfXf(Number(s));
      styleRanges.push({ range: a1(row, col), style: { font: { name: look.font.name, size: look.font.size, bold: look.font.bold, italic: look.font.italic }, wrap: look.wrap } });
    }
  }
  return {
    defaultFont: { name: font.name, size: font.size ?? 11 },
    columnWidths,
    defaultColumnWidth: defaultStored !== undefined ? chars7(defaultStored, digitPx) : undefined,
    styles: styleRanges,
    rowHeights,
    hiddenColumns,
    hiddenRows,
  };
}

/** <sheetData> with the rows' heights set (cells untouched); rows that hold nothing yet get an empty <row>. */
function withRowHeights(sheetDataRaw: string, heights: LayoutWrite["rowHeights"]): string {
  const wanted = new Map(heights.map((h) => [h.row, h]));
  const split = splitElement(sheetDataRaw);
  const children: RawElement[] = [];
  let row = -1;
  const insertUpTo = (limit: number) => {
    for (const r of [...wanted.keys()].filter((r) => r < limit).sort((x, y) => x - y)) {
      children.push({ qname: "row", raw: `<row r="${r + 1}"${rowHeightAttributes(wanted.get(r)!, r)}/>` });
      wanted.delete(r);
    }
  };
  for (const c of split.children) {
    if (localName(c.qname) !== "row") {
      children.push(c);
      continue;
    }
    const r = attribute(c.raw, "r");
    row = r !== undefined ? Number(r) - 1 : row + 1;
    insertUpTo(row);
    const h = wanted.get(row);
    wanted.delete(row);
    children.push(h ? { qname: c.qname, raw: withAttributes(c.raw, { ht: String(h.height), customHeight: h.auto ? null : "1" }) } : c);
  }
  insertUpTo(Infinity);
  return joinElement(withChildren(split, children));
}

/**
 * Opens a workbook, gives `lay` each named sheet's looks, and writes back what it returns.
 * `lay` returns null to leave a sheet alone.
 */
export async function layoutWorkbookFile(input: Buffer, sheets: string[], lay: (sheet: string, looks: SheetLooksData) => LayoutWrite | null): Promise<{ output: Buffer; parts: string[] }> {
  const book = await WorkbookEditor.open(await OoxmlPackage.load(input));
  const entries = book.workbook.sheets();
  for (const name of sheets) {
    const index = entries.findIndex((e) => e.name === name);
    const path = index >= 0 ? book.sheetPath(entries[index]) : undefined;
    if (!path || !book.pkg.has(path)) throw new WorkbookWriteError("no-such-sheet", name);
    const xml = await book.pkg.readText(path);
    const layout = lay(name, looksOfWorksheet(xml, book.styles));
    if (!layout) continue;
    const old = elementsOf(xml);
    const replacements = printElements(layout.print, old);
    const sheetData = old.get("sheetData");
    replacements.set("sheetData", withRowHeights(sheetData ?? "<sheetData/>", layout.rowHeights));
    book.pkg.writeText(path, composeWorksheet(xml, replacements));
    applyPrintNames(book, layout.print, { name, index });
  }
  book.save();
  return { output: await book.pkg.toBuffer(), parts: book.pkg.writtenParts() };
}

/** The default font of a workbook file (its Normal style), the unit of its column widths. */
export async function workbookFontOf(input: Buffer): Promise<FontLook> {
  const font = (await WorkbookEditor.open(await OoxmlPackage.load(input))).styles.workbookFont();
  return { name: font.name, size: font.size ?? 11 };
}
