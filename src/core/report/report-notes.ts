/**
 * The notes (Excel's yellow notes) of a refreshed report. A refresh rewrites the report's rows, and
 * rows move (a task added above, a header copy moved by a page break that moved), while a note stays
 * on its cell address. So:
 *
 * - KHCT's own notes ("KHCT: …": late, no longer in the plan, the plan changed, status differs) are
 *   written afresh at each refresh: the old ones go, wherever they are, so none is left stale or
 *   beside another task;
 * - a note staff put on a row of the table, or on an answer of the comment block under it, follows
 *   that row to where the refresh writes it, in the same column; a note elsewhere stays where it is;
 * - where a staff note and a new KHCT note would share a cell, the staff note stays and KHCT's is
 *   left out (a cell holds one note): nothing staff wrote is lost. Two staff notes meeting on one
 *   cell are joined;
 * - a cell holding a threaded comment (Excel's newer comments, in their own part) takes no note:
 *   KHCT's is left out there, and a staff note whose row moves onto it stays where it is.
 *
 * Every note written lands on a cell that holds no note by then (a host's "add note" refuses a
 * cell that has one): the cells to clear first are listed.
 */
import { a1, cellRef, parseA1 } from "../sheet/address";
import type { Note } from "../sheet/patch";

/** KHCT's own notes start so (see build-report.ts); anything else is somebody's. */
const KHCT_NOTE_PREFIX = "KHCT:";

const isKhctNote = (text: string) => text.trimStart().startsWith(KHCT_NOTE_PREFIX);

export interface RefreshedNotes {
  /** notes to write: KHCT's new ones and staff notes at their row's new place */
  notes: Note[];
  /** cells whose note goes before `notes` are written */
  removeNotes: string[];
}

/**
 * `old`: the report's notes as read (undefined when the host could not read them: KHCT's new notes
 * only, as before); `moved`: old sheet row → new sheet row of each row the refresh writes again
 * (the table's, the comment block's answers); `fresh`: KHCT's notes for the new report; `threaded`: the cells holding a threaded comment.
 */
export function refreshedNotes(old: Note[] | undefined, moved: Map<number, number>, fresh: Note[], threaded: string[] = []): RefreshedNotes {
  const commented = new Set(threaded.map(cellRef));
  const free = (note: Note) => !commented.has(cellRef(note.cell));
  if (!old?.length) return { notes: fresh.filter(free), removeNotes: [] };
  const removed = new Set<string>();
  const oldAt = new Map<string, Note>();
  /** staff notes by the cell they end on */
  const staff = new Map<string, Note>();
  const place = (cell: string, note: Note) => {
    const there = staff.get(cell);
    staff.set(cell, there ? { ...there, text: `${there.text}\n\n${note.text}` } : { ...note, cell });
  };
  const moving: { note: Note; to: string }[] = [];
  for (const note of old) {
    const at = parseA1(note.cell);
    const cell = a1(at.row, at.col);
    oldAt.set(cell, note);
    if (isKhctNote(note.text)) {
      removed.add(cell);
      continue;
    }
    const row = moved.get(at.row);
    if (row === undefined || row === at.row || commented.has(a1(row, at.col))) {
      place(cell, note);
      continue;
    }
    removed.add(cell);
    moving.push({ note, to: a1(row, at.col) });
  }
  // a note that moves onto a cell whose note stays comes after it
  for (const { note, to } of moving) place(to, note);
  const written: Note[] = [];
  for (const [cell, note] of staff) {
    const before = oldAt.get(cell);
    // a staff note that did not move, alone on its cell, is left as it is
    if (before && before.text === note.text && !removed.has(cell)) continue;
    written.push(note);
  }
  for (const note of fresh) if (!staff.has(cellRef(note.cell)) && free(note)) written.push(note);
  // a note lands where an old note still is (a staff note that did not move, joined with one that did; a KHCT note's cell): that one goes first
  for (const note of written) if (oldAt.has(cellRef(note.cell))) removed.add(cellRef(note.cell));
  return { notes: written, removeNotes: [...removed] };
}
