/**
 * The notes (Excel's yellow notes, ExcelApi 1.18) of the sheets a command needs them from — a
 * report to refresh, whose notes follow their rows (core/report/report-notes.ts) — and the cells of
 * their threaded comments (ExcelApi 1.10: a note cannot go there). Their lists ride along the
 * caller's next sync; where each one is takes one more sync, only when a sheet has any.
 */
import { cellRef } from "../core/sheet/address";
import type { Note } from "../core/sheet/patch";
import type { ExcelCapabilities } from "./capabilities";

export interface PendingNotes {
  sheets: { name: string; notes: Excel.NoteCollection; comments?: Excel.CommentCollection }[];
}

export interface SheetNotes {
  notes: Note[];
  /** cells holding a threaded comment */
  threaded: string[];
}

/** Queues the notes (and threaded comments) of the sheets `names`, which must exist, for the caller's next sync. */
export function queueNotes(context: Excel.RequestContext, names: string[], caps: ExcelCapabilities): PendingNotes {
  return {
    sheets: names.map((name) => {
      const worksheet = context.workbook.worksheets.getItem(name);
      return { name, notes: worksheet.notes.load("items/content"), comments: caps.threadedComments ? worksheet.comments.load("items/id") : undefined };
    }),
  };
}

/** The cell of an address Excel gives ("'Báo cáo'!H26", "H26:H27"), top-left, as "H26". */
function cellOf(address: string): string {
  return cellRef(address.slice(address.lastIndexOf("!") + 1).split(":")[0]);
}

/** After the sync that loaded `pending`: each sheet's notes with their cells, and its threaded comments' cells (one sync, none when no sheet has either). */
export async function locateNotes(context: Excel.RequestContext, pending: PendingNotes): Promise<Map<string, SheetNotes>> {
  const located = pending.sheets.map(({ name, notes, comments }) => ({
    name,
    notes: notes.items.map((note) => ({ note, at: note.getLocation().load("address") })),
    comments: (comments?.items ?? []).map((comment) => comment.getLocation().load("address")),
  }));
  const out = new Map<string, SheetNotes>();
  if (!located.some((s) => s.notes.length || s.comments.length)) return out;
  await context.sync();
  for (const { name, notes, comments } of located) {
    out.set(name, { notes: notes.map(({ note, at }) => ({ cell: cellOf(at.address), text: String(note.content ?? "") })), threaded: comments.map((at) => cellOf(at.address)) });
  }
  return out;
}
