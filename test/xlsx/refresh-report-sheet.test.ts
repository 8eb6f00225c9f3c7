/**
 * `khct report ke-hoach.xlsx` run again: KHCT rewrites the report sheet it made (its whole contents,
 * staff's typing included, which it read first) and keeps everything else of the workbook, and of
 * the report sheet whatever the patch is not about: its image, the notes staff left, print settings.
 */
import JSZip from "jszip";
import type { SheetPatch } from "../../src/core/sheet/patch";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { writePatches } from "../../src/xlsx/write-patches";
import { WorkbookWriteError } from "../../src/xlsx/write-errors";
import { elements, featuresWorkbook, noteText, openInExcelJs, partText, zipParts } from "./helpers";
import ExcelJS from "exceljs";

const SHARED_PARTS = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/sharedStrings.xml"];
/** The report sheet of features.xlsx and its notes. */
const REPORT_PARTS = ["xl/worksheets/sheet3.xml", "xl/comments3.xml", "xl/drawings/vmlDrawing2.vml"];

const REFRESH: SheetPatch = {
  sheet: "Báo cáo",
  blocks: [
    {
      top: 0,
      left: 0,
      values: [
        ["Tiêu chí", "Tình trạng", "Khóa"],
        ["Tiêu chí 1.10", "Hoàn thành", "k-1.10"],
        ["Tiêu chí 2.1", "Đang thực hiện", "k-2.1"],
      ],
    },
  ],
  styles: [{ range: "A1:C1", style: { font: { bold: true } } }],
  hiddenColumns: [2],
  notes: [{ cell: "A3", text: "Dòng KHCT thêm khi cập nhật." }],
  names: [{ name: "KHCT_KEYS", range: "'Báo cáo'!$C$2:$C$3" }],
};

