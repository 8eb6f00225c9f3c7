/**
 * `khct template ke-hoach.xlsx`: KHCT adds its sheet to a school's own workbook. The school's file
 * (features.xlsx: a chart, images, notes, conditional formatting, a dropdown list, names, print
 * setup, a hidden sheet) must come out whole.
 */
import type { SheetPatch } from "../../src/core/sheet/patch";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { writePatches } from "../../src/xlsx/write-patches";
import { WorkbookWriteError } from "../../src/xlsx/write-errors";
import { doc000 } from "../fixtures/documents/doc000";
import { gridToXlsx } from "../fixtures/to-xlsx";
import { elements, featuresWorkbook, noteText, openInExcelJs, partText, zipParts } from "./helpers";

/** The shared parts adding a sheet must touch; nothing else of the original may change. */
const SHARED_PARTS = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"];

const PLAN_SHEET: SheetPatch = {
  sheet: "Kế hoạch cải tiến",
  create: true,
  blocks: [
    {
      top: 0,
      left: 0,
      values: [
        ["TT", "Tiêu chí", "Công việc", "Kinh phí"],
        [1, "1.10", "- Tham mưu", 1500000],
        [2, "9/2022", "+ Chỉ đạo", 2500000],
        ["Tổng", null, null, { formula: "=SUM(D2:D3)", cached: 4000000 }],
      ],
    },
  ],
  styles: [{ range: "A1:D1", style: { font: { bold: true }, border: "thin" } }, { range: "D2:D4", style: { numberFormat: "#,##0" } }],
  merges: ["A4:B4"],
  notes: [{ cell: "B2", text: "Mã tiêu chí để dạng chữ." }],
  print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: "$1:$1" },
  names: [{ name: "KHCT_PLAN", range: "'Kế hoạch cải tiến'!$A$1:$D$4" }],
};

/** The inside of the first element `name` of a part. */
function inner(xml: string, name: string): string {
  const el = elements(xml, name)[0] ?? "";
  return el.replace(/^<[^>]*>/, "").replace(new RegExp(`</${name}>$`), "");
}

