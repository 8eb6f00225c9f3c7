/** Reads a .docx file from disk (Node: the CLI); the reading itself is read-docx.ts, with node:zlib. */
import { readFile, stat } from "node:fs/promises";
import { ZIP_LIMITS } from "../ooxml/limits";
import { nodeInflate } from "../ooxml/node-inflate";
import { readDocx, type DocumentWorkbook } from "./read-docx";
import { DocxReadError } from "./read-errors";

const MB = 1024 * 1024;

/** Reads a Word file into sheet snapshots; never writes. Refuses what is missing, not a file, or too large before reading it. */
export async function readDocxFile(path: string): Promise<DocumentWorkbook> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new DocxReadError("not-a-file", path);
    size = s.size;
  } catch (e) {
    if (e instanceof DocxReadError) throw e;
    throw new DocxReadError("missing", path);
  }
  if (size > ZIP_LIMITS.fileBytes) throw new DocxReadError("too-large", `${Math.round(size / MB)} MB`, { megabytes: Math.ceil(size / MB), limit: ZIP_LIMITS.fileBytes / MB });
  return readDocx(await readFile(path), { inflate: nodeInflate });
}
