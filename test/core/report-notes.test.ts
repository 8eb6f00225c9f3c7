/**
 * A refresh rewrites the report's rows and rows move; a note stays on its cell address. KHCT's own
 * notes are written afresh (never left stale or beside another task), a note staff put on a task
 * follows the task, and a staff note is never replaced by one of KHCT's.
 */
import { buildReport, type ReportRequest } from "../../src/core/report/build-report";
import { refreshedNotes } from "../../src/core/report/report-notes";
import { a1 } from "../../src/core/sheet/address";
import { applyPatchToSnapshot } from "../../src/core/sheet/apply";
import type { Note, SheetPatch } from "../../src/core/sheet/patch";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/sheet/snapshot";
import { validateWorkbook } from "../../src/core/validate/validate";
import { crit, plan2018 } from "../fixtures/plans";
import { workbookSnapshot } from "../fixtures/to-snapshot";

const KEY = 9; // hidden key column J of the 2018 report
const STATUS = 8;
const NOTES = 7; // "Ghi chú"

/** A plan of criteria (one task each, due 05/2024). */
const plan = (codes: string[]): WorkbookSnapshot => workbookSnapshot(plan2018([["MỨC 2"], [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], ...codes.map((c) => crit(`Tiêu chí ${c}`))]));

function report(book: WorkbookSnapshot, extra: Partial<ReportRequest> = {}) {
  const v = validateWorkbook(book);
  const r = buildReport({ plan: v.table!, detection: v.detection, period: "year", date: "2024-03-15", ...extra });
  return { ...r, sheet: applyPatchToSnapshot(null, r.patch) };
}

const rowOf = (s: SheetSnapshot, key: string) => s.values.findIndex((r) => r[KEY] === key);
const cell = (s: SheetSnapshot, key: string, col: number) => a1(rowOf(s, key), col);

/** What a host does with a patch's notes: the old ones removed, then the new ones added — refusing a cell that still has one, as Excel does. */
function notesAfter(before: Note[], patch: SheetPatch): Note[] {
  const kept = before.filter((n) => !(patch.removeNotes ?? []).includes(n.cell));
  for (const n of patch.notes ?? []) {
    if (kept.some((k) => k.cell === n.cell)) throw new Error(`a note is already on ${n.cell}`);
    kept.push(n);
  }
  return kept;
}

describe("the notes of a refreshed report", () => {
  const first = report(plan(["1.1", "1.3", "1.4"]), { date: "2024-06-20" });
  const staffNote: Note = { cell: cell(first.sheet, "1.3#1", NOTES), text: "Cô Lan: cần bổ sung minh chứng", author: "Nguyễn Thị Lan" };
  const beside: Note = { cell: "L2", text: "Nhắc: nộp trước 30/6" };
  const answerRow = (s: SheetSnapshot) => s.values.findIndex((r) => r[0] === "+ Hạn chế:");
  const onAnswer: Note = { cell: a1(answerRow(first.sheet), 2), text: "Cần viết cụ thể hơn" };
  const shown = [...first.patch.notes!, staffNote, beside, onAnswer];

  it("start with KHCT's late notes, one per late task", () => {
    expect(first.patch.notes!.map((n) => n.cell)).toEqual(["1.1#1", "1.3#1", "1.4#1"].map((k) => cell(first.sheet, k, STATUS)));
    expect(first.patch.removeNotes).toBeUndefined();
  });

  describe("after a task is added above (the rows below move one down)", () => {
    const again = report(plan(["1.1", "1.2", "1.3", "1.4"]), { date: "2024-06-25", existing: { ...first.sheet, notes: shown } });
    const after = notesAfter(shown, again.patch);

    it("KHCT's notes are today's, each beside its own task: none left from the last report", () => {
      const khct = after.filter((n) => n.text.startsWith("KHCT:"));
      expect(khct.map((n) => n.cell).sort()).toEqual(["1.1#1", "1.2#1", "1.3#1", "1.4#1"].map((k) => cell(again.sheet, k, STATUS)).sort());
      expect(khct.every((n) => n.text.includes("25/06/2024"))).toBe(true);
    });

    it("the note staff put on a task follows the task, with its author", () => {
      expect(rowOf(again.sheet, "1.3#1")).toBe(rowOf(first.sheet, "1.3#1") + 1);
      expect(after).toContainEqual({ ...staffNote, cell: cell(again.sheet, "1.3#1", NOTES) });
      expect(after.filter((n) => n.text === staffNote.text)).toHaveLength(1);
    });

    it("a note on an answer of the comment block follows the answer", () => {
      expect(answerRow(again.sheet)).toBe(answerRow(first.sheet) + 1);
      expect(after).toContainEqual({ ...onAnswer, cell: a1(answerRow(again.sheet), 2) });
    });

    it("a note outside the table stays where it is, untouched", () => {
      expect(after).toContainEqual(beside);
      expect(again.patch.removeNotes).not.toContain("L2");
      expect(again.patch.notes!.map((n) => n.cell)).not.toContain("L2");
    });
  });

  it("a note staff put where KHCT would write one stays: KHCT's is left out, the task still counted late", () => {
    const early = report(plan(["1.1", "1.3"]));
    expect(early.patch.notes).toEqual([]);
    const mine: Note = { cell: cell(early.sheet, "1.3#1", STATUS), text: "Chờ kinh phí của phường" };
    const later = report(plan(["1.1", "1.3"]), { date: "2024-06-20", existing: { ...early.sheet, notes: [mine] } });
    expect(later.stats.late).toBe(2);
    const after = notesAfter([mine], later.patch);
    expect(after.find((n) => n.cell === mine.cell)).toEqual(mine);
    expect(after.filter((n) => n.text.startsWith("KHCT:")).map((n) => n.cell)).toEqual([cell(later.sheet, "1.1#1", STATUS)]);
  });

  it("two staff notes meeting on one cell are joined, nothing lost", () => {
    const moved = new Map([[5, 6]]);
    const r = refreshedNotes([{ cell: "H6", text: "dòng 6" }, { cell: "H7", text: "dòng 7 cũ" }], moved, []);
    // H6's row moved to row 7 (0-based 6) where H7's note, on a row not written again, stays
    expect(r.notes).toEqual([{ cell: "H7", text: "dòng 7 cũ\n\ndòng 6" }]);
    expect(r.removeNotes.sort()).toEqual(["H6", "H7"]);
  });

  it("a cell holding a threaded comment gets no note: KHCT's is left out, a staff note moving onto it stays where it was", () => {
    const r = refreshedNotes([{ cell: "H6", text: "của cán bộ" }], new Map([[5, 6]]), [{ cell: "I9", text: "KHCT: quá hạn" }, { cell: "I10", text: "KHCT: quá hạn" }], ["H7", "I9"]);
    expect(r).toEqual({ notes: [{ cell: "I10", text: "KHCT: quá hạn" }], removeNotes: [] });
    expect(refreshedNotes(undefined, new Map(), [{ cell: "I9", text: "KHCT: quá hạn" }], ["$I$9"]).notes).toEqual([]);
  });

  it("without the notes read (a host that cannot read them), only KHCT's new notes are written, as before", () => {
    const fresh: Note[] = [{ cell: "I9", text: "KHCT: quá hạn" }];
    expect(refreshedNotes(undefined, new Map([[8, 9]]), fresh)).toEqual({ notes: fresh, removeNotes: [] });
  });
});
