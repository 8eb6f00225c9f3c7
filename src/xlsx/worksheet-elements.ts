/**
 * The worksheet elements a patch writes: column widths, merged cells, dropdown lists, frozen panes,
 * print setup. Each function returns the element's XML, null to remove the element, or undefined
 * when the patch says nothing about it (the sheet's own element, if any, is kept).
 */
import { columnPixels, DEFAULT_DIGIT_PX, storedColumnWidth as storedWidthFor7, storedWidthForPixels } from "../core/measure/excel-geometry";
import { a1, areaToA1 } from "../core/sheet/address";
import type { ListValidation, PrintSetup, SheetPatch } from "../core/sheet/patch";
import { checkedArea, MAX_COLUMNS, MAX_ROWS } from "./sheet-data";
import { renameSheetReferences, type SheetRenames } from "../core/sheet/sheet-references";
import type { ElementReplacements } from "./worksheet-compose";
import { WorkbookWriteError } from "./write-errors";
import { escapeAttribute, escapeText } from "./xml-escape";
import { appendChildren, attributes, insertChildAt, joinElement, localName, replaceChildAt, splitElement, withAttributes, withChildren } from "./xml-raw";

/** Excel's default column width (8.43 characters of Calibri 11) as stored. */
const DEFAULT_STORED_WIDTH = 9.140625;
const MAX_LIST_CHARS = 255;

/**
 * A patch's width in characters of 7-pixel digits (Excel's Column Width box in a Calibri 11
 * workbook) as stored in <col width> of a workbook whose default font has `digitPx`-wide digits:
 * the column keeps its pixel width whatever the workbook's default font (20 → 145 px: 20.7109375
 * with Calibri 11, 18.125 with Times New Roman 12).
 */
export function storedColumnWidth(chars: number, digitPx = DEFAULT_DIGIT_PX): number {
  const stored = storedWidthFor7(chars);
  return digitPx === DEFAULT_DIGIT_PX ? stored : storedWidthForPixels(columnPixels(chars), digitPx);
}

export function colsElement(patch: SheetPatch, digitPx = DEFAULT_DIGIT_PX): string | null | undefined {
  if (!patch.columnWidths && !patch.hiddenColumns) return undefined;
  const cols = new Map<number, { width?: number; hidden?: boolean }>();
  const at = (col: number) => {
    if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) throw new WorkbookWriteError("bad-address", `column ${col}`);
    let c = cols.get(col);
    if (!c) cols.set(col, (c = {}));
    return c;
  };
  for (const { col, width } of patch.columnWidths ?? []) at(col).width = width;
  for (const col of patch.hiddenColumns ?? []) at(col).hidden = true;
  const sorted = [...cols.entries()].sort((a, b) => a[0] - b[0]);
  const runs: { min: number; max: number; width?: number; hidden?: boolean }[] = [];
  for (const [col, spec] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.max === col - 1 && last.width === spec.width && last.hidden === spec.hidden) last.max = col;
    else runs.push({ min: col, max: col, ...spec });
  }
  const xml = runs.map((r) => {
    const width = r.width !== undefined ? `width="${storedColumnWidth(r.width, digitPx)}" customWidth="1"` : `width="${DEFAULT_STORED_WIDTH}"`;
    return `<col min="${r.min + 1}" max="${r.max + 1}" ${width}${r.hidden ? ' hidden="1"' : ""}/>`;
  });
  return xml.length ? `<cols>${xml.join("")}</cols>` : null;
}

/** The merged areas; on a sheet KHCT rewrites, the old merges go with the old contents. */
export function mergeCellsElement(patch: SheetPatch): string | null {
  const merges = (patch.merges ?? []).map((m) => areaToA1(checkedArea(m))).filter((m) => m.includes(":"));
  const unique = [...new Set(merges)];
  return unique.length ? `<mergeCells count="${unique.length}">${unique.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : null;
}

function sqref(range: string): string {
  return range
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => areaToA1(checkedArea(r)))
    .join(" ");
}

/** `"a,b,c"` for a list typed into the rule, or the referenced range (without "="). */
function listFormula(v: ListValidation, renames: SheetRenames): string {
  if (v.source !== undefined) return renameSheetReferences(v.source.replace(/^=/, ""), renames);
  const items = v.items ?? [];
  const joined = items.join(",");
  if (items.some((i) => i.includes(",")) || joined.length > MAX_LIST_CHARS) throw new WorkbookWriteError("bad-list", v.range);
  return `"${joined.replace(/"/g, '""')}"`;
}

