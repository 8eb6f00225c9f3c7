import { noteWrites } from "../../src/excel/note-writes";

describe("the order the Excel host writes notes over a sheet's notes", () => {
  it("adds on empty cells, replaces the text of a note that goes where a new one lands, deletes the rest last — or first, inside what the patch clears", () => {
    const w = noteWrites({
      // H26's note moves to H27 (no note there); H25's moves to H26; I13's KHCT note is rewritten; I90 lies in the cleared tail
      removeNotes: ["H25", "H26", "I13", "$I$90"],
      notes: [
        { cell: "H27", text: "ghi chú của H26" },
        { cell: "h26", text: "ghi chú của H25" },
        { cell: "I13", text: "KHCT: quá hạn" },
        { cell: "I14", text: "KHCT: quá hạn" },
      ],
      clear: ["A80:J120"],
    });
    expect(w).toEqual({
      deleteBeforeClear: ["I90"],
      add: [
        { cell: "H27", text: "ghi chú của H26" },
        { cell: "I14", text: "KHCT: quá hạn" },
      ],
      replaceText: [
        { cell: "h26", text: "ghi chú của H25" },
        { cell: "I13", text: "KHCT: quá hạn" },
      ],
      deleteLast: ["H25"],
    });
  });

  it("a patch that only writes notes (a new report) adds them all", () => {
    expect(noteWrites({ notes: [{ cell: "I9", text: "KHCT: quá hạn" }] })).toEqual({ deleteBeforeClear: [], add: [{ cell: "I9", text: "KHCT: quá hạn" }], replaceText: [], deleteLast: [] });
  });
});
