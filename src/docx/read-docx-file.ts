/** Reads a .docx file from disk (Node: the CLI); the reading itself is read-docx.ts, with node:zlib. */
import { ZIP_LIMITS } from "../ooxml/limits";
import { nodeInflate } from "../ooxml/node-inflate";
import { readPackageFile } from "../ooxml/node-file";
import { readDocx, type DocumentWorkbook } from "./read-docx";
import { DocxReadError } from "./read-errors";

/** Reads a Word file into sheet snapshots; never writes. Refuses what is missing, not a file, or too large before reading it. */
export async function readDocxFile(path: string): Promise<DocumentWorkbook> {
  const bytes = await readPackageFile(path, ZIP_LIMITS.fileBytes, (why, detail, facts) => new DocxReadError(why, detail, facts));
  return readDocx(bytes, { inflate: nodeInflate });
}
