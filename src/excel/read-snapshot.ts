import { areaToA1 } from "../core/sheet/address";
import { sizeOverLimits, sizeRefusal } from "../core/sheet/read-limits";
import type { CellValue, SheetSnapshot } from "../core/sheet/snapshot";
import { areasOf, rowsCovered } from "./addresses";
import type { ExcelCapabilities, Limitation } from "./capabilities";
import { KhctExcelError } from "./errors";
import { readMergeTiles, type MergeTile } from "./merge-tiles";
import { jsonBytes, READ_BUDGET, READ_CELLS } from "./payload";
import type { SheetInfo } from "./workbook-state";

/**
 * Reading sheets within Excel's limits. Excel on the web answers at most 5 MB per request, every
 * platform at most 5,000,000 cells per range read, and a read over the limit may give null values
 * rather than fail (office-js issues 4783, 6781; docs PR 5821). So a sheet is read in row bands:
 *
 * 1. with the command's other reads, in one sync: the used range's size and its first
 *    FIRST_BAND_ROWS rows (values, shown text, formulas, number formats, merged areas, visible rows)
 *    — all of a normal plan;
 * 2. only for larger sheets, the rest in bands sized from the bytes per row the first band measured,
 *    as many bands per sync as fit READ_BUDGET;
 * 3. only where a band's merged areas could not be trusted, the merged areas in tiles of at most 512
 *    cells (see merge-tiles.ts).
 *
 * A read that fails for its size, or gives null grids, is retried with merges left to tiles, then
 * with one sheet per sync, then with half the rows (reads only: a write is never retried). Before
 * reading past the first band, the sheets' sizes are checked against the CLI's limits, refused with
 * the CLI's sentence.
 */

/** What a command needs of a sheet: a plan (everything) or KHCT's own data (values and formulas). */
export type ReadKind = "plan" | "data";

/** A sheet as read, and what this host could not read of it. */
export interface SheetRead {
  snapshot: SheetSnapshot;
  limitations: Limitation[];
}

/** The first band's height: a plan of up to this many rows is read in one sync. */
export const FIRST_BAND_ROWS = 2000;

/** getMergedAreasOrNullObject fails past this many areas: a band of at most this many cells is safe either way. */
export const MERGED_AREAS_LIMIT = 512;

type Grid = unknown[][];

function cellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** office-js gives a non-formula cell's value as its "formula": keep only real formulas. */
function cellFormula(f: unknown, v: unknown): string | null {
  if (typeof f !== "string" || !f.startsWith("=")) return null;
  return typeof v === "string" && v === f ? null : f; // a text cell holding "=x" is text
}

/** `range.text` shows "#####" when a number does not fit its column; that is not what the cell says. */
function cellText(t: unknown, v: unknown): string {
  const text = typeof t === "string" ? t : "";
  return /^#+$/.test(text) && typeof v === "number" ? String(v) : text;
}

interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** One band of a sheet as read. */
interface BandRead {
  top: number;
  rows: number;
  values: Grid;
  formulas: Grid;
  text?: Grid;
  numberFormat?: Grid;
  /** merged areas (A1), or "unsure" when they must be read in tiles */
  merges: string[] | "unsure";
  /** absolute rows with a visible cell (plan reads only) */
  visible?: Set<number>;
  bytes: number;
}

/** A band to read: `range` makes its range proxy; `halve` splits it for a retry (empty: cannot). */
interface BandRequest {
  sheet: number;
  kind: ReadKind;
  rows: number;
  merges: boolean;
  range(): { range: Excel.Range; used?: Excel.Range };
  halve(): BandRequest[];
}

interface BandResult {
  request: BandRequest;
  used?: UsedRange;
  band: BandRead | null;
}

/** Error codes a smaller read cannot fix. */
const NOT_SIZE_ERRORS = new Set(["ItemNotFound", "AccessDenied", "InvalidOperationInCellEditMode", "ApiNotFound", "NotImplemented", "PropertyNotLoaded", "Unauthenticated"]);