describe("adding KHCT's sheet to a school's workbook", () => {
  const input = featuresWorkbook();

  it("copies every part it does not have to touch byte for byte, and adds only the new sheet's parts", async () => {
    const before = await zipParts(input);
    const after = await zipParts((await writePatches(input, [PLAN_SHEET])).output);
    for (const [path, bytes] of before) {
      if (!SHARED_PARTS.includes(path)) expect({ path, same: after.get(path)?.equals(bytes) }).toEqual({ path, same: true });
    }
    const added = [...after.keys()].filter((p) => !before.has(p)).sort();
    expect(added).toEqual(["xl/comments2.xml", "xl/drawings/vmlDrawing3.vml", "xl/worksheets/_rels/sheet5.xml.rels", "xl/worksheets/sheet5.xml"]);
  });

  it("keeps in the shared parts everything they held: content types, relationships, sheets, names, formats, strings", async () => {
    const { output } = await writePatches(input, [PLAN_SHEET]);
    const was = (path: string) => partText(input, path);
    const now = (path: string) => partText(output, path);
    for (const el of [...elements(await was("[Content_Types].xml"), "Default"), ...elements(await was("[Content_Types].xml"), "Override")]) {
      expect(await now("[Content_Types].xml")).toContain(el);
    }
    for (const el of elements(await was("xl/_rels/workbook.xml.rels"), "Relationship")) expect(await now("xl/_rels/workbook.xml.rels")).toContain(el);
    const workbook = await now("xl/workbook.xml");
    for (const name of ["sheet", "definedName", "workbookView", "calcPr", "extLst"]) {
      for (const el of elements(await was("xl/workbook.xml"), name)) expect(workbook).toContain(el);
    }
    for (const name of ["numFmts", "fonts", "fills", "borders", "cellXfs"]) {
      expect(inner(await now("xl/styles.xml"), name).startsWith(inner(await was("xl/styles.xml"), name))).toBe(true);
    }
    for (const name of ["cellStyleXfs", "cellStyles", "dxfs", "colors"]) expect(elements(await now("xl/styles.xml"), name)).toEqual(elements(await was("xl/styles.xml"), name));
    expect(inner(await now("xl/sharedStrings.xml"), "sst").startsWith(inner(await was("xl/sharedStrings.xml"), "sst"))).toBe(true);
  });

  it("leaves the school's sheets reading exactly as before, and the new sheet reads as the patch wrote it", async () => {
    const before = await readWorkbookBuffer(input);
    const after = await readWorkbookBuffer((await writePatches(input, [PLAN_SHEET])).output);
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    const plan = after.sheets[before.sheets.length];
    expect(plan.name).toBe("Kế hoạch cải tiến");
    expect(plan.values).toEqual([
      ["TT", "Tiêu chí", "Công việc", "Kinh phí"],
      [1, "1.10", "- Tham mưu", 1500000],
      [2, "9/2022", "+ Chỉ đạo", 2500000],
      ["Tổng", null, null, 4000000],
    ]);
    expect(plan.formulas![3][3]).toBe("=SUM(D2:D3)");
    expect(plan.numberFormats![3][3]).toBe("#,##0");
    expect(plan.merges).toEqual(["A4:B4"]);
  });

  it("never overwrites a sheet: a taken name gets the next free one, within Excel's 31 characters", async () => {
    const first = await writePatches(input, [{ sheet: "Báo cáo", create: true, blocks: [] }]);
    expect(first.sheetNames).toEqual(["Báo cáo (2)"]);
    const second = await writePatches(first.output, [{ sheet: "BÁO CÁO", create: true, blocks: [] }]);
    expect(second.sheetNames).toEqual(["BÁO CÁO (3)"]); // Excel compares sheet names ignoring case
    const long = "Báo cáo thực hiện kế hoạch cải tiến chất lượng";
    const third = await writePatches(input, [{ sheet: long, create: true, blocks: [] }, { sheet: "KH 2023/2024: [bản nháp]?", create: true, blocks: [] }]);
    expect(third.sheetNames).toEqual([long.slice(0, 31).trimEnd(), "KH 2023-2024- -bản nháp--"]);
    const again = await writePatches(third.output, [{ sheet: long, create: true, blocks: [] }]);
    expect(again.sheetNames).toEqual([`${long.slice(0, 27).trimEnd()} (2)`]);
    expect(again.sheetNames[0].length).toBeLessThanOrEqual(31);
    expect((await readWorkbookBuffer(again.output)).sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Biểu đồ", "Báo cáo", "Danh mục", long.slice(0, 31).trimEnd(), "KH 2023-2024- -bản nháp--", again.sheetNames[0]]);
  });

  it("points the patch's formulas, lists and names at the name the new sheet got", async () => {
    const lists: SheetPatch = { sheet: "Danh mục", create: true, visibility: "veryHidden", blocks: [{ top: 0, left: 0, values: [["Mức 1"], ["Mức 2"]] }] };
    const report: SheetPatch = {
      sheet: "Báo cáo",
      create: true,
      blocks: [{ top: 0, left: 0, values: [[{ formula: "=COUNTA('Danh mục'!A1:A2)&\" mục trong 'Danh mục'!A1\"", cached: "2 mục trong 'Danh mục'!A1" }]] }],
      validations: [{ range: "B1:B9", source: "='Danh mục'!$A$1:$A$2" }],
      names: [{ name: "KHCT_REPORT", range: "'Báo cáo'!$A$1:$B$9" }],
    };
    const { output, sheetNames } = await writePatches(input, [lists, report]);
    expect(sheetNames).toEqual(["Danh mục (2)", "Báo cáo (2)"]);
    const [sheet] = (await readWorkbookBuffer(output)).sheets.slice(-1);
    expect(sheet.formulas![0][0]).toBe("=COUNTA('Danh mục (2)'!A1:A2)&\" mục trong 'Danh mục'!A1\"");
    const wb = await openInExcelJs(output);
    const ws = wb.getWorksheet("Báo cáo (2)")!;
    expect((ws as unknown as { dataValidations: { find(a: string): { formulae: string[] } } }).dataValidations.find("B5").formulae).toEqual(["'Danh mục (2)'!$A$1:$A$2"]);
    expect(wb.definedNames.getRanges("KHCT_REPORT").ranges).toEqual(["'Báo cáo (2)'!$A$1:$B$9"]);
    expect(wb.definedNames.getRanges("DanhMuc").ranges).toEqual(["'Danh mục'!$A$1:$A$3"]);
    expect(wb.getWorksheet("Danh mục (2)")!.state).toBe("veryHidden");
    expect(wb.getWorksheet("Danh mục")!.state).toBe("hidden");
  });

  it("adds or replaces KHCT's own names and keeps the workbook's others, local ones included", async () => {
    const { output } = await writePatches(input, [{ ...PLAN_SHEET, names: [{ name: "kh_bang", range: "'Kế hoạch cải tiến'!$A$1:$D$4" }, { name: "KHCT_KEYS", range: "'Kế hoạch cải tiến'!$E$2:$E$3" }] }]);
    const names = elements(await partText(output, "xl/workbook.xml"), "definedName");
    const was = elements(await partText(input, "xl/workbook.xml"), "definedName");
    expect(names).toEqual([
      was[0], // 'Kế hoạch'!$1:$1 printed on every page
      was[1], // DanhMuc
      `<definedName name="kh_bang">'Kế hoạch cải tiến'!$A$1:$D$4</definedName>`, // replaced KH_Bang (names ignore case)
      was[3], // TieuDe, local to "Kế hoạch"
      `<definedName name="KHCT_KEYS">'Kế hoạch cải tiến'!$E$2:$E$3</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="4">'Kế hoạch cải tiến'!$1:$1</definedName>`,
    ]);
  });

  it("writes the new sheet's note beside the notes the workbook already had", async () => {
    const wb = await openInExcelJs((await writePatches(input, [PLAN_SHEET])).output);
    expect(noteText(wb.getWorksheet("Kế hoạch cải tiến")!.getCell("B2"))).toBe("Mã tiêu chí để dạng chữ.");
    expect(noteText(wb.getWorksheet("Kế hoạch")!.getCell("B2"))).toBe("Mã tiêu chí gõ dạng chữ: 1.10");
    expect(noteText(wb.getWorksheet("Báo cáo")!.getCell("B2"))).toBe("Ghi chú của cán bộ");
  });

  it("opens on the new sheet when asked, changing only the tabSelected mark of the sheet that had it", async () => {
    const { output } = await writePatches(input, [{ ...PLAN_SHEET, activate: true }]);
    const wasFirst = await partText(input, "xl/worksheets/sheet1.xml");
    expect(await partText(output, "xl/worksheets/sheet1.xml")).toBe(wasFirst.replace(' tabSelected="true"', ""));
    expect(elements(await partText(output, "xl/worksheets/sheet5.xml"), "sheetView")[0]).toContain('tabSelected="1"');
    expect(elements(await partText(output, "xl/workbook.xml"), "workbookView")[0]).toContain('activeTab="4"');
  });

  it("does not change the buffer it was given", async () => {
    const copy = Buffer.from(input);
    await writePatches(input, [PLAN_SHEET]);
    expect(input.equals(copy)).toBe(true);
  });

  it("refuses a file that is not an .xlsx workbook, in Vietnamese and English", async () => {
    for (const notXlsx of [Buffer.from("TT,Tiêu chí\n1,1.10\n"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])]) {
      const error = (await writePatches(notXlsx, [PLAN_SHEET]).catch((e: unknown) => e)) as WorkbookWriteError;
      expect(error).toBeInstanceOf(WorkbookWriteError);
      expect(error.reason).toBe("not-xlsx");
      expect(error.text("vi")).toBe("Tệp không phải sổ tính Excel .xlsx đọc được: hãy mở bằng Excel và lưu lại dưới dạng .xlsx.");
    }
  });

  it("works the same on a workbook written by another program (exceljs)", async () => {
    const school = await gridToXlsx(doc000);
    const { output } = await writePatches(school, [PLAN_SHEET]);
    const before = await readWorkbookBuffer(school);
    const after = await readWorkbookBuffer(output);
    expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
    expect(after.sheets[before.sheets.length].values[1]).toEqual([1, "1.10", "- Tham mưu", 1500000]);
  });
});