function validationXml(v: ListValidation, renames: SheetRenames): string {
  if (v.prompt !== undefined && v.prompt.length > MAX_LIST_CHARS) throw new WorkbookWriteError("bad-list", v.range);
  // Free text stays allowed unless strict: Excel then shows no error for a value outside the list.
  const error = v.strict ? ' showErrorMessage="1" errorStyle="stop"' : "";
  const prompt = v.prompt ? ` showInputMessage="1" prompt="${escapeAttribute(v.prompt)}"` : "";
  return `<dataValidation type="list" allowBlank="1"${error}${prompt} sqref="${sqref(v.range)}"><formula1>${escapeText(listFormula(v, renames))}</formula1></dataValidation>`;
}

export function dataValidationsElement(patch: SheetPatch, renames: SheetRenames): string | null | undefined {
  if (!patch.validations) return undefined;
  if (patch.validations.length === 0) return null;
  return `<dataValidations count="${patch.validations.length}">${patch.validations.map((v) => validationXml(v, renames)).join("")}</dataValidations>`;
}

/** Frozen rows and columns in the first sheet view, the view's other settings (zoom, grid lines …) kept. */
export function sheetViewsElement(patch: SheetPatch, old: string | undefined): string | undefined {
  if (!patch.freeze && old) return undefined;
  const views = splitElement(old ?? `<sheetViews><sheetView workbookViewId="0"/></sheetViews>`);
  const at = views.children.findIndex((c) => localName(c.qname) === "sheetView");
  if (at < 0 || !patch.freeze) return joinElement(at < 0 ? appendChildren(views, [{ qname: "sheetView", raw: `<sheetView workbookViewId="0"/>` }]) : views);
  const view = splitElement(views.children[at].raw);
  const kept = withChildren(view, view.children.filter((c) => !["pane", "selection"].includes(localName(c.qname))));
  const panes = paneXml(patch.freeze).map((raw) => ({ qname: raw.slice(1, raw.indexOf(" ")), raw }));
  const next = panes.reduce((v, pane, i) => insertChildAt(v, i, pane), kept);
  return joinElement(replaceChildAt(views, at, { qname: views.children[at].qname, raw: joinElement(next) }));
}

