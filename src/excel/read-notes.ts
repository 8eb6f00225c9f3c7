/**
 * The notes (Excel's yellow notes, ExcelApi 1.18) of the sheets a command needs them from: a report
 * to refresh, whose notes follow their rows (core/report/report-notes.ts). Their texts ride along
 * the caller's next sync; where each note is takes one more sync, only when a sheet has notes.
 */
import { a1, parseA1 } from "../core/sheet/address";
import type { Note } from "../core/sheet/patch";

export interface PendingNotes {
  sheets: { name: string; notes: Excel.NoteCollection }[];
}

/** Queues the notes of the sheets `names` (which must exist) for the caller's next sync. */
export function queueNotes(context: Excel.RequestContext, names: string[]): PendingNotes {
  return { sheets: names.map((name) => ({ name, notes: context.workbook.worksheets.getItem(name).notes.load("items/content") })) };
}

/** The cell of an address Excel gives ("'Báo cáo'!H26", "H26:H27"), top-left, as "H26". */
function cellOf(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1).split(":")[0];
  const at = parseA1(local);
  return a1(at.row, at.col);
}

/** After the sync that loaded `pending`: each sheet's notes with their cells (one sync, none when no sheet has a note). */
export async function locateNotes(context: Excel.RequestContext, pending: PendingNotes): Promise<Map<string, Note[]>> {
  const located = pending.sheets.map(({ name, notes }) => ({ name, items: notes.items.map((note) => ({ note, at: note.getLocation().load("address") })) }));
  const out = new Map<string, Note[]>();
  if (!located.some((s) => s.items.length)) return out;
  await context.sync();
  for (const { name, items } of located) if (items.length) out.set(name, items.map(({ note, at }) => ({ cell: cellOf(at.address), text: String(note.content ?? "") })));
  return out;
}
