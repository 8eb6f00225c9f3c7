/**
 * What the .xlsx reader refuses, and why: the zip limits shared with the Word reader (see
 * src/ooxml/limits.ts: file size, parts, uncompressed sizes, zip bombs refused from the central
 * directory before anything is inflated) and the sheet limits shared with it and with the add-in
 * (src/core/sheet/read-limits.ts: rows per sheet, cells of all used ranges).
 */
import { ZIP_LIMITS } from "../ooxml/limits";
import { READ_LIMITS } from "../core/sheet/read-limits";

export const LIMITS = { ...ZIP_LIMITS, ...READ_LIMITS };
