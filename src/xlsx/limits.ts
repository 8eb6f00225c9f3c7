/**
 * What the .xlsx reader refuses, and why: the zip limits shared with the Word reader (see
 * src/ooxml/limits.ts: file size, parts, uncompressed sizes, zip bombs refused from the central
 * directory before anything is inflated) and the sheet limits shared with it and with the add-in
 * (src/core/sheet/read-limits.ts: rows per sheet, cells of all used ranges). exceljs needs roughly ten bytes of memory for each byte
 * of sheet XML, so 200 MB of parts stays near 2 GB at worst.
 */
import { checkZipLimits as checkZip, ZIP_LIMITS, ZipLimitError } from "../ooxml/limits";
import { nodeInflate } from "../ooxml/node-inflate";
import { ZipFormatError } from "../ooxml/zip-directory";
import { READ_LIMITS } from "../core/sheet/read-limits";
import { WorkbookReadError } from "./read-errors";

export const LIMITS = { ...ZIP_LIMITS, ...READ_LIMITS };

/**
 * Refuses a zip whose parts are too many or too large uncompressed. Reads the central directory
 * only; inflates (up to the limit, with node:zlib) only the parts of a file whose compressed bytes
 * could hide more than the limits allow.
 */
export function checkZipLimits(bytes: Buffer): void {
  try {
    checkZip(bytes, nodeInflate);
  } catch (e) {
    if (e instanceof ZipFormatError) throw new WorkbookReadError("not-xlsx", e.message);
    if (e instanceof ZipLimitError) throw new WorkbookReadError(e.reason, e.detail, e.facts);
    throw e;
  }
}
