/** Reads an .xlsx file from disk (Node: the CLI); the reading itself is read-xlsx.ts, with node:zlib. */
import { readFile, stat } from "node:fs/promises";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import { nodeInflate } from "../ooxml/node-inflate";
import { LIMITS } from "./limits";
import { WorkbookReadError } from "./read-errors";
import { readXlsx } from "./read-xlsx";

export { LIMITS } from "./limits";
export { WorkbookReadError, type ReadFacts, type ReadFailure } from "./read-errors";

/** Reads an .xlsx file into snapshots; never writes. Refuses what is missing, not a file, or too large before reading it. */
export async function readWorkbookFile(path: string): Promise<WorkbookSnapshot> {
  let size: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) throw new WorkbookReadError("not-a-file", path);
    size = s.size;
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw new WorkbookReadError("missing", path);
  }
  if (size > LIMITS.fileBytes) throw new WorkbookReadError("too-large", `${Math.round(size / 1048576)} MB`, { megabytes: Math.ceil(size / 1048576), limit: LIMITS.fileBytes / 1048576 });
  return readWorkbookBuffer(await readFile(path));
}

/** Reads .xlsx bytes into snapshots (see read-xlsx.ts for what is refused, and why). */
export async function readWorkbookBuffer(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return readXlsx(bytes, { inflate: nodeInflate });
}