function retriable(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && !NOT_SIZE_ERRORS.has(code);
}

const GRIDS: Record<ReadKind, string> = { plan: "values,text,formulas,numberFormat", data: "values,formulas" };

/** Queues one band's loads; the function returned reads them after the sync (band null: a grid came back null). */
function queueBand(request: BandRequest, caps: ExcelCapabilities): () => BandResult {
  const { range, used } = request.range();
  used?.load("rowIndex,columnIndex,rowCount,columnCount");
  range.load(`rowIndex,rowCount,${GRIDS[request.kind]}`);
  const plan = request.kind === "plan";
  const merged = plan && caps.mergedAreas && request.merges ? range.getMergedAreasOrNullObject().load("address") : undefined;
  const visibleAreas = plan && caps.specialCells ? range.getSpecialCellsOrNullObject("Visible").load("address") : undefined;
  const visibleView = plan && !caps.specialCells ? range.getVisibleView().load("cellAddresses") : undefined;
  return () => {
    const usedRead = used ? { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount } : undefined;
    const grids = [range.values, range.formulas, ...(plan ? [range.text, range.numberFormat] : [])] as (Grid | null)[];
    if (grids.some((g) => !Array.isArray(g))) return { request, used: usedRead, band: null }; // never dereference a null grid
    const cells = range.rowCount * (range.values[0]?.length ?? 0);
    let merges: string[] | "unsure" = "unsure";
    if (merged) merges = merged.isNullObject ? (cells <= MERGED_AREAS_LIMIT ? [] : "unsure") : areasOf(merged.address).map(areaToA1);
    else if (!plan || !caps.mergedAreas) merges = [];
    const visible = visibleAreas ? (visibleAreas.isNullObject ? new Set<number>() : rowsCovered([visibleAreas.address])) : visibleView ? rowsCovered((visibleView.cellAddresses as string[][]).flat()) : undefined;
    const band: BandRead = { top: range.rowIndex, rows: range.rowCount, values: range.values, formulas: range.formulas, text: plan ? range.text : undefined, numberFormat: plan ? range.numberFormat : undefined, merges, visible, bytes: grids.reduce<number>((n, g) => n + jsonBytes(g), 0) };
    return { request, used: usedRead, band };
  };
}

/** Reads bands, retrying what failed for its size: merges left to tiles, then one band per sync, then half bands. */
async function readBands(context: Excel.RequestContext, requests: BandRequest[], caps: ExcelCapabilities): Promise<BandResult[]> {
  if (!requests.length) return [];
  const queued = requests.map((r) => queueBand(r, caps));
  try {
    await context.sync();
  } catch (e) {
    if (!retriable(e)) throw e;
    if (requests.some((r) => r.merges && caps.mergedAreas)) return readBands(context, requests.map((r) => ({ ...r, merges: false })), caps);
    if (requests.length > 1) {
      const out: BandResult[] = [];
      for (const r of requests) out.push(...(await readBands(context, [r], caps)));
      return out;
    }
    const halves = requests[0].halve();
    if (!halves.length) throw e;
    return readBands(context, halves, caps);
  }
  const out: BandResult[] = [];
  for (const result of queued.map((q) => q())) {
    if (result.band) {
      out.push(result);
      continue;
    }
    const halves = result.request.halve();
    if (!halves.length) throw new KhctExcelError("excel", { vi: "Excel không trả về nội dung của trang tính (vùng quá lớn). Hãy xóa các hàng, cột thừa rồi thử lại.", en: "Excel returned no content for the sheet (the range is too large). Delete the extra rows and columns and try again." }, "NullValues");
    const again = await readBands(context, halves, caps);
    out.push(...again.map((r) => ({ ...r, used: r.used ?? result.used })));
  }
  return out;
}

interface SheetPlan {
  info: SheetInfo;
  kind: ReadKind;
  worksheet: Excel.Worksheet;
  used?: UsedRange;
  bands: BandRead[];
}

