/**
 * A Word document's blocks laid out as sheets, the way KHCT's import writes them:
 *
 * - each data table (a plan, a report, a self-evaluation, or any table that is not layout) in its
 *   own grid from column A, under the paragraphs and layout tables that come before it;
 * - a plan's tables (TT57's key problems, plan and monitoring tables too) on sheet "Kế hoạch cải
 *   tiến", a school's own progress report on "Báo cáo thực hiện", a self-evaluation on "Tự đánh
 *   giá"; what follows the last table (closing sections, signature) on the last table's sheet;
 * - a paragraph on one row, in column A across the sheet; a paragraph whose parts are set apart
 *   by tabs ("Số: 97/KH-CX ⇥ Hóc Môn, ngày …") in two cells, left and right, as Word shows them;
 * - a layout table (header, signature) line by line, each cell's lines under its position;
 * - an empty row before each table, and enough after it that nothing below reads as its rows.
 */
import { areaToA1 } from "../core/sheet/address";
import { matchEvaluationHeader } from "../core/evaluation/header";
import { matchHeader } from "../core/plan/header";
import { EMPTY_RUN_ENDS_TABLE } from "../core/sheet/scan-tables";
import { SheetView, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../core/sheet/snapshot";
import { gridWidth, type DocBlock, type DocParagraph, type DocTable } from "./document";
import { buildGrid, tablePath, type Grid, type WordSource } from "./grid";
import { cellLines, isContainerTable, isLayoutTable } from "./layout-tables";

export type TableFamily = "plan" | "report" | "evaluation";

export const SHEET_OF: Record<TableFamily, string> = {
  plan: "Kế hoạch cải tiến",
  report: "Báo cáo thực hiện",
  evaluation: "Tự đánh giá",
};

/** A row written from a paragraph or a layout table: its cells' looks, for the import's styles. */
export interface LineLook {
  row: number;
  left: number;
  right: number;
  bold: boolean;
  center: boolean;
}

/** Where a data table sits on its sheet. */
export interface TableSpot {
  top: number;
  bottom: number;
  width: number;
  headerRows: number[];
}

/** What the import needs beyond the snapshot to lay a sheet out: widths, tables, looks of lines. */
export interface SheetLayout {
  sheet: string;
  /** column widths in twips, from the sheet's widest data table */
  columnWidths: number[];
  tables: TableSpot[];
  lines: LineLook[];
}

/** Where each sheet cell came from in the Word document. */
export class WordSources {
  private readonly bySheet = new Map<string, Map<number, WordSource>>();

  set(sheet: string, row: number, col: number, source: WordSource): void {
    let map = this.bySheet.get(sheet);
    if (!map) this.bySheet.set(sheet, (map = new Map()));
    map.set(row * 16384 + col, source);
  }

  /** The Word table cell a sheet cell holds (a merged area's cells all point at its first); undefined outside tables. */
  at(sheet: string, row: number, col: number): WordSource | undefined {
    return this.bySheet.get(sheet)?.get(row * 16384 + col);
  }
}

export interface DocumentWorkbook {
  workbook: WorkbookSnapshot;
  sources: WordSources;
  layouts: SheetLayout[];
}

type Item = { kind: "paragraph"; paragraph: DocParagraph } | { kind: "layout"; table: DocTable; path: number[] } | { kind: "data"; grid: Grid; family: TableFamily };

/** How a table draws lines: the document's styles decide for tables that say nothing. */
export type LinesOf = (table: DocTable) => boolean;

function familyOf(grid: Grid): TableFamily {
  const snapshot: SheetSnapshot = { name: "table", visible: true, top: 0, left: 0, values: grid.values, merges: grid.merges.map(areaToA1) };
  const view = new SheetView(snapshot);
  for (let r = 0; r < Math.min(grid.values.length, 8); r++) {
    const plan = matchHeader(view, r);
    if (plan) return plan.layout.kind === "report" ? "report" : "plan";
    if (matchEvaluationHeader(view, r)) return "evaluation";
  }
  return "plan";
}

/** The body's blocks as items: containers opened, layout tables told from data tables, nested tables numbered by path. */
function itemsOf(body: DocBlock[], linesOf: LinesOf): Item[] {
  const items: Item[] = [];
  const visit = (table: DocTable, path: number[]) => {
    const lines = linesOf(table);
    if (isContainerTable(table, lines)) {
      let nested = 0;
      for (const row of table.rows) {
        for (const cell of row.cells) {
          for (const b of cell.blocks) {
            if (b.kind === "paragraph") items.push({ kind: "paragraph", paragraph: b });
            else visit(b, [...path, ++nested]);
          }
        }
      }
    } else if (isLayoutTable(table, lines)) items.push({ kind: "layout", table, path });
    else {
      const grid = buildGrid(table, path, gridWidth(table));
      items.push({ kind: "data", grid, family: familyOf(grid) });
    }
  };
  let top = 0;
  for (const b of body) {
    if (b.kind === "paragraph") items.push({ kind: "paragraph", paragraph: b });
    else visit(b, [++top]);
  }
  return items;
}

/** Items grouped by sheet: what comes before a data table goes with it; what follows the last goes with the last. */
function sheetsOf(items: Item[]): { family: TableFamily; items: Item[] }[] {
  const sheets = new Map<TableFamily, Item[]>();
  let pending: Item[] = [];
  let last: TableFamily | undefined;
  for (const item of items) {
    if (item.kind !== "data") {
      pending.push(item);
      continue;
    }
    const list = sheets.get(item.family) ?? [];
    sheets.set(item.family, list);
    list.push(...pending, item);
    pending = [];
    last = item.family;
  }
  const family = last ?? "plan";
  sheets.set(family, [...(sheets.get(family) ?? []), ...pending]);
  return [...sheets.entries()].filter(([, list]) => list.length > 0).map(([f, list]) => ({ family: f, items: list }));
}

class SheetWriter {
  readonly rows: CellValue[][] = [];
  readonly merges: string[] = [];
  readonly lines: LineLook[] = [];
  readonly tables: TableSpot[] = [];
  private gapBeforeNext = 0;

  constructor(
    readonly name: string,
    readonly width: number,
    readonly sources: WordSources,
  ) {}

  private newRow(): number {
    for (; this.gapBeforeNext > 0; this.gapBeforeNext--) this.rows.push(new Array<CellValue>(this.width).fill(null));
    this.rows.push(new Array<CellValue>(this.width).fill(null));
    return this.rows.length - 1;
  }

  /** Text from column `left` merged to `right`. */
  private put(row: number, left: number, right: number, text: string, look: { bold: boolean; center: boolean }): void {
    this.rows[row][left] = text;
    if (right > left) this.merges.push(areaToA1({ top: row, left, bottom: row, right }));
    this.lines.push({ row, left, right, ...look });
  }

  /** The column where the right-hand part of a line starts (E on a 9-column sheet, as the forms place the date). */
  private get rightColumn(): number {
    return Math.max(1, Math.floor(this.width * 0.45));
  }

  paragraph(p: DocParagraph): void {
    const parts = p.text
      .split(/\t+/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    if (parts.length === 0) return;
    const row = this.newRow();
    const look = { bold: p.bold, center: p.center };
    if (parts.length === 1 || this.width < 2) {
      this.put(row, 0, this.width - 1, parts.join(" "), look);
      return;
    }
    const right = this.rightColumn;
    this.put(row, 0, right - 1, parts[0], look);
    this.put(row, right, this.width - 1, parts.slice(1).join(" "), look);
  }

  layout(table: DocTable, path: number[]): void {
    const total = table.columns.reduce((a, b) => a + b, 0);
    const at = tablePath(path);
    table.rows.forEach((row, r) => {
      // each cell: where it starts (a share of the sheet's width), and its lines with their looks
      const placed: { from: number; gridColumn: number; lines: { text: string; bold: boolean }[] }[] = [];
      let gridCol = row.before;
      for (const cell of row.cells) {
        const x = total > 0 ? table.columns.slice(0, gridCol).reduce((a, b) => a + b, 0) / total : gridCol / Math.max(1, gridWidth(table));
        const lines =
          cell.vMerge === "continue" || cell.hMerge === "continue"
            ? []
            : cell.blocks.flatMap((b) => (b.kind === "paragraph" ? cellLines([b]).map((text) => ({ text, bold: b.bold })) : cellLines([b]).map((text) => ({ text, bold: false }))));
        if (lines.length) placed.push({ from: Math.min(this.width - 1, Math.floor(x * this.width)), gridColumn: gridCol, lines });
        gridCol += cell.span;
      }
      // cells never share a column: each starts right of the one before
      for (let i = 1; i < placed.length; i++) placed[i].from = Math.max(placed[i].from, Math.min(this.width - 1, placed[i - 1].from + 1));
      const height = Math.max(0, ...placed.map((p) => p.lines.length));
      for (let k = 0; k < height; k++) {
        const sheetRow = this.newRow();
        placed.forEach((p, i) => {
          const line = p.lines[k];
          if (!line || (i > 0 && p.from === placed[i - 1].from)) return;
          const to = i + 1 < placed.length ? Math.max(p.from, placed[i + 1].from - 1) : this.width - 1;
          this.put(sheetRow, p.from, to, line.text, { bold: line.bold, center: true });
          this.sources.set(this.name, sheetRow, p.from, { table: at, row: r + 1, column: p.gridColumn + 1 });
        });
      }
    });
  }

  data(grid: Grid): void {
    if (this.rows.length && this.rows[this.rows.length - 1].some((v) => v !== null)) this.newRow();
    const top = this.rows.length + this.gapBeforeNext;
    grid.values.forEach((values, r) => {
      const row = this.newRow();
      values.forEach((v, c) => {
        this.rows[row][c] = v;
        const source = grid.sources[r][c];
        if (source) this.sources.set(this.name, row, c, source);
      });
    });
    for (const m of grid.merges) this.merges.push(areaToA1({ top: top + m.top, left: m.left, bottom: top + m.bottom, right: m.right }));
    this.tables.push({ top, bottom: top + grid.values.length - 1, width: grid.width, headerRows: grid.headerRows.map((r) => top + r) });
    this.gapBeforeNext = EMPTY_RUN_ENDS_TABLE;
  }

  snapshot(): SheetSnapshot {
    const text = this.rows.map((r) => r.map((v) => (v === null ? "" : String(v))));
    const numberFormats = this.rows.map((r) => r.map((v) => (typeof v === "string" ? "@" : null)));
    return { name: this.name, visible: true, top: 0, left: 0, values: this.rows, text, numberFormats, merges: this.merges };
  }
}

/** Lays the document's blocks out as sheets: the snapshot validation reads, where each cell came from, and the layout the import writes. */
export function documentToWorkbook(body: DocBlock[], linesOf: LinesOf): DocumentWorkbook {
  const sources = new WordSources();
  const layouts: SheetLayout[] = [];
  const sheets: SheetSnapshot[] = [];
  for (const { family, items } of sheetsOf(itemsOf(body, linesOf))) {
    const grids = items.flatMap((i) => (i.kind === "data" ? [i.grid] : []));
    const widest = grids.reduce<Grid | undefined>((w, g) => (!w || g.width > w.width ? g : w), undefined);
    const writer = new SheetWriter(SHEET_OF[family], Math.max(2, widest?.width ?? 9), sources);
    for (const item of items) {
      if (item.kind === "paragraph") writer.paragraph(item.paragraph);
      else if (item.kind === "layout") writer.layout(item.table, item.path);
      else writer.data(item.grid);
    }
    sheets.push(writer.snapshot());
    layouts.push({ sheet: writer.name, columnWidths: widest?.columns ?? [], tables: writer.tables, lines: writer.lines });
  }
  return { workbook: { sheets }, sources, layouts };
}
