/**
 * The Word host's read side: .docx bytes in, the workbook snapshot KHCT's import would write out
 * (so every rule, the detection and the self-evaluation work unchanged), with where each cell came
 * from in the document. Pure and browser-safe: the task pane runs this very code on the file a
 * user picks; the CLI plugs node:zlib in (read-docx-file.ts).
 */
import { areaToA1 } from "../core/sheet/address";
import { READ_LIMITS } from "../core/sheet/read-limits";
import { fflateInflate, type InflateRaw } from "../ooxml/inflate";
import { resolveTarget, relsPathOf } from "../ooxml/part-names";
import { isRelationshipType, readRelationships } from "../ooxml/relationships";
import { XmlFormatError } from "../ooxml/xml";
import { PackageError, ZipPackage } from "../ooxml/zip-package";
import { parseBody } from "./parse-body";
import { DocxReadError } from "./read-errors";
import { drawsLines, readTableStyles } from "./styles";
import { documentToWorkbook, type DocumentWorkbook } from "./to-workbook";

export { DocxReadError, type DocxFailure, type DocxFacts } from "./read-errors";
export type { DocumentWorkbook, SheetLayout, WordSources } from "./to-workbook";
export type { WordSource } from "./grid";

const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

function openPackage(bytes: Uint8Array, inflate: InflateRaw): ZipPackage {
  try {
    return ZipPackage.open(bytes, inflate);
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    if (e.reason === "ole-container") throw new DocxReadError("doc-or-encrypted");
    if (e.reason === "too-many-parts" || e.reason === "unzipped-too-large") throw new DocxReadError(e.reason, e.detail, e.facts);
    throw new DocxReadError("not-docx", e.message);
  }
}

/** Refuses sheets spanning more rows or cells than a workbook may (the same limits as .xlsx). */
function checkSheetLimits(result: DocumentWorkbook): void {
  let cells = 0;
  for (const s of result.workbook.sheets) {
    const width = s.values.reduce((w, r) => Math.max(w, r.length), 0);
    const range = areaToA1({ top: 0, left: 0, bottom: Math.max(0, s.values.length - 1), right: Math.max(0, width - 1) });
    if (s.values.length > READ_LIMITS.rows) throw new DocxReadError("too-many-rows", `${s.name}!${range}`, { sheet: s.name, range, count: s.values.length, limit: READ_LIMITS.rows });
    cells += s.values.length * width;
    if (cells > READ_LIMITS.cells) throw new DocxReadError("too-many-cells", `${s.name}!${range}`, { sheet: s.name, range, count: cells, limit: READ_LIMITS.cells });
  }
}

export interface ReadDocxOptions {
  /** how zip entries are inflated: fflate by default, node:zlib in the CLI */
  inflate?: InflateRaw;
}

/** Reads .docx bytes; throws DocxReadError with the reason a person can act on. */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): DocumentWorkbook {
  const pkg = openPackage(bytes, options.inflate ?? fflateInflate);
  try {
    const main = readRelationships(pkg.text("_rels/.rels")).find((r) => isRelationshipType(r.type, OFFICE_DOCUMENT) && !r.external);
    const documentPath = main ? resolveTarget("", main.target) : "word/document.xml";
    const xml = pkg.text(documentPath);
    if (xml === undefined) throw new DocxReadError("not-docx", `no ${documentPath}`);
    const body = parseBody(xml);
    const stylesRel = readRelationships(pkg.text(relsPathOf(documentPath))).find((r) => isRelationshipType(r.type, STYLES) && !r.external);
    const styles = readTableStyles(stylesRel ? pkg.text(resolveTarget(documentPath, stylesRel.target)) : undefined);
    const result = documentToWorkbook(body, (table) => drawsLines(table, styles));
    checkSheetLimits(result);
    return result;
  } catch (e) {
    if (e instanceof XmlFormatError) throw new DocxReadError("not-docx", e.message);
    if (e instanceof PackageError) throw new DocxReadError(e.reason === "unzipped-too-large" || e.reason === "too-many-parts" ? e.reason : "not-docx", e.message, e.facts);
    throw e;
  }
}
