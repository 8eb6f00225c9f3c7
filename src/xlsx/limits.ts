/**
 * What the .xlsx reader refuses, and why. A school's plan is a few hundred rows in a file of tens
 * of kilobytes; the limits sit far above any real plan and far below what would exhaust memory.
 *
 * - fileBytes: 50 MB on disk (photos and scanned pages make files large, not plans).
 * - parts: 10,000 entries in the zip (a workbook has tens).
 * - partBytes / unzippedBytes: 100 MB for one uncompressed part, 200 MB for all of them. A
 *   100,000-row plan sheet is about 30 MB of XML; exceljs needs roughly ten bytes of memory for each
 *   byte of sheet XML, so 200 MB of parts stays near 2 GB at worst.
 * - rows: 100,000 rows from a sheet's first to its last row holding a value.
 * - cells: 3,000,000 cells in the used ranges of all sheets (the rectangles from the first to the
 *   last cell holding a value: what the reader allocates).
 *
 * A zip bomb is refused from its central directory, before anything is inflated. A zip that lies
 * about its sizes is measured (inflating at most one byte past the limit) whenever its compressed
 * bytes could inflate past a limit.
 */
import { READ_LIMITS } from "../core/sheet/read-limits";
import { inflatedSize, readZipDirectory, worstCaseSize, ZipFormatError, type ZipEntry } from "./zip-directory";
import { WorkbookReadError } from "./read-errors";

export const LIMITS = {
  /** bytes of the .xlsx file */
  fileBytes: 50 * 1024 * 1024,
  /** entries of the zip */
  parts: 10_000,
  /** uncompressed bytes of one part (a sheet's XML, the shared strings, an image) */
  partBytes: 100 * 1024 * 1024,
  /** uncompressed bytes of all parts */
  unzippedBytes: 200 * 1024 * 1024,
  /** rows per sheet, from the first to the last row holding a value (the add-in's limit too) */
  rows: READ_LIMITS.rows,
  /** cells of the used ranges, all sheets (the add-in's limit too) */
  cells: READ_LIMITS.cells,
};

const MB = 1024 * 1024;
const megabytes = (bytes: number) => Math.ceil(bytes / MB);

function checkSizes(entries: ZipEntry[], sizeOf: (e: ZipEntry) => number): void {
  let total = 0;
  for (const entry of entries) {
    const size = sizeOf(entry);
    if (size > LIMITS.partBytes) {
      throw new WorkbookReadError("unzipped-too-large", entry.name, { part: entry.name, megabytes: Number.isFinite(size) ? megabytes(size) : undefined, limit: megabytes(LIMITS.partBytes) });
    }
    total += size;
    if (total > LIMITS.unzippedBytes) throw new WorkbookReadError("unzipped-too-large", "all parts", { limit: megabytes(LIMITS.unzippedBytes) });
  }
}

/**
 * Refuses a zip whose parts are too many or too large uncompressed. Reads the central directory
 * only; inflates (up to the limit) only the parts of a file whose compressed bytes could hide more
 * than the limits allow.
 */
export function checkZipLimits(bytes: Buffer): void {
  try {
    const { entries, count } = readZipDirectory(bytes, LIMITS.parts);
    if (count > LIMITS.parts) throw new WorkbookReadError("too-many-parts", String(count), { count, limit: LIMITS.parts });
    checkSizes(entries, (e) => e.declaredSize);
    const worstCase = entries.map(worstCaseSize);
    const couldHideMore = worstCase.some((w) => w > LIMITS.partBytes) || worstCase.reduce((a, b) => a + b, 0) > LIMITS.unzippedBytes;
    if (couldHideMore) checkSizes(entries, (e) => inflatedSize(bytes, e, LIMITS.partBytes));
  } catch (e) {
    if (e instanceof ZipFormatError) throw new WorkbookReadError("not-xlsx", e.message);
    throw e;
  }
}
