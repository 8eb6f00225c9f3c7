/**
 * The order in which the Excel host writes a patch's notes over the notes a sheet holds, so that a
 * failing step (a cell holding a threaded comment refuses a note; a sync fails part way) never loses
 * a note's text:
 *
 * 1. before anything is cleared, the old notes that go and lie in an area the patch clears (Excel's
 *    "clear all" may take them, and a later delete would then fail);
 * 2. new notes on cells holding none: a note moving with its row is added at its new cell before
 *    its old one is touched;
 * 3. new notes on cells holding one that goes (`removeNotes`): that note's text is replaced, not
 *    deleted and added (a cell that holds a note takes new text whatever else it holds);
 * 4. the other old notes that go, last.
 *
 * A failure in 2 leaves every old note where it was (a moved note may then be on both cells).
 */
import { cellRef, parseA1, parseArea, type Area } from "../core/sheet/address";
import type { Note, SheetPatch } from "../core/sheet/patch";

export interface NoteWrites {
  deleteBeforeClear: string[];
  add: Note[];
  replaceText: Note[];
  deleteLast: string[];
}

const inside = (cell: string, areas: Area[]) => {
  const at = parseA1(cell);
  return areas.some((a) => at.row >= a.top && at.row <= a.bottom && at.col >= a.left && at.col <= a.right);
};

export function noteWrites(p: Pick<SheetPatch, "notes" | "removeNotes" | "clear">): NoteWrites {
  const going = new Set((p.removeNotes ?? []).map(cellRef));
  const notes = p.notes ?? [];
  const written = new Set(notes.map((n) => cellRef(n.cell)));
  const cleared = (p.clear ?? []).map(parseArea);
  const rest = [...going].filter((cell) => !written.has(cell));
  return {
    deleteBeforeClear: rest.filter((cell) => inside(cell, cleared)),
    add: notes.filter((n) => !going.has(cellRef(n.cell))),
    replaceText: notes.filter((n) => going.has(cellRef(n.cell))),
    deleteLast: rest.filter((cell) => !inside(cell, cleared)),
  };
}
