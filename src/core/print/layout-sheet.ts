/**
 * The layout step: from a sheet as it is (values and looks), the row heights, page breaks, print
 * area and page setup that make it print as a document — and nothing else. Run by the template and
 * report builders on what they build, by `khct layout` and by the pane's "Chuẩn bị bản in" on what
 * staff typed.
 *
 * Print titles. A sheet has one set of rows repeated on every printed page (Excel and LibreOffice
 * repeat them on every page after the one holding them). A sheet with one table (the 2018 plan, the
 * reports) gets its header repeated, and whatever follows the table (the report's assessment, the
 * signature) is kept on the page of its last rows, so no page shows the header without rows of the
 * table. TT57's Biểu 2 has three tables with sections between them: any one header repeated would
 * print above the other tables and sections; copies of the header written into the sheet at each
 * break would move staff's rows (the layout step writes nothing staff typed, and the .xlsx host
 * would have to move every reference, note and mark). So the TT57 plan prints without repeated
 * headers: its breaks keep each header with rows of its table, and the form asks for a few
 * priority problems ("không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí"), so table V
 * rarely runs past a page.
 */
import type { PrintSetup } from "../sheet/patch";
import { areaToA1 } from "../sheet/address";
import { SheetView, type SheetSnapshot } from "../sheet/snapshot";
import { rowPointsForLines } from "../measure/excel-geometry";
import { SheetLooks, type SheetLooksData } from "./looks";
import { measureRows } from "./measure-rows";
import { marginsInches, PAGE, pageCapacity, scaleForWidth } from "./page-setup";
import { pagesOf, paginate, repeatsOn, type PageRow, type Titles } from "./paginate";
import { printStructure, type PrintStructure } from "./structure";

export interface SheetLayout {
  /** the heights of rows holding something (rows left empty keep theirs) */
  rowHeights: { row: number; height: number; auto?: boolean }[];
  print: PrintSetup;
  /** first and last row of each printed page */
  pages: [number, number][];
  /** pages of a report's table that start without a copy of its header (staff typed since the last refresh) */
  missingHeaders: number;
}

const TIMES = /^(times new roman|liberation serif)$/i;

export function layoutSheet(snapshot: SheetSnapshot, looksData: SheetLooksData): SheetLayout {
  const view = new SheetView(snapshot);
  const looks = new SheetLooks(looksData);
  const measured = new Map(measureRows(view, looks).map((m) => [m.row, m]));
  const current = new Map((looksData.rowHeights ?? []).map((h) => [h.row, h.height]));
  const defaultHeight = rowPointsForLines(1, looksData.defaultFont);
  const heightOf = (row: number) => measured.get(row)?.height ?? current.get(row) ?? defaultHeight;
  let structure = printStructure(view);
  const { area } = structure;
  const scale = scaleForWidth(looks.spanPx(0, area.right) * 0.75, TIMES.test(looksData.defaultFont.name ?? ""));
  const capacity = pageCapacity(scale);
  const titlesOf = (repeat: PrintStructure["repeat"]): Titles | undefined => {
    if (!repeat) return undefined;
    let height = 0;
    for (let r = repeat.first; r <= repeat.last; r++) height += heightOf(r);
    return { first: repeat.first, last: repeat.last, until: repeat.until, height };
  };
  const rowsOf = (s: PrintStructure): PageRow[] =>
    s.rows.filter((r) => !view.isHiddenRow(r.row)).map((r) => ({ row: r.row, height: heightOf(r.row), keepWithNext: r.keepWithNext, blank: r.blank, breakBefore: r.breakBefore }));
  let titles = titlesOf(structure.repeat);
  if (structure.repeat?.mode === "titles" && titles) {
    // print titles repeat to the last page: what follows the table must fit with its last row
    let trailing = titles.height;
    for (let r = structure.repeat.tableEnd; r <= view.bottom; r++) if (!view.isHiddenRow(r)) trailing += heightOf(r);
    if (trailing > capacity) {
      structure = printStructure(view, { printTitles: false });
      titles = titlesOf(structure.repeat);
    }
  }
  const pageRows = rowsOf(structure);
  const breaks = paginate(pageRows, capacity, titles);
  const repeat = structure.repeat;
  const printTitles = repeat?.mode === "titles";
  const pages = pagesOf(pageRows, breaks);
  const starts = new Set(pageRows.filter((r) => repeatsOn(r, titles)).map((r) => r.row));
  const missingHeaders = repeat?.mode === "copies" ? pages.slice(1).filter(([first]) => starts.has(first)).length : 0;

  const inputs = new Set(structure.rows.filter((r) => r.input).map((r) => r.row));
  const rowHeights = [...measured.values()].map((m) => ({ row: m.row, height: m.height, ...(inputs.has(m.row) && !m.setByMerge ? { auto: true } : {}) }));
  const print: PrintSetup = {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: false,
    scale,
    repeatRows: printTitles && titles ? `$${titles.first + 1}:$${titles.last + 1}` : null,
    printArea: areaToA1({ top: 0, left: 0, bottom: Math.max(0, area.bottom), right: Math.max(0, area.right) }),
    margins: marginsInches(),
    pageNumbers: PAGE.pageNumber,
    pageBreaks: breaks,
  };
  return { rowHeights, print, pages, missingHeaders };
}

