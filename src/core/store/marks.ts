import type { Diagnostic, Severity } from "../rules/types";
import type { SheetPatch, StyledRange, Note } from "../sheet/patch";
import { cellKey } from "./cell-ref";
import type { KhctStore, MarkRecord } from "./types";

/**
 * Marks: validation paints the cells it found problems in and, where the host can, adds a note naming
 * the rule. Clearing gives each cell back exactly the fill it had, and touches nothing else: not a
 * cell it did not mark, not a fill the user changed after marking, not a note the user wrote.
 * Pure planning; the host reads what the cells look like now and applies the plan.
 */

export const MARK_FILLS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };

/** Notes KHCT writes start with this, so it never removes a note a person wrote. */
export const MARK_NOTE_PREFIX = "KHCT [";

/** How a cell looks now: its fill ("#RRGGBB", null for none) and the text of its note (null for none). */
export interface CellLook {
  fill: string | null;
  note: string | null;
  /** the cell holds a threaded comment: it cannot also hold a note, so KHCT adds none */
  comment?: boolean;
}

export type Looks = Map<string, CellLook>;

export interface MarkPlan {
  /** fills and notes to write, one patch per sheet touched */
  patches: SheetPatch[];
  /** notes (KHCT's own) to remove before the patches add new ones */
  notesToRemove: { sheet: string; cell: string }[];
  store: KhctStore;
  marked: number;
  cleared: number;
}

const SEVERITY_ORDER: Severity[] = ["error", "warning", "info"];

function sameFill(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? "").toUpperCase() === (b ?? "").toUpperCase();
}

function isOwnNote(note: string | null | undefined): boolean {
  return !!note && note.startsWith(MARK_NOTE_PREFIX);
}

/** The note on a marked cell: the rules, then what to do, in Vietnamese and in English. */
export function markNoteText(diagnostics: Diagnostic[]): string {
  const rules = [...new Set(diagnostics.map((d) => d.rule))];
  return [`${MARK_NOTE_PREFIX}${rules.join(", ")}]`, ...diagnostics.map((d) => d.message.vi), "", ...diagnostics.map((d) => d.message.en)].join("\n");
}

/** The fills and notes a plan writes, gathered per sheet. */
class PatchSet {
  private readonly bySheet = new Map<string, { styles: StyledRange[]; notes: Note[] }>();
  readonly notesToRemove: { sheet: string; cell: string }[] = [];

  private of(sheet: string): { styles: StyledRange[]; notes: Note[] } {
    let p = this.bySheet.get(sheet);
    if (!p) this.bySheet.set(sheet, (p = { styles: [], notes: [] }));
    return p;
  }

  fill(sheet: string, cell: string, fill: string | null): void {
    this.of(sheet).styles.push({ range: cell, style: { fill } });
  }

  note(sheet: string, note: Note): void {
    this.of(sheet).notes.push(note);
  }

  removeNote(sheet: string, cell: string): void {
    this.notesToRemove.push({ sheet, cell });
  }

  patches(): SheetPatch[] {
    return [...this.bySheet].map(([sheet, { styles, notes }]) => ({ sheet, blocks: [], styles, notes }));
  }
}

/** Gives a marked cell back its fill (unless the user recoloured it) and removes KHCT's note. */
function unmark(mark: MarkRecord, look: CellLook | undefined, out: PatchSet): void {
  if (!look) return; // the cell could not be read: leave it
  if (sameFill(look.fill, mark.markFill)) out.fill(mark.sheet, mark.cell, mark.originalFill);
  if (mark.note && isOwnNote(look.note)) out.removeNote(mark.sheet, mark.cell);
}

/**
 * Marks the cells of `sheet` that `diagnostics` point at, replacing the marks an earlier validation
 * left on that sheet: cells no longer in question are given back their fill, cells still in question
 * keep the fill they had before the first mark. `looks` must hold every target cell and every cell
 * already marked on the sheet. `notes` is false where the host cannot write notes (fills only).
 */
