/**
 * The .xlsx host's read side: workbook bytes in, sheet snapshots out, straight from the zip with
 * the XML parser (src/ooxml: the zip layer, its limits and saxes, shared with the Word reader).
 * Pure and browser-safe; the CLI plugs node:zlib in (read-workbook.ts). Never writes.
 */
import { a1, areaToA1, parseArea, type Area } from "../core/sheet/address";
import { READ_LIMITS } from "../core/sheet/read-limits";
import type { Note } from "../core/sheet/patch";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../core/sheet/snapshot";
import { fflateInflate, type InflateRaw } from "../ooxml/inflate";
import { relsPathOf, resolveTarget } from "../ooxml/part-names";
import { isRelationshipType, readRelationships, type Relationship } from "../ooxml/relationships";
import { parseXml, XmlFormatError } from "../ooxml/xml";
import { PackageError, ZipPackage } from "../ooxml/zip-package";
import { WorkbookReadError } from "./read-errors";
import { readSheetCells, type SheetCells, type WorkbookContext } from "./read-sheet";
import { readSharedStrings } from "./read-shared-strings";
import { readCellFormats } from "./read-styles";
import { readComments } from "./read-comments";

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const REL_TYPE = {
  officeDocument: `${RELS}/officeDocument`,
  worksheet: `${RELS}/worksheet`,
  sharedStrings: `${RELS}/sharedStrings`,
  styles: `${RELS}/styles`,
  comments: `${RELS}/comments`,
};

interface SheetEntry {
  name: string;
  visible: boolean;
  relId: string;
}

/** xl/workbook.xml: the sheets in tab order, and the date system. */
function readWorkbookPart(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(xml, {
    open: (e) => {
      if (e.local === "sheet") {
        const state = e.attr("state");
        sheets.push({ name: e.attr("name") ?? "", visible: state !== "hidden" && state !== "veryHidden", relId: e.attrNS(RELS, "id") ?? e.attrNS(STRICT_RELS, "id") ?? "" });
      } else if (e.local === "workbookPr") {
        const v = e.attr("date1904");
        date1904 = v === "1" || v === "true";
      }
    },
    close: () => undefined,
    text: () => undefined,
  });
  return { sheets, date1904 };
}

function openPackage(bytes: Uint8Array, inflate: InflateRaw): ZipPackage {
  try {
    return ZipPackage.open(bytes, inflate);
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    if (e.reason === "ole-container") throw new WorkbookReadError("xls-or-encrypted");
    if (e.reason === "too-many-parts" || e.reason === "unzipped-too-large") throw new WorkbookReadError(e.reason, e.detail, e.facts);
    throw new WorkbookReadError("not-xlsx", e.detail || e.message);
  }
}

/** Merged areas as A1 ranges; a range that cannot be read is left out. */
export function readableMerges(refs: string[]): Area[] {
  const out: Area[] = [];
  for (const ref of refs) {
    try {
      out.push(parseArea(ref));
    } catch {
      // not an A1 range: Excel would not open the file either; the values still read
    }
  }
  return out;
}

/** Refuses a used range the reader would have to allocate beyond the limits; `cellsBefore` counts the sheets read before. */
function checkUsedRange(sheet: string, area: Area, cellsBefore: number): void {
  const rows = area.bottom - area.top + 1;
  const range = areaToA1(area);
  if (rows > READ_LIMITS.rows) throw new WorkbookReadError("too-many-rows", `${sheet}!${range}`, { sheet, range, count: rows, limit: READ_LIMITS.rows });
  const cells = rows * (area.right - area.left + 1);
  if (cellsBefore + cells > READ_LIMITS.cells) throw new WorkbookReadError("too-many-cells", `${sheet}!${range}`, { sheet, range, count: cellsBefore + cells, limit: READ_LIMITS.cells });
}

const grid = <T>(height: number, width: number, fill: T): T[][] => Array.from({ length: height }, () => new Array<T>(width).fill(fill));

/**
 * A sheet snapshot of the used range: the cells holding a value, not those merely formatted (a
 * format over whole columns or rows reads as nothing). Inside a merged area only the top-left cell
 * counts, as Excel shows it. Throws `too-many-rows` / `too-many-cells` before allocating a used
 * range over the limits.
 */