describe("refreshing the report sheet KHCT made", () => {
  const input = featuresWorkbook();

  it("rewrites the report's cells and leaves every other part byte for byte, the report's image included", async () => {
    const before = await zipParts(input);
    const { output, sheetNames } = await writePatches(input, [REFRESH]);
    expect(sheetNames).toEqual(["Báo cáo"]);
    const after = await zipParts(output);
    for (const [path, bytes] of before) {
      if (![...SHARED_PARTS, ...REPORT_PARTS].includes(path)) expect({ path, same: after.get(path)?.equals(bytes) }).toEqual({ path, same: true });
    }
    expect([...after.keys()].filter((p) => !before.has(p))).toEqual([]);
    const report = (await readWorkbookBuffer(output)).sheets.find((s) => s.name === "Báo cáo")!;
    expect(report.values).toEqual(REFRESH.blocks[0].values);
    const others = (await readWorkbookBuffer(input)).sheets.filter((s) => s.name !== "Báo cáo");
    expect((await readWorkbookBuffer(output)).sheets.filter((s) => s.name !== "Báo cáo")).toEqual(others);
  });

  it("keeps what the patch is not about: the drawing, staff's note, page and print settings", async () => {
    const { output } = await writePatches(input, [REFRESH]);
    const was = await partText(input, "xl/worksheets/sheet3.xml");
    const now = await partText(output, "xl/worksheets/sheet3.xml");
    for (const name of ["sheetPr", "sheetViews", "sheetFormatPr", "printOptions", "pageMargins", "pageSetup", "headerFooter", "drawing", "legacyDrawing"]) {
      expect({ name, kept: elements(now, name) }).toEqual({ name, kept: elements(was, name) });
    }
    const ws = (await openInExcelJs(output)).getWorksheet("Báo cáo")!;
    expect(noteText(ws.getCell("B2"))).toBe("Ghi chú của cán bộ");
    expect(noteText(ws.getCell("A3"))).toBe("Dòng KHCT thêm khi cập nhật.");
    expect(ws.getColumn(3).hidden).toBe(true);
    const vml = await partText(output, "xl/drawings/vmlDrawing2.vml");
    expect(vml).toContain('id="shape_0"'); // LibreOffice's box for staff's note, as it was
    expect(vml.match(/ObjectType="Note"/g)).toHaveLength(2);
  });

  it("replaces the note on a cell it writes a note for, and only that one", async () => {
    const notes = [{ cell: "B2", text: "Ghi chú tạm" }, { cell: "$B$2", text: "Ghi chú mới" }]; // one cell twice: the last note counts
    const { output } = await writePatches(input, [{ ...REFRESH, notes }]);
    const ws = (await openInExcelJs(output)).getWorksheet("Báo cáo")!;
    expect(noteText(ws.getCell("B2"))).toBe("Ghi chú mới");
    expect(elements(await partText(output, "xl/comments3.xml"), "comment")).toHaveLength(1);
    const vml = await partText(output, "xl/drawings/vmlDrawing2.vml");
    expect(vml).not.toContain('id="shape_0"');
    expect(vml.match(/<x:Row>1<\/x:Row><x:Column>1<\/x:Column>/g)).toHaveLength(1);
  });

  it("gives the same file when run twice: no format, string, note or name is added again", async () => {
    const once = await writePatches(input, [REFRESH]);
    const twice = await writePatches(once.output, [REFRESH]);
    const a = await zipParts(once.output);
    const b = await zipParts(twice.output);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, bytes] of a) expect({ path, same: b.get(path)!.equals(bytes) }).toEqual({ path, same: true });
  });

  it("drops Excel's calculation chain, which would name cells that lost their formulas", async () => {
    const withChain = await addCalcChain(input);
    const refreshed = await zipParts((await writePatches(withChain, [{ sheet: "Kế hoạch", blocks: [{ top: 0, left: 0, values: [["Kế hoạch mới"]] }] }])).output);
    expect(refreshed.has("xl/calcChain.xml")).toBe(false);
    expect(refreshed.get("[Content_Types].xml")!.toString()).not.toContain("calcChain");
    expect(refreshed.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain("calcChain");
    const added = await zipParts((await writePatches(withChain, [{ sheet: "Mới", create: true, blocks: [] }])).output);
    expect(added.has("xl/calcChain.xml")).toBe(true); // a new sheet leaves the chain valid
  });

  it("keeps a sheet's own layout when the patch rewrites only its cells, and sets what the patch sets", async () => {
    const { output } = await writePatches(input, [{ sheet: "Kế hoạch", blocks: [{ top: 0, left: 0, values: [["TT"]] }], freeze: { rows: 1 }, print: { orientation: "portrait", paper: "A4", fitToWidth: true } }]);
    const was = await partText(input, "xl/worksheets/sheet1.xml");
    const now = await partText(output, "xl/worksheets/sheet1.xml");
    for (const name of ["conditionalFormatting", "dataValidations", "headerFooter", "pageMargins", "printOptions", "drawing", "legacyDrawing"]) {
      expect({ name, kept: elements(now, name) }).toEqual({ name, kept: elements(was, name) });
    }
    expect(elements(now, "sheetView")[0]).toContain('zoomScalePageLayoutView="60"');
    expect(elements(now, "pane")).toEqual(['<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>']);
    expect(elements(now, "pageSetup")[0]).toContain('orientation="portrait"');
    expect(elements(now, "pageSetup")[0]).toContain('useFirstPageNumber="true"');
    expect(elements(now, "pageSetUpPr")[0]).toBe('<pageSetUpPr fitToPage="1"/>');
    expect(elements(now, "mergeCells")).toEqual([]);
  });

  it("refuses to rewrite a sheet holding an Excel table, and says so", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Bảng").addTable({ name: "KeHoach", ref: "A1", columns: [{ name: "Tiêu chí" }, { name: "Mức" }], rows: [["1.10", "Mức 2"]] });
    const withTable = Buffer.from(await wb.xlsx.writeBuffer());
    const error = await writePatches(withTable, [{ sheet: "Bảng", blocks: [] }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as WorkbookWriteError).reason).toBe("sheet-has-table");
    expect((error as WorkbookWriteError).text("vi")).toContain('Trang "Bảng" có bảng Excel');
  });

  it("says which sheet it could not find", async () => {
    const error = (await writePatches(input, [{ sheet: "Báo cáo 2024", blocks: [] }]).catch((e: unknown) => e)) as WorkbookWriteError;
    expect(error.reason).toBe("no-such-sheet");
    expect(error.text("vi")).toBe('Không có trang tính "Báo cáo 2024" để ghi vào.');
    expect(error.text("en")).toBe('There is no sheet "Báo cáo 2024" to write into.');
  });
});

/** features.xlsx with the calculation chain Excel would have saved for its one formula. */
async function addCalcChain(xlsx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  zip.file("xl/calcChain.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="E5" i="1"/></calcChain>`);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