export function planMarks(args: { sheet: string; diagnostics: Diagnostic[]; store: KhctStore; looks: Looks; notes: boolean }): MarkPlan {
  const { sheet, store, looks, notes } = args;
  const out = new PatchSet();
  const byCell = new Map<string, Diagnostic[]>();
  for (const d of args.diagnostics) {
    if (!d.cell) continue;
    byCell.set(d.cell, [...(byCell.get(d.cell) ?? []), d]);
  }
  const previous = new Map<string, MarkRecord>();
  for (const m of store.marks.filter((x) => x.sheet === sheet)) {
    // a batch stopped half-way can leave two records of a cell (see pendingStore): the one whose fill the cell shows is the true one
    const other = previous.get(m.cell);
    if (!other || sameFill(looks.get(cellKey(sheet, m.cell))?.fill, m.markFill)) previous.set(m.cell, m);
  }
  let cleared = 0;
  for (const [cell, mark] of previous) {
    if (byCell.has(cell)) continue;
    unmark(mark, looks.get(cellKey(sheet, cell)), out);
    cleared++;
  }
  const marks: MarkRecord[] = store.marks.filter((m) => m.sheet !== sheet);
  for (const [cell, found] of byCell) {
    const look = looks.get(cellKey(sheet, cell));
    if (!look) continue;
    const before = previous.get(cell);
    const severity = SEVERITY_ORDER.find((s) => found.some((d) => d.severity === s)) ?? "info";
    const markFill = MARK_FILLS[severity];
    const stillOurs = before && sameFill(look.fill, before.markFill);
    const originalFill = stillOurs ? before.originalFill : look.fill;
    if (!sameFill(look.fill, markFill)) out.fill(sheet, cell, markFill);
    let note = false;
    if (notes) {
      const text = markNoteText(found);
      if (look.comment) note = false;
      else if (look.note === null) {
        out.note(sheet, { cell, text });
        note = true;
      } else if (isOwnNote(look.note)) {
        if (look.note !== text) {
          out.removeNote(sheet, cell);
          out.note(sheet, { cell, text });
        }
        note = true;
      }
    } else note = !!before?.note && isOwnNote(look.note);
    marks.push({ sheet, cell, rules: [...new Set(found.map((d) => d.rule))], originalFill, markFill, note });
  }
  return { patches: out.patches(), notesToRemove: out.notesToRemove, store: { ...store, marks }, marked: byCell.size, cleared };
}

/**
 * What to record before a mark plan paints anything: every record the plan keeps or writes, and every
 * record it drops (both, for a cell whose mark changes). Written first, so that a batch that stops
 * half-way never leaves a painted cell without a record to restore it from; the plan's own store is
 * written once the cells are painted.
 */
export function pendingStore(store: KhctStore, plan: MarkPlan): KhctStore {
  const same = (a: MarkRecord, b: MarkRecord) => a.sheet === b.sheet && a.cell === b.cell && a.markFill === b.markFill && a.originalFill === b.originalFill;
  const added = plan.store.marks.filter((m) => !store.marks.some((o) => same(o, m)));
  return { ...plan.store, marks: [...store.marks, ...added] };
}

/** Clears the marks of one sheet (or of every sheet): fills given back, KHCT's notes removed, records dropped. */
export function planClearMarks(args: { store: KhctStore; looks: Looks; sheet?: string }): MarkPlan {
  const { store, looks, sheet } = args;
  const out = new PatchSet();
  const clearing = store.marks.filter((m) => sheet === undefined || m.sheet === sheet);
  for (const mark of clearing) unmark(mark, looks.get(cellKey(mark.sheet, mark.cell)), out);
  const marks = store.marks.filter((m) => !clearing.includes(m));
  return { patches: out.patches(), notesToRemove: out.notesToRemove, store: { ...store, marks }, marked: 0, cleared: clearing.length };
}
