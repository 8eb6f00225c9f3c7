/**
 * When Excel cannot do what was asked — a protected sheet, a cell being edited, a read-only workbook,
 * an Excel too old — staff get one message saying what to do, in Vietnamese and English, and the
 * workbook is exactly as it was. The pane reaches the adapter through `withExcel`, which these tests
 * drive with the double installed in place of office.js.
 */
import { templateCommand } from "../../src/app/excel-commands";
import { clearMarks, limitationMessages, readProfile, runCommand, saveProfile, validateAndMark, validateInExcel, withExcel, type ExcelCapabilities } from "../../src/excel";
import { ExcelDouble, installOfficeGlobals, type ExcelDoubleOptions } from "../double";
import { doc000 } from "../fixtures/documents/doc000";
import { excelWith, failure, patchFromGrid } from "./helpers";

const plan = doc000.sheets[0];

/** The whole workbook as data, to assert that nothing changed. */
function state(excel: ExcelDouble): string {
  return JSON.stringify(excel.model.sheets.map((s) => ({ ...s, cells: [...s.cells], notes: [...s.notes], hiddenRows: [...s.hiddenRows], columnWidths: [...s.columnWidths] })));
}

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function officeWith(options: ExcelDoubleOptions = {}): ExcelDouble {
  const excel = excelWith(doc000, options);
  uninstall = installOfficeGlobals(globalThis as unknown as Record<string, unknown>, excel);
  return excel;
}

const rewritePlan = (context: Excel.RequestContext, caps: ExcelCapabilities) => runCommand(context, caps, { read: ["Kế hoạch"], compute: () => ({ sheets: [patchFromGrid(plan), { sheet: "Báo cáo", blocks: [{ top: 0, left: 0, values: [["x"]] }] }] }) });

describe("a command Excel would refuse half-way writes nothing and says what to do", () => {
  it("refuses a protected plan sheet before writing, naming the sheet and how to unprotect it", async () => {
    const excel = officeWith();
    excel.user.protect("Kế hoạch");
    const before = state(excel);
    const e = await failure(withExcel(rewritePlan));
    expect(e.kind).toBe("protected-sheet");
    expect(e.text.vi).toBe('Trang tính "Kế hoạch" đang được bảo vệ nên KHCT không ghi vào được. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại. KHCT chưa ghi gì vào tệp.');
    expect(e.text.en).toContain("Unprotect it (Review › Unprotect Sheet)");
    expect(state(excel)).toBe(before); // not even the new "Báo cáo" sheet queued before it
  });

  it("refuses to mark a protected sheet, and creates no data sheet", async () => {
    const excel = officeWith();
    excel.user.protect("Kế hoạch");
    const before = state(excel);
    expect((await failure(withExcel((c, caps) => validateAndMark(c, caps)))).kind).toBe("protected-sheet");
    expect(state(excel)).toBe(before);
  });

  it("asks to finish editing the cell when Excel is in cell-edit mode", async () => {
    const excel = officeWith();
    excel.user.startEditingCell();
    const before = state(excel);
    const e = await failure(withExcel(rewritePlan));
    expect([e.kind, e.code, e.text.vi]).toEqual(["cell-edit-mode", "InvalidOperationInCellEditMode", "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại. KHCT chưa ghi gì vào tệp."]);
    expect(state(excel)).toBe(before);
  });

  it("refuses to add a sheet to a workbook whose structure is protected, saying so (not 'a sheet is protected')", async () => {
    const excel = officeWith();
    excel.user.protectWorkbook();
    const before = state(excel);
    const e = await failure(withExcel((c, caps) => runCommand(c, caps, templateCommand({ standardSet: "tt18-2018" }, "2024-03-01"))));
    expect(e.kind).toBe("structure-protected");
    expect(e.text.vi).toContain("Cấu trúc sổ làm việc đang được bảo vệ");
    expect(e.text.en).toContain("Review › Protect Workbook");
    expect(state(excel)).toBe(before);
    // marking needs KHCT's data sheet, which it would have to add
    expect((await failure(withExcel((c, caps) => validateAndMark(c, caps)))).kind).toBe("structure-protected");
    expect(state(excel)).toBe(before);
  });

  it("writes into existing sheets of a structure-protected workbook (no sheet added, none hidden again)", async () => {
    const excel = officeWith();
    await withExcel((c, caps) => saveProfile(c, caps, { schoolType: "thpt" }));
    excel.user.protectWorkbook();
    const { marked } = await withExcel((c, caps) => validateAndMark(c, caps));
    expect(marked).toBeGreaterThan(0);
    expect(excel.look("Kế hoạch").fill("C11")).toBe("#FFC7CE");
  });

  it("goes on in a read-only workbook (desktop Excel lets it be edited, only saving is blocked) and warns", async () => {
    const excel = officeWith({ version: "office-2021" });
    excel.user.openReadOnly();
    await withExcel((c, caps) => saveProfile(c, caps, { schoolType: "thpt" }));
    expect(excel.sheetNames()).toContain("KHCT_DATA");
    const result = await withExcel(rewritePlan);
    expect(result.limitations).toContain("read-only");
    expect(limitationMessages["read-only"].vi).toContain("Lưu thành");
    expect((await withExcel((c, caps) => readProfile(c, caps))).readOnly).toBe(true);
  });

  it("reports Excel's refusal where a read-only workbook refuses writes (2019 cannot tell beforehand), with nothing written", async () => {
    const excel = officeWith({ version: "office-2019-volume" });
    excel.user.openReadOnly({ refusesWrites: true });
    const before = state(excel);
    const e = await failure(withExcel(rewritePlan));
    expect([e.kind, e.code]).toEqual(["access-denied", "AccessDenied"]);
    expect(e.text.vi).toContain("chỉ đọc");
    expect(state(excel)).toBe(before);
  });

  it("says that Excel 2016 is too old without touching the workbook", async () => {
    const excel = officeWith({ version: "office-2016-volume" });
    const e = await failure(withExcel((c, caps) => validateInExcel(c, caps)));
    expect(e.kind).toBe("host-too-old");
    expect(e.text.vi).toContain("Office 2021");
    expect(excel.stats.roundTrips).toBe(0);
  });

  it("names a sheet that was renamed or deleted", async () => {
    officeWith();
    const e = await failure(withExcel((c, caps) => validateInExcel(c, caps, { sheet: "Kế hoạch cũ" })));
    expect([e.kind, e.text.en]).toEqual(["sheet-missing", 'Sheet "Kế hoạch cũ" was not found; it may have been renamed or deleted. Check the plan again.']);
  });
});

