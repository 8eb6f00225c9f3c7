/**
 * What KHCT keeps in a workbook lives in a very hidden sheet any program can read: the add-in, and
 * the `khct` command through exceljs. Cells are kept as references Excel moves with the cell.
 */
import ExcelJS from "exceljs";
import { applyPatchToSnapshot } from "../../src/core/sheet/apply";
import type { Diagnostic } from "../../src/core/rules/types";
import { type CellLook, cellReferenceFormula, findStoreSheet, MARK_FILLS, parseCellReference, pendingStore, planClearMarks, planMarks, readStore, STORE_SHEET, storePatch, withoutStoreSheet, type KhctStore } from "../../src/core/store";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";

const store: KhctStore = {
  profile: { schoolType: "thpt", standardSet: "tt18-2018", schoolName: "Trường THPT Thạnh Lộc", governingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", year: "2023-2024" },
  marks: [{ sheet: "Kế hoạch", cell: "C11", rules: ["level/unavailable"], originalFill: "#FFFF00", markFill: "#FFC7CE", note: true }],
  fixes: [{ id: "F1", sheet: "Kế hoạch", cell: "E20", rule: "cell/formula-text", before: { value: "#NAME?", formula: "=-Hiệu trưởng", numberFormat: "General" }, after: "-Hiệu trưởng", at: "2024-03-01T08:00:00Z" }],
};

describe("the KHCT_DATA sheet", () => {
  it("reads back what was written", () => {
    expect(readStore(applyPatchToSnapshot(null, storePatch(store, undefined)))).toEqual(store);
  });

  it("clears the rows a longer store left when it is written shorter", () => {
    const long = applyPatchToSnapshot(null, storePatch({ ...store, marks: Array(20).fill(store.marks[0]) }, undefined));
    const patch = storePatch(store, long);
    expect(patch.clear).toEqual(["A13:K31"]); // 12 rows now, 31 before
    expect(readStore(applyPatchToSnapshot(long, patch))).toEqual(store);
  });

  it("keeps a cell as a formula Excel rewrites, and drops a record whose cell was deleted", () => {
    expect(cellReferenceFormula("Kế hoạch của 'A'", "C11")).toBe("='Kế hoạch của ''A'''!C11");
    expect(parseCellReference("='Kế hoạch của ''A'''!$C$11")).toEqual({ sheet: "Kế hoạch của 'A'", cell: "C11" });
    expect(parseCellReference("=Sheet1!B2")).toEqual({ sheet: "Sheet1", cell: "B2" });
    expect(parseCellReference("='Kế hoạch'!#REF!")).toBeNull();
    const written = applyPatchToSnapshot(null, storePatch(store, undefined));
    const markRow = written.values.findIndex((r) => r[0] === "mark");
    written.formulas![markRow][1] = "='Kế hoạch'!#REF!";
    expect(readStore(written).marks).toEqual([]);
  });

  it("is read by the khct command (exceljs) as the add-in wrote it, and left out of validation", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Kế hoạch").getCell("C11").value = "Đạt mức 3 (hiện trạng mức 2)";
    const ws = wb.addWorksheet(STORE_SHEET, { state: "veryHidden" });
    const written = applyPatchToSnapshot(null, storePatch(store, undefined));
    written.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const formula = written.formulas?.[r]?.[c];
        if (formula) ws.getCell(r + 1, c + 1).value = { formula: formula.slice(1), result: "" } as ExcelJS.CellFormulaValue;
        else if (value !== null) ws.getCell(r + 1, c + 1).value = value;
      }),
    );
    const workbook = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(findStoreSheet(workbook)?.visible).toBe(false);
    expect(readStore(findStoreSheet(workbook))).toEqual(store);
    expect(withoutStoreSheet(workbook).sheets.map((s) => s.name)).toEqual(["Kế hoạch"]);
  });
});

function finding(cell: string, rule = "level/unavailable", severity: Diagnostic["severity"] = "error"): Diagnostic {
  return { rule, severity, cell, row: 0, col: 0, message: { vi: `vi ${rule}`, en: `en ${rule}` } };
}

describe("planning marks", () => {
  const none: CellLook = { fill: null, note: null };

  it("never replaces or removes a note a person wrote", () => {
    const looks = new Map([["Kế hoạch!C11", { fill: null, note: "Ghi chú của cô Lan" }]]);
    const plan = planMarks({ sheet: "Kế hoạch", diagnostics: [finding("C11")], store: { ...store, marks: [] }, looks, notes: true });
    expect(plan.patches[0].notes).toEqual([]);
    expect(plan.store.marks[0].note).toBe(false);
    const cleared = planClearMarks({ store: plan.store, looks: new Map([["Kế hoạch!C11", { fill: MARK_FILLS.error, note: "Ghi chú của cô Lan" }]]) });
    expect(cleared.notesToRemove).toEqual([]);
    expect(cleared.patches[0].styles).toEqual([{ range: "C11", style: { fill: null } }]);
  });

  it("keeps the fill from before the first mark when a cell stays in question, and gives back the fill of a cell no longer in question", () => {
    const first = planMarks({ sheet: "Kế hoạch", diagnostics: [finding("C11"), finding("C12")], store: { ...store, marks: [] }, looks: new Map<string, CellLook>([["Kế hoạch!C11", { fill: "#FFFF00", note: null }], ["Kế hoạch!C12", none]]), notes: false });
    const again = planMarks({
      sheet: "Kế hoạch",
      diagnostics: [finding("C11", "standard/title-mismatch", "warning")],
      store: first.store,
      looks: new Map([["Kế hoạch!C11", { fill: MARK_FILLS.error, note: null }], ["Kế hoạch!C12", { fill: MARK_FILLS.error, note: null }]]),
      notes: false,
    });
    expect(again.store.marks).toEqual([{ sheet: "Kế hoạch", cell: "C11", rules: ["standard/title-mismatch"], originalFill: "#FFFF00", markFill: MARK_FILLS.warning, note: false }]);
    expect(again.patches[0].styles).toEqual([
      { range: "C12", style: { fill: null } },
      { range: "C11", style: { fill: MARK_FILLS.warning } },
    ]);
    expect([again.marked, again.cleared]).toEqual([1, 1]);
  });

  it("records before painting: the pending store holds the old and the new record of a re-marked cell, and the next plan trusts the one the cell shows", () => {
    const first = planMarks({ sheet: "Kế hoạch", diagnostics: [finding("C11")], store: { ...store, marks: [] }, looks: new Map([["Kế hoạch!C11", { fill: "#FFFF00", note: null }]]), notes: false });
    const again = planMarks({ sheet: "Kế hoạch", diagnostics: [finding("C11", "standard/title-mismatch", "warning")], store: first.store, looks: new Map([["Kế hoạch!C11", { fill: MARK_FILLS.error, note: null }]]), notes: false });
    const pending = pendingStore(first.store, again);
    expect(pending.marks.map((m) => m.markFill)).toEqual([MARK_FILLS.error, MARK_FILLS.warning]);
    // the batch stopped before repainting: the cell still shows the error fill
    const next = planMarks({ sheet: "Kế hoạch", diagnostics: [], store: pending, looks: new Map([["Kế hoạch!C11", { fill: MARK_FILLS.error, note: null }]]), notes: false });
    expect(next.patches[0].styles).toEqual([{ range: "C11", style: { fill: "#FFFF00" } }]);
    expect(planClearMarks({ store: pending, looks: new Map([["Kế hoạch!C11", { fill: MARK_FILLS.error, note: null }]]) }).patches[0].styles).toEqual([{ range: "C11", style: { fill: "#FFFF00" } }]);
  });
});
