/** Reads an .xlsx file from disk (Node: the CLI); the reading itself is read-xlsx.ts, with node:zlib. */
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import { nodeInflate } from "../ooxml/node-inflate";
import { readPackageFile } from "../ooxml/node-file";
import { LIMITS } from "./limits";
import { WorkbookReadError } from "./read-errors";
import { readXlsx } from "./read-xlsx";

export { LIMITS } from "./limits";
export { WorkbookReadError, type ReadFacts, type ReadFailure } from "./read-errors";

/** Reads an .xlsx file into snapshots; never writes. Refuses what is missing, not a file, or too large before reading it. */
export async function readWorkbookFile(path: string, options: { notes?: boolean } = {}): Promise<WorkbookSnapshot> {
  return readWorkbookBuffer(await readWorkbookBytes(path), options);
}

/** An .xlsx file's bytes, for a command that reads them and writes into them; refused as readWorkbookFile refuses. */
export function readWorkbookBytes(path: string): Promise<Buffer> {
  return readPackageFile(path, LIMITS.fileBytes, (why, detail, facts) => new WorkbookReadError(why, detail, facts));
}

/** Reads .xlsx bytes into snapshots (see read-xlsx.ts for what is refused, and why); `notes`: with each sheet's notes. */
export async function readWorkbookBuffer(bytes: Uint8Array, options: { notes?: boolean } = {}): Promise<WorkbookSnapshot> {
  return readXlsx(bytes, { inflate: nodeInflate, notes: options.notes });
}