/** The first band of each sheet: the used range's first `rows` rows, with the used range's size. */
function firstBand(plan: SheetPlan, index: number, rows: number): BandRequest {
  return {
    sheet: index,
    kind: plan.kind,
    rows,
    merges: true,
    range: () => {
      const used = plan.worksheet.getUsedRange(true);
      return { used, range: used.getRow(0).getResizedRange(rows - 1, 0).getIntersection(used) };
    },
    halve: () => (rows > 1 ? [{ ...firstBand(plan, index, Math.ceil(rows / 2)), merges: false }] : []),
  };
}

/** A band of absolute rows [top, top + rows) of the used range. */
function laterBand(plan: SheetPlan, index: number, top: number, rows: number, merges = true): BandRequest {
  const used = plan.used!;
  return {
    sheet: index,
    kind: plan.kind,
    rows,
    merges,
    range: () => ({ range: plan.worksheet.getRangeByIndexes(top, used.columnIndex, rows, used.columnCount) }),
    halve: () => {
      if (rows < 2) return [];
      const h = Math.ceil(rows / 2);
      return [laterBand(plan, index, top, h, false), laterBand(plan, index, top + h, rows - h, false)];
    },
  };
}

/** The rest of each sheet past its first band, in bands of about `READ_BUDGET` bytes, packed into syncs. */
function laterBands(plans: SheetPlan[]): BandRequest[][] {
  const syncs: BandRequest[][] = [];
  let current: BandRequest[] = [];
  let size = 0;
  plans.forEach((plan, i) => {
    const used = plan.used!;
    const first = plan.bands[0];
    const readRows = first ? first.top + first.rows - used.rowIndex : 0;
    if (readRows >= used.rowCount) return;
    const bytesPerRow = Math.max(16 * used.columnCount, first && first.rows ? first.bytes / first.rows : 0);
    const rowsPerBand = Math.max(1, Math.min(Math.floor(READ_BUDGET / bytesPerRow), Math.floor(READ_CELLS / used.columnCount)));
    for (let top = used.rowIndex + readRows; top < used.rowIndex + used.rowCount; top += rowsPerBand) {
      const rows = Math.min(rowsPerBand, used.rowIndex + used.rowCount - top);
      const bytes = rows * bytesPerRow;
      if (current.length && size + bytes > READ_BUDGET) {
        syncs.push(current);
        current = [];
        size = 0;
      }
      current.push(laterBand(plan, i, top, rows));
      size += bytes;
    }
  });
  if (current.length) syncs.push(current);
  return syncs;
}

/** Refuses, with the CLI's sentence, sheets past the CLI's limits (checked before reading past their first band). */
function checkSize(workbookName: string, plans: SheetPlan[]): void {
  const over = sizeOverLimits(
    plans
      .filter((p) => p.used)
      .map((p) => {
        const u = p.used!;
        return { sheet: p.info.name, range: areaToA1({ top: u.rowIndex, left: u.columnIndex, bottom: u.rowIndex + u.rowCount - 1, right: u.columnIndex + u.columnCount - 1 }), rows: u.rowCount, cells: u.rowCount * u.columnCount };
      }),
  );
  if (over) throw new KhctExcelError("too-large", sizeRefusal(over.kind, workbookName, over.facts));
}