function paneXml(freeze: NonNullable<SheetPatch["freeze"]>): string[] {
  const rows = Math.max(0, Math.trunc(freeze.rows));
  const cols = Math.max(0, Math.trunc(freeze.columns ?? 0));
  if (rows === 0 && cols === 0) return [];
  const pane = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  const topLeft = a1(rows, cols);
  return [
    `<pane${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>`,
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`,
  ];
}

/** <sheetPr> with "fit to page" on or off for the print setup; its other settings kept. */
export function sheetPrElement(print: PrintSetup | undefined, old: string | undefined): string | undefined {
  if (!print) return undefined;
  const fit = print.fitToWidth ? "1" : null;
  if (!old) return fit ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : undefined;
  const pr = splitElement(old);
  const at = pr.children.findIndex((c) => localName(c.qname) === "pageSetUpPr");
  if (at >= 0) return joinElement(replaceChildAt(pr, at, { qname: pr.children[at].qname, raw: withAttributes(pr.children[at].raw, { fitToPage: fit }) }));
  return fit ? joinElement(appendChildren(pr, [{ qname: "pageSetUpPr", raw: `<pageSetUpPr fitToPage="1"/>` }])) : undefined;
}

/** Excel's "Normal" margins, in inches. */
const NORMAL_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

export function pageMarginsElement(print: PrintSetup | undefined, old: string | undefined): string | undefined {
  if (!print || (!print.margins && old)) return undefined;
  const a = old ? attributes(old) : new Map<string, string>();
  const m = { ...NORMAL_MARGINS, ...(old ? { header: Number(a.get("header") ?? 0.3), footer: Number(a.get("footer") ?? 0.3) } : {}), ...print.margins };
  return `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
}

/**
 * A4 (paperSize 9), the orientation, and either one page wide and as many pages tall as needed, or
 * an explicit scale (KHCT's page breaks are placed for it); other settings kept.
 */
export function pageSetupElement(print: PrintSetup | undefined, old: string | undefined): string | undefined {
  if (!print) return undefined;
  const scale = !print.fitToWidth && print.scale !== undefined ? String(Math.max(10, Math.min(400, Math.round(print.scale)))) : undefined;
  return withAttributes(old ?? "<pageSetup/>", {
    paperSize: "9",
    orientation: print.orientation,
    fitToWidth: print.fitToWidth ? "1" : null,
    fitToHeight: print.fitToWidth ? "0" : null,
    ...(scale ? { scale } : {}),
  });
}

/** Page numbers centred in the header from page 2 (the first page's header left empty); the sheet's own header and footer otherwise. */
export function headerFooterElement(print: PrintSetup | undefined): string | undefined {
  const n = print?.pageNumbers;
  if (!n) return undefined;
  const header = `&C&"${n.font.replace(/"/g, "")},Regular"&${n.size}&P`;
  return `<headerFooter differentFirst="1"><oddHeader>${escapeText(header)}</oddHeader></headerFooter>`;
}

/** Manual page breaks before the given rows ([] removes the sheet's manual row breaks). */
export function rowBreaksElement(print: PrintSetup | undefined): string | null | undefined {
  const rows = print?.pageBreaks;
  if (!rows) return undefined;
  const ids = [...new Set(rows.filter((r) => Number.isInteger(r) && r > 0 && r < MAX_ROWS))].sort((a, b) => a - b);
  if (!ids.length) return null;
  return `<rowBreaks count="${ids.length}" manualBreakCount="${ids.length}">${ids.map((r) => `<brk id="${r}" max="${MAX_COLUMNS - 1}" man="1"/>`).join("")}</rowBreaks>`;
}

/** The elements of a sheet's page layout: fit or scale, margins, header with page numbers, manual breaks. */
export function printElements(print: PrintSetup | undefined, old: Map<string, string>): ElementReplacements {
  const out: ElementReplacements = new Map();
  const put = (name: string, xml: string | null | undefined) => {
    if (xml !== undefined) out.set(name, xml);
  };
  put("sheetPr", sheetPrElement(print, old.get("sheetPr")));
  put("pageMargins", pageMarginsElement(print, old.get("pageMargins")));
  put("pageSetup", pageSetupElement(print, old.get("pageSetup")));
  put("headerFooter", headerFooterElement(print));
  put("rowBreaks", rowBreaksElement(print));
  return out;
}

export interface SheetParts {
  sheetData: string;
  dimension: string;
  /** the relationship id of the sheet's VML drawing, when the patch wrote notes */
  legacyDrawingRelId?: string;
}

/** Everything the patch writes into the worksheet, by element name. */
export function patchElements(patch: SheetPatch, old: Map<string, string>, parts: SheetParts, renames: SheetRenames, digitPx = DEFAULT_DIGIT_PX): ElementReplacements {
  const out: ElementReplacements = printElements(patch.print, old);
  const put = (name: string, xml: string | null | undefined) => {
    if (xml !== undefined) out.set(name, xml);
  };
  put("dimension", `<dimension ref="${parts.dimension}"/>`);
  put("sheetViews", sheetViewsElement(patch, old.get("sheetViews")));
  put("cols", colsElement(patch, digitPx));
  put("sheetData", parts.sheetData);
  put("mergeCells", mergeCellsElement(patch));
  put("dataValidations", dataValidationsElement(patch, renames));
  put("legacyDrawing", parts.legacyDrawingRelId ? `<legacyDrawing r:id="${escapeAttribute(parts.legacyDrawingRelId)}"/>` : undefined);
  return out;
}
