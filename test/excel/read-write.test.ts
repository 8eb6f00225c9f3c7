/**
 * The two operations the core relies on: a sheet read as the snapshot it expects, and a patch
 * written so that every text arrives as the same text, in the order that makes that true.
 */
import { STORE_SHEET } from "../../src/core/store";
import { applyWorkbookPatch, blockWrites, readSheets, readWorkbookState, type SheetRead } from "../../src/excel";
import { ExcelDouble, type Locale } from "../double";
import { inExcel } from "./helpers";

async function readSheet(excel: ExcelDouble, name: string): Promise<SheetRead> {
  return inExcel(excel, async (context, caps) => {
    const state = await readWorkbookState(context, caps);
    const [read] = await readSheets(context, [{ info: state.sheets.find((s) => s.name === name)!, kind: "plan" }], caps, state.name);
    return read;
  });
}

const TRICKY_TEXTS = ["=x", "- Tham mưu", "-Hiệu trưởng", "+84 912 345 678", "1.10", "1,10", "9/2022", "5/9/2022", "10.000.000", "1,000", "007", "50%", "TRUE", "'trích dẫn'", "Tiêu chí 1.10", "09/2023-05/2024", "  cách đầu  "];

describe.each<Locale>(["en-US", "vi-VN"])("text written on a %s PC arrives as the same text", (locale) => {
  it("reads back every tricky string exactly, as text, next to numbers and formulas that stay numbers and formulas", async () => {
    const excel = new ExcelDouble({ locale });
    await inExcel(excel, async (context, caps) => {
      const state = await readWorkbookState(context, caps);
      await applyWorkbookPatch(context, { sheets: [{ sheet: "Sheet1", blocks: [{ top: 0, left: 0, values: [...TRICKY_TEXTS.map((t) => [t, 1.1]), [{ formula: "=B1*2", cached: 2.2 }, null]] }] }] }, state, caps);
    });
    const { snapshot } = await readSheet(excel, "Sheet1");
    expect(snapshot.values.slice(0, TRICKY_TEXTS.length).map((r) => r[0])).toEqual(TRICKY_TEXTS);
    expect(snapshot.formulas!.slice(0, TRICKY_TEXTS.length).map((r) => r[0])).toEqual(TRICKY_TEXTS.map(() => null));
    expect(snapshot.values.slice(0, TRICKY_TEXTS.length).map((r) => r[1])).toEqual(TRICKY_TEXTS.map(() => 1.1));
    expect([snapshot.values[TRICKY_TEXTS.length][0], snapshot.formulas![TRICKY_TEXTS.length][0]]).toEqual([2.2, "=B1*2"]);
  });
});

describe("writing a patch", () => {
  it("sets the text format only on short strings Excel would change, General (or the patch's format) on the rest, and leaves empty cells' formats alone", () => {
    const long = `- ${"Tham mưu xây dựng kế hoạch. ".repeat(12)}`;
    const w = blockWrites({ top: 4, left: 1, values: [["a", "1.10", 1, { formula: "=1", cached: 1 }, null, long, "'trích"]] }, [{ range: "E5", style: { numberFormat: "0.0" } }]);
    expect(w).toEqual({ address: "B5:H5", numberFormats: [["General", "@", "General", "0.0", null, "General", "General"]], inputs: [["a", "1.10", 1, "=1", "", `'${long}`, "''trích"]] });
  });

  it("creates a missing sheet under its own name, very hidden, and a sheet asked to be created under a free name", async () => {
    const excel = new ExcelDouble({ sheets: ["Báo cáo"] });
    const applied = await inExcel(excel, async (context, caps) =>
      applyWorkbookPatch(
        context,
        {
          sheets: [
            { sheet: "Báo cáo", create: true, blocks: [{ top: 0, left: 0, values: [[{ formula: "=COUNTA('KHCT lists'!A1:A3)", cached: 3 }]] }], validations: [{ range: "B2:B5", source: "='KHCT lists'!$A$1:$A$3" }] },
            { sheet: "KHCT lists", visibility: "veryHidden", blocks: [{ top: 0, left: 0, values: [["Mức 1"], ["Mức 2"], ["Mức 3"]] }] },
          ],
        },
        await readWorkbookState(context, caps),
        caps,
      ),
    );
    expect(applied.sheets).toEqual([
      { asked: "Báo cáo", name: "Báo cáo (2)", created: true },
      { asked: "KHCT lists", name: "KHCT lists", created: true },
    ]);
    expect(excel.sheet("KHCT lists").visibility).toBe("VeryHidden");
    expect(excel.look("Báo cáo (2)").value("A1")).toBe(3);
  });

  it("points formulas, dropdown sources and names at the sheet actually created when its name was taken", async () => {
    const excel = new ExcelDouble({ sheets: ["Sheet1", "Danh mục"] });
    await inExcel(excel, async (context, caps) =>
      applyWorkbookPatch(
        context,
        {
          sheets: [
            { sheet: "Danh mục", create: true, blocks: [{ top: 0, left: 0, values: [["a"], ["b"]] }] },
            { sheet: "Sheet1", blocks: [{ top: 0, left: 0, values: [[{ formula: "=COUNTA('Danh mục'!A1:A2)", cached: 2 }]] }], validations: [{ range: "B1", source: "='Danh mục'!$A$1:$A$2" }], names: [{ name: "KHCT_LIST", range: "'Danh mục'!$A$1:$A$2" }] },
          ],
        },
        await readWorkbookState(context, caps),
        caps,
      ),
    );
    expect(excel.look("Sheet1").formula("A1")).toBe("=COUNTA('Danh mục (2)'!A1:A2)");
    expect(excel.sheet("Sheet1").validations[0].rule).toEqual({ list: { inCellDropDown: true, source: "='Danh mục (2)'!$A$1:$A$2" } });
    expect(excel.model.names.get("KHCT_LIST")).toBe("'Danh mục (2)'!$A$1:$A$2");
  });

  it("applies styles, widths in Excel's points, merges, freeze panes, print setup and notes", async () => {
    const excel = new ExcelDouble();
    await inExcel(excel, async (context, caps) =>
      applyWorkbookPatch(
        context,
        {
          sheets: [
            {
              sheet: "Sheet1",
              blocks: [{ top: 0, left: 0, values: [["KẾ HOẠCH", null, null]] }],
              merges: ["A1:C1"],
              styles: [{ range: "A1:C1", style: { font: { name: "Times New Roman", size: 13, bold: true }, fill: "#D9E2F3", hAlign: "center", wrap: true, border: "thin" } }],
              columnWidths: [{ col: 1, width: 10 }],
              rowHeights: [{ row: 0, height: 30 }],
              hiddenColumns: [2],
              freeze: { rows: 8, columns: 2 },
              print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: "$8:$8", printArea: "A1:H60", margins: { left: 0.5, right: 0.5, top: 1, bottom: 1 } },
              notes: [{ cell: "A1", text: "Ghi chú" }],
            },
          ],
        },
        await readWorkbookState(context, caps),
        caps,
      ),
    );
    const sheet = excel.sheet("Sheet1");
    expect(sheet.formatAt(0, 1)).toMatchObject({ fontName: "Times New Roman", fontSize: 13, bold: true, fill: "#D9E2F3", hAlign: "Center", wrap: true, borders: { EdgeTop: { style: "Continuous", weight: "Thin" }, InsideVertical: { style: "Continuous" } } });
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
    // 10 characters: 10 digits of 7 px + 5 px of margins and grid line = 75 px = 56.25 pt, as the .xlsx host stores it
    expect([sheet.columnWidths.get(1), sheet.rowHeights.get(0), sheet.hiddenColumns.has(2)]).toEqual([56.25, 30, true]);
    expect(sheet.freeze).toEqual({ rows: 8, columns: 2 });
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$8:$8", printArea: "A1:H60", leftMargin: 36, topMargin: 72 });
    expect(sheet.noteAt(0, 0)).toBe("Ghi chú");
  });
});