/** The snapshot of a sheet from its bands. */
function buildSnapshot(plan: SheetPlan, merges: string[]): SheetSnapshot {
  const { info, used } = plan;
  const visible = info.visibility === "Visible";
  const bands = [...plan.bands].sort((a, b) => a.top - b.top);
  const rows = <T>(pick: (b: BandRead) => T[][] | undefined): T[][] => bands.flatMap((b) => pick(b) ?? []);
  const values = rows((b) => b.values);
  const formulas = rows((b) => b.formulas);
  const hidden: number[] = [];
  for (const b of bands) if (b.visible) for (let r = b.top; r < b.top + b.rows; r++) if (!b.visible.has(r)) hidden.push(r);
  const blank = !used || (values.length === 1 && values[0].length === 1 && values[0][0] === "" && formulas[0][0] === "");
  if (blank) return { name: info.name, visible, top: 0, left: 0, values: [], merges, hiddenRows: hidden };
  const text = plan.kind === "plan" ? rows((b) => b.text) : undefined;
  const numberFormat = plan.kind === "plan" ? rows((b) => b.numberFormat) : undefined;
  return {
    name: info.name,
    visible,
    top: used.rowIndex,
    left: used.columnIndex,
    values: values.map((row) => row.map(cellValue)),
    text: text?.map((row, r) => row.map((t, c) => cellText(t, values[r][c]))),
    formulas: formulas.map((row, r) => row.map((f, c) => cellFormula(f, values[r][c]))),
    numberFormats: numberFormat?.map((row) => row.map((f) => (typeof f === "string" ? f : null))),
    merges,
    hiddenRows: hidden,
  };
}

/**
 * Reads the named sheets (which must exist): in one sync for normal plans, in row bands for larger
 * sheets (see the top of this file). `workbookName` is for the sentence refusing a sheet too large.
 */
export async function readSheets(context: Excel.RequestContext, sheets: { info: SheetInfo; kind: ReadKind }[], caps: ExcelCapabilities, workbookName: string): Promise<SheetRead[]> {
  const plans: SheetPlan[] = sheets.map(({ info, kind }) => ({ info, kind, worksheet: context.workbook.worksheets.getItem(info.name), bands: [] }));
  const store = (results: BandResult[]) =>
    results.forEach((r) => {
      const plan = plans[r.request.sheet];
      plan.used ??= r.used;
      if (r.band) plan.bands.push(r.band);
    });
  store(await readBands(context, plans.map((p, i) => firstBand(p, i, FIRST_BAND_ROWS)), caps));
  checkSize(workbookName, plans);
  for (const requests of laterBands(plans)) store(await readBands(context, requests, caps));
  const tiles: MergeTile[] = plans.flatMap((p, i) =>
    p.bands.filter((b) => b.merges === "unsure").map((b) => ({ sheet: i, worksheet: p.worksheet, top: b.top, left: p.used!.columnIndex, rows: b.rows, columns: p.used!.columnCount })),
  );
  const tiled = await readMergeTiles(context, tiles);
  return plans.map((plan, i) => {
    const merges = new Set<string>([...plan.bands.flatMap((b) => (b.merges === "unsure" ? [] : b.merges)), ...(tiled.merges.get(i) ?? [])]);
    const limitations: Limitation[] = plan.kind === "plan" && !caps.mergedAreas ? ["merges-unread"] : tiled.failed.has(i) ? ["merges-incomplete"] : [];
    return { snapshot: buildSnapshot(plan, [...merges]), limitations };
  });
}

/**
 * Queues, on one worksheet, the whole used range by values (formatting a whole column does not make
 * it a million rows) as KHCT's own small data sheet needs it (values and formulas); the function
 * returned builds the snapshot after the caller's sync. For sheets KHCT keeps small (its data
 * sheet); a plan is read with `readSheets`.
 */
export function queueDataSnapshot(worksheet: Excel.Worksheet, info: SheetInfo): () => SheetSnapshot {
  const used = worksheet.getUsedRange(true).load("rowIndex,columnIndex,rowCount,columnCount,values,formulas");
  return () => {
    if (!Array.isArray(used.values) || !Array.isArray(used.formulas)) throw new KhctExcelError("excel", { vi: `Excel không trả về nội dung của trang "${info.name}".`, en: `Excel returned no content for sheet "${info.name}".` }, "NullValues");
    const plan: SheetPlan = { info, kind: "data", worksheet, used: { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount }, bands: [{ top: used.rowIndex, rows: used.rowCount, values: used.values, formulas: used.formulas, merges: [], bytes: 0 }] };
    return buildSnapshot(plan, []);
  };
}
