/**
 * Which sheet Excel opens on. Two places say it: the workbook's activeTab and each sheet view's
 * tabSelected. They must agree: a workbook whose active sheet is not the only selected one opens
 * with several sheets grouped, and whatever staff type then goes into all of them. Activating a
 * sheet therefore also clears tabSelected on the sheet that had it; that attribute is the only
 * change made to that sheet's part.
 */
import type { WorkbookEditor } from "./workbook-editor";
import { composeWorksheet } from "./worksheet-compose";
import { attribute, withAttributes } from "./xml-raw";

const SHEET_VIEW_START = /<(?:[A-Za-z_][\w.-]*:)?sheetView\b[^>]*>/;

/** The sheet part with its first view selected or not; the same text when nothing changes. */
export function withTabSelected(xml: string, selected: boolean): string {
  const m = SHEET_VIEW_START.exec(xml);
  if (!m) {
    return selected ? composeWorksheet(xml, new Map([["sheetViews", `<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>`]])) : xml;
  }
  const current = attribute(m[0], "tabSelected");
  if ((current === "1" || current === "true") === selected) return xml;
  return xml.slice(0, m.index) + withAttributes(m[0], { tabSelected: selected ? "1" : null }) + xml.slice(m.index + m[0].length);
}

/** Makes the sheet at `index` of the tab list the one Excel opens on. */
export async function activateSheet(book: WorkbookEditor, index: number): Promise<void> {
  book.workbook.setActiveTab(index);
  const sheets = book.workbook.sheets();
  for (let i = 0; i < sheets.length; i++) {
    const path = book.sheetPath(sheets[i]);
    if (!path || !book.pkg.has(path)) continue;
    const xml = await book.pkg.readText(path);
    const next = withTabSelected(xml, i === index);
    if (next !== xml) book.pkg.writeText(path, next);
  }
}