export function sheetSnapshot(name: string, visible: boolean, cells: SheetCells, cellsBefore = 0): SheetSnapshot {
  const mergedAreas = readableMerges(cells.merges);
  const merges = mergedAreas.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
  const { hiddenRows } = cells;
  const count = cells.rows.length;
  if (count === 0) return { name, visible, top: 0, left: 0, values: [], merges, hiddenRows };
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (let i = 0; i < count; i++) {
    const r = cells.rows[i];
    const c = cells.cols[i];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  checkUsedRange(name, { top, left, bottom, right }, cellsBefore);
  const height = bottom - top + 1;
  const width = right - left + 1;
  const values = grid<CellValue>(height, width, null);
  const text = grid(height, width, "");
  const formulas = grid<string | null>(height, width, null);
  const numberFormats = grid<string | null>(height, width, null);
  for (let i = 0; i < count; i++) {
    const r = cells.rows[i] - top;
    const c = cells.cols[i] - left;
    values[r][c] = cells.values[i];
    text[r][c] = cells.texts[i];
    formulas[r][c] = cells.formulas[i];
    numberFormats[r][c] = cells.formats[i];
  }
  // a value left inside a merged area (not its top-left cell) is hidden by Excel: drop it. Merges
  // cannot overlap in a file Excel opens, so their cells within the used range are at most its cells.
  let budget = height * width;
  for (const m of mergedAreas) {
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom) && budget > 0; r++) {
      for (let c = Math.max(m.left, left); c <= Math.min(m.right, right); c++) {
        budget--;
        if (r === m.top && c === m.left) continue;
        values[r - top][c - left] = null;
        text[r - top][c - left] = "";
        formulas[r - top][c - left] = null;
        numberFormats[r - top][c - left] = null;
      }
    }
  }
  return { name, visible, top, left, values, text, formulas, numberFormats, merges, hiddenRows };
}

/** The notes of the sheet at `sheetPath`, and the cells of its threaded comments, from the comments part its relationships name. */
function sheetNotes(pkg: ZipPackage, sheetPath: string): { notes: Note[]; threaded: string[] } {
  const rels = pkg.text(relsPathOf(sheetPath));
  const rel = rels === undefined ? undefined : readRelationships(rels).find((r) => isRelationshipType(r.type, REL_TYPE.comments) && !r.external);
  const xml = rel && pkg.text(resolveTarget(sheetPath, rel.target));
  return xml === undefined ? { notes: [], threaded: [] } : readComments(xml);
}

export interface ReadXlsxOptions {
  /** how zip entries are inflated: fflate by default, node:zlib in the CLI */
  inflate?: InflateRaw;
  /** read each sheet's notes and threaded-comment cells too (a report refresh moves them; nothing else needs them) */
  notes?: boolean;
}

/**
 * Reads .xlsx bytes into snapshots, sheet by sheet in tab order (chart sheets have no cells and are
 * left out). Refuses, each with its reason: an OLE container (.xls or a password-protected
 * workbook), what is not a zip, a zip over the size limits (checked from its directory before
 * anything is inflated), a package without a workbook or with malformed XML, a sheet whose used
 * range is over the row or cell limits.
 */
export function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): WorkbookSnapshot {
  const pkg = openPackage(bytes, options.inflate ?? fflateInflate);
  try {
    const main = readRelationships(pkg.text("_rels/.rels")).find((r) => isRelationshipType(r.type, REL_TYPE.officeDocument) && !r.external);
    const workbookPath = main ? resolveTarget("", main.target) : "xl/workbook.xml";
    const workbookXml = pkg.text(workbookPath);
    if (workbookXml === undefined) throw new WorkbookReadError("not-xlsx", `no ${workbookPath}`);
    const { sheets, date1904 } = readWorkbookPart(workbookXml);
    const rels = readRelationships(pkg.text(relsPathOf(workbookPath)));
    const partOf = (type: string): string | undefined => {
      const rel = rels.find((r) => isRelationshipType(r.type, type) && !r.external);
      return rel && resolveTarget(workbookPath, rel.target);
    };
    const byId = new Map<string, Relationship>(rels.map((r) => [r.id, r]));
    const strings = partOf(REL_TYPE.sharedStrings);
    const styles = partOf(REL_TYPE.styles);
    const book: WorkbookContext = {
      strings: readSharedStrings(strings && pkg.text(strings)),
      formats: readCellFormats(styles && pkg.text(styles)),
      date1904,
    };
    const out: SheetSnapshot[] = [];
    let cells = 0;
    for (const sheet of sheets) {
      const rel = byId.get(sheet.relId);
      if (!rel || rel.external || !isRelationshipType(rel.type, REL_TYPE.worksheet)) continue;
      const sheetPath = resolveTarget(workbookPath, rel.target);
      const xml = pkg.text(sheetPath);
      if (xml === undefined) continue;
      const snap = sheetSnapshot(sheet.name, sheet.visible, readSheetCells(xml, book), cells);
      cells += snap.values.length * (snap.values[0]?.length ?? 0);
      if (options.notes) {
        const { notes, threaded } = sheetNotes(pkg, sheetPath);
        if (notes.length) snap.notes = notes;
        if (threaded.length) snap.threadedComments = threaded;
      }
      out.push(snap);
    }
    return { sheets: out };
  } catch (e) {
    if (e instanceof XmlFormatError) throw new WorkbookReadError("not-xlsx", e.message);
    if (e instanceof PackageError) throw new WorkbookReadError(e.reason === "unzipped-too-large" || e.reason === "too-many-parts" ? e.reason : "not-xlsx", e.message, e.facts);
    throw e;
  }
}
