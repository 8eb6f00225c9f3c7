import { findStoreSheet, STORE_SHEET, withoutStoreSheet, type KhctStore } from "../core/store";
import type { WorkbookPatch } from "../core/sheet/patch";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import { applyWorkbookPatch, type ApplyResult } from "./apply-patch";
import type { ExcelCapabilities, Limitation } from "./capabilities";
import { locateNotes, queueNotes } from "./read-notes";
import { readSnapshots, sheetsToRead } from "./read-workbook";
import { storeFrom } from "./store";
import { readWorkbookState, sheetNamed, type WorkbookState } from "./workbook-state";

/** What a command's pure part receives: the sheets it asked for (those that exist) and KHCT's data. */
export interface CommandInput {
  state: WorkbookState;
  workbook: WorkbookSnapshot;
  store: KhctStore;
}

export interface Command {
  /** sheets to read before computing ("all": the sheets the core may take the plan from, see `sheetsToRead`; [] to read none) */
  read: string[] | "all";
  /** with "all": sheets to read as well, hidden or not (the report sheet to refresh) */
  alsoRead?: string[];
  /** sheets whose notes the core needs, read with them where the host has notes (the report to refresh) */
  notesOf?: string[];
  /** the core: data in, patch out */
  compute(input: CommandInput): WorkbookPatch;
}

export interface CommandResult {
  patch: WorkbookPatch;
  applied: ApplyResult;
  limitations: Limitation[];
}

/**
 * Runs a command that reads, computes in the core and writes: one sync for the sheet list (names,
 * protection), one to read the sheets asked for (skipped when none; the notes of `notesOf` ride
 * along, and where they are takes one more when there are any), one to apply the patch. So
 * inserting a template takes two round trips and building a report three for a normal plan; a sheet
 * past FIRST_BAND_ROWS rows or a write past WRITE_BUDGET bytes takes more (see README).
 */
export async function runCommand(context: Excel.RequestContext, caps: ExcelCapabilities, command: Command): Promise<CommandResult> {
  const state = await readWorkbookState(context, caps);
  const wanted = command.read === "all" ? sheetsToRead(state, command.alsoRead) : command.read.map((n) => sheetNamed(state, n)).filter((s) => s !== undefined);
  const store = sheetNamed(state, STORE_SHEET);
  const toRead = wanted.length && store && !wanted.includes(store) ? [...wanted, store] : wanted;
  const notesOf = caps.notes ? (command.notesOf ?? []).map((n) => sheetNamed(state, n)?.name).filter((n): n is string => n !== undefined && toRead.some((s) => s.name === n)) : [];
  const pendingNotes = queueNotes(context, notesOf, caps);
  const read = await readSnapshots(context, state, toRead, caps);
  const notes = await locateNotes(context, pendingNotes);
  for (const sheet of read.workbook.sheets) {
    const found = notes.get(sheet.name);
    if (found?.notes.length) sheet.notes = found.notes;
    if (found?.threaded.length) sheet.threadedComments = found.threaded;
  }
  const patch = command.compute({ state, workbook: withoutStoreSheet(read.workbook), store: storeFrom(findStoreSheet(read.workbook)).store });
  const applied = await applyWorkbookPatch(context, patch, state, caps);
  const limitations = [...new Set([...read.limitations, ...applied.limitations])];
  return { patch, applied, limitations };
}