describe("on Excel 2019 (ExcelApi 1.7) KHCT does what the host allows and says what it could not", () => {
  it("validates without merged areas, and says so", async () => {
    officeWith({ version: "office-2019-volume" });
    const { limitations, validation } = await withExcel((c, caps) => validateInExcel(c, caps));
    expect(limitations).toEqual(["merges-unread"]);
    expect(validation.table?.range).toBe("A8:I28");
  });

  it("marks with fills only (no notes before ExcelApi 1.18), and clears them again", async () => {
    const excel = officeWith({ version: "office-2019-volume" });
    const marked = await withExcel((c, caps) => validateAndMark(c, caps));
    expect(marked.limitations).toContain("notes-unavailable");
    expect(excel.look("Kế hoạch").fill("C11")).toBe("#FFC7CE");
    expect(excel.sheet("Kế hoạch").notes.size).toBe(0);
    await withExcel((c, caps) => clearMarks(c, caps));
    expect(excel.look("Kế hoạch").fill("C11")).toBeNull();
  });

  it("writes a sheet without dropdowns and print setup, and says so", async () => {
    const excel = officeWith({ version: "office-2019-volume" });
    const result = await withExcel((c, caps) =>
      runCommand(c, caps, {
        read: [],
        compute: () => ({ sheets: [{ sheet: "Mẫu", create: true, blocks: [{ top: 0, left: 0, values: [["Mức"]] }], validations: [{ range: "A2:A9", items: ["Mức 1", "Mức 2"] }], print: { orientation: "landscape", paper: "A4", fitToWidth: true }, freeze: { rows: 1 } }] }),
      }),
    );
    expect(result.limitations).toEqual(["dropdowns-unavailable", "print-setup-unavailable"]);
    expect(excel.sheet("Mẫu").freeze).toEqual({ rows: 1, columns: 0 });
  });
});