describe("reading a sheet", () => {
  it("gives the used range by values (not a million rows for a formatted column) at its offset, with absolute hidden rows and merges", async () => {
    const excel = new ExcelDouble();
    excel.user.formatColumns("Sheet1", "A:Z", "@");
    excel.user.type("Sheet1", "C3", "Tiêu chí 1.1");
    excel.user.type("Sheet1", "D6", "x");
    excel.user.hideRows("Sheet1", 4, 5);
    excel.user.merge("Sheet1", "C3:D3");
    const { snapshot, limitations } = await readSheet(excel, "Sheet1");
    expect(snapshot).toMatchObject({ name: "Sheet1", visible: true, top: 2, left: 2, merges: ["C3:D3"], hiddenRows: [3, 4] });
    expect(snapshot.values).toEqual([["Tiêu chí 1.1", null], [null, null], [null, null], [null, "x"]]);
    expect(limitations).toEqual([]);
  });

  it("finds the same hidden rows on Excel 2019 (visible view) even with a hidden first column, but cannot read merges", async () => {
    const excel = new ExcelDouble({ version: "office-2019-volume" });
    excel.user.type("Sheet1", "A1", "a");
    excel.user.type("Sheet1", "B9", "b");
    excel.user.hideRows("Sheet1", 2, 3);
    excel.user.hideColumns("Sheet1", "A:A");
    excel.user.merge("Sheet1", "A1:B1");
    const { snapshot, limitations } = await readSheet(excel, "Sheet1");
    expect(snapshot.hiddenRows).toEqual([1, 2]);
    expect([snapshot.merges, limitations]).toEqual([[], ["merges-unread"]]);
  });

  it("keeps only real formulas, gives errors as their text, and shows text as Excel displays it", async () => {
    const excel = new ExcelDouble({ locale: "vi-VN" });
    excel.user.type("Sheet1", "A1", "=-Hiệu trưởng");
    excel.user.type("Sheet1", "A2", "1,5");
    excel.user.type("Sheet1", "A3", "9/2022");
    excel.sheet("Sheet1").ensure(3, 0).format.numberFormat = "@";
    excel.user.type("Sheet1", "A4", "=x");
    const { snapshot } = await readSheet(excel, "Sheet1");
    expect(snapshot.values.map((r) => r[0])).toEqual(["#NAME?", 1.5, 44805, "=x"]);
    expect(snapshot.formulas!.map((r) => r[0])).toEqual(["=-Hiệu trưởng", null, null, null]);
    expect(snapshot.text!.map((r) => r[0])).toEqual(["#NAME?", "1,5", "Thg 9-22", "=x"]);
    expect(snapshot.numberFormats!.map((r) => r[0])).toEqual(["General", "General", "mmm-yy", "@"]);
  });

  it("reads an empty sheet as no rows, and the data sheet as not visible", async () => {
    const excel = new ExcelDouble({ sheets: ["Sheet1", STORE_SHEET] });
    excel.sheet(STORE_SHEET).visibility = "VeryHidden";
    expect((await readSheet(excel, "Sheet1")).snapshot).toMatchObject({ values: [], top: 0, left: 0 });
    expect((await readSheet(excel, STORE_SHEET)).snapshot.visible).toBe(false);
  });
});
