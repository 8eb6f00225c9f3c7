/**
 * From ExcelApi 1.20 Excel keeps an add-in's writes on the user's undo stack, and
 * `Excel.run({ mergeUndoGroup: true }, …)` makes a batch one undo step. Each command the pane runs
 * (insert template, fix, fix all, build report, mark) is one group: one Ctrl+Z takes it back whole.
 * Older Excel cannot undo add-in writes: there the pane says KHCT's own Undo is the one to use.
 */
import { validateInExcel } from "../../src/excel";
import { availableUndo, applyFixes, checkPlan, insertTemplate, makeReport, storeProfile } from "../../src/taskpane/operations";
import { ExcelDouble, installOfficeGlobals, type ExcelDoubleOptions } from "../double";
import { doc000 } from "../fixtures/documents/doc000";
import { excelWith, inExcel, storeIn } from "./helpers";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function office(options: ExcelDoubleOptions = {}): ExcelDouble {
  const excel = excelWith(doc000, { locale: "vi-VN", trackUndo: true, ...options });
  uninstall = installOfficeGlobals(globalThis as unknown as Record<string, unknown>, excel);
  return excel;
}

/** What the user sees of the workbook: every sheet but KHCT's very hidden ones — cells, formats, notes, merges, layout. */
function visible(excel: ExcelDouble): string {
  return JSON.stringify(
    excel.model.sheets
      .filter((s) => !s.name.startsWith("KHCT_"))
      .map((s) => ({ name: s.name, cells: [...s.cells], notes: [...s.notes], merges: s.merges, freeze: s.freeze, widths: [...s.columnWidths], visibility: s.visibility })),
  );
}

describe("on Excel with undo groups (ExcelApi 1.20)", () => {
  it("takes back a whole command with one Ctrl+Z: marking, fixing all, the report, the template", async () => {
    const excel = office();
    expect(availableUndo()).toBe("excel");
    await storeProfile({ schoolType: "thpt" });

    const beforeMarks = visible(excel);
    await checkPlan({}, true);
    expect(visible(excel)).not.toBe(beforeMarks);
    expect(excel.user.undo()).toBe(true);
    expect(visible(excel)).toBe(beforeMarks);
    expect((await storeIn(excel)).marks).toEqual([]);

    const { validation } = await inExcel(excel, (c, caps) => validateInExcel(c, caps));
    const fixable = validation.diagnostics.filter((d) => d.fix);
    const beforeFixes = visible(excel);
    await applyFixes(validation.sheet, fixable);
    expect(excel.user.undo()).toBe(true);
    expect(visible(excel)).toBe(beforeFixes);
    expect((await storeIn(excel)).fixes).toEqual([]);

    const beforeReport = visible(excel);
    await makeReport({}, "year", "2024-03-01");
    expect(excel.user.undo()).toBe(true);
    expect(visible(excel)).toBe(beforeReport);

    const beforeTemplate = visible(excel);
    await insertTemplate({ standardSet: "tt18-2018", schoolType: "thpt" });
    expect(excel.user.undo()).toBe(true);
    expect(visible(excel)).toBe(beforeTemplate);
    // the dropdown lists' sheet was made (very hidden) outside the group: it stays, empty, and the next template fills it again
    expect([excel.sheet("KHCT_DM_tt18-2018").visibility, excel.sheet("KHCT_DM_tt18-2018").cells.size]).toEqual(["VeryHidden", 0]);
  });

  it("creates KHCT's very hidden sheets outside the group (Excel cannot undo a sheet's visibility), so the grouped write never fails", async () => {
    const excel = office();
    await checkPlan({}, true); // the first mark creates KHCT_DATA
    expect(excel.sheet("KHCT_DATA").visibility).toBe("VeryHidden");
    expect(excel.user.undo()).toBe(true);
    expect(excel.sheet("KHCT_DATA").visibility).toBe("VeryHidden"); // left, empty
    expect((await storeIn(excel)).marks).toEqual([]);
    expect(excel.look("Kế hoạch").fill("C11")).toBeNull();
  });
});

describe("on Excel without undo groups (before ExcelApi 1.20)", () => {
  it("cannot undo what KHCT wrote, and the pane says KHCT's Undo is the one to use", async () => {
    const excel = office({ version: "office-2021" });
    expect(availableUndo()).toBe("journal");
    await checkPlan({}, true);
    expect(excel.user.undo()).toBe(false);
  });
});

describe("the double's undo groups", () => {
  it("refuse, inside a group, a write Excel cannot undo (a sheet's visibility)", async () => {
    const excel = new ExcelDouble({ trackUndo: true });
    excel.user.addSheet("Ẩn");
    await expect(excel.run({ mergeUndoGroup: true }, async (context) => void (context.workbook.worksheets.getItem("Ẩn").visibility = "Hidden" as Excel.SheetVisibility))).rejects.toMatchObject({ code: "UndoNotSupported" });
    await excel.run(async (context) => void (context.workbook.worksheets.getItem("Ẩn").visibility = "Hidden" as Excel.SheetVisibility));
    expect(excel.sheet("Ẩn").visibility).toBe("Hidden");
  });

  it("make a batch of writes one undo step; without a group each write is one", async () => {
    const write = (excel: ExcelDouble, options?: { mergeUndoGroup: boolean }) => {
      const batch = async (context: Excel.RequestContext) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["a"]];
        sheet.getRange("A2").values = [["b"]];
      };
      return options ? excel.run(options, batch) : excel.run(batch);
    };
    const grouped = new ExcelDouble({ trackUndo: true });
    await write(grouped, { mergeUndoGroup: true });
    grouped.user.undo();
    expect([grouped.look("Sheet1").value("A1"), grouped.look("Sheet1").value("A2")]).toEqual([null, null]);
    const ungrouped = new ExcelDouble({ trackUndo: true });
    await write(ungrouped);
    ungrouped.user.undo();
    expect([ungrouped.look("Sheet1").value("A1"), ungrouped.look("Sheet1").value("A2")]).toEqual(["a", null]);
  });
});
