/**
 * `khct template` without an input file: the patch becomes a new workbook, and what KHCT reads back
 * from it (its own reader, exceljs) is what the patch said.
 */
import type { SheetPatch } from "../../src/core/sheet/patch";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { writePatches } from "../../src/xlsx/write-patches";
import { WorkbookWriteError } from "../../src/xlsx/write-errors";
import { elements, noteText, openInExcelJs, partText } from "./helpers";

const LONG_TEXT = "Nâng cao chất lượng đội ngũ. ".repeat(1035).slice(0, 30_000);

/** What staff type into a plan, which Excel would turn into numbers, dates or formulas if typed. */
const TEXTS = [
  "1.10",
  "9/2022",
  "05/2024",
  "=x",
  "- Tham mưu xây dựng kế hoạch",
  "+ Chỉ đạo tổ chuyên môn",
  "007",
  "  hai dấu cách đầu và cuối  ",
  "Dòng 1\nDòng 2",
  "Tab\there",
  "&<>\"' ký tự XML",
  "_x0041_ trông như mã thoát",
  "Dán từ Word\u000bcó ký tự điều khiển",
  "Tiếng Việt tổ hợp: Tie\u0302\u0301u chi\u0301",
  LONG_TEXT,
];

describe("a template written into a new workbook", () => {
  it("keeps every text exactly as written, as text", async () => {
    const { output, sheetNames } = await writePatches(null, [{ sheet: "Kế hoạch cải tiến", blocks: [{ top: 2, left: 1, values: TEXTS.map((t) => [t]) }] }]);
    expect(sheetNames).toEqual(["Kế hoạch cải tiến"]);
    const [sheet] = (await readWorkbookBuffer(output)).sheets;
    expect(sheet.name).toBe("Kế hoạch cải tiến");
    expect(sheet).toMatchObject({ top: 2, left: 1 });
    expect(sheet.values.map((r) => r[0])).toEqual(TEXTS);
    expect(sheet.formulas!.flat().every((f) => f === null)).toBe(true);
    // "@" only where Excel would change the text if it were retyped, and never over 255 characters
    const textFormat = ["1.10", "9/2022", "05/2024", "=x", "- Tham mưu xây dựng kế hoạch", "+ Chỉ đạo tổ chuyên môn", "007"];
    expect(sheet.numberFormats!.map((r) => r[0])).toEqual(TEXTS.map((t) => (textFormat.includes(t) ? "@" : "General")));
  });

  it("writes numbers, booleans and formulas with the values the core computed", async () => {
    const patch: SheetPatch = {
      sheet: "Báo cáo",
      blocks: [
        {
          top: 0,
          left: 0,
          values: [
            [1500000, 0.25, -3, true, false],
            [{ formula: "=SUM(A1:C1)", cached: 1499997.25 }, { formula: '=IF(D1,"Đạt","Chưa đạt")', cached: "Đạt" }, { formula: "=NA()", cached: "#N/A" }, null, ""],
          ],
        },
      ],
      styles: [{ range: "A1", style: { numberFormat: "#,##0" } }, { range: "B1", style: { numberFormat: "0%" } }],
    };
    const [sheet] = (await readWorkbookBuffer((await writePatches(null, [patch])).output)).sheets;
    expect(sheet.values).toEqual([
      [1500000, 0.25, -3, true, false],
      [1499997.25, "Đạt", "#N/A", null, null],
    ]);
    expect(sheet.formulas![1].slice(0, 3)).toEqual(["=SUM(A1:C1)", '=IF(D1,"Đạt","Chưa đạt")', "=NA()"]);
    expect(sheet.numberFormats![0].slice(0, 2)).toEqual(["#,##0", "0%"]);
  });

  it("lays the sheet out as the patch says: merges, widths, hidden key column, heights, frozen header, lists, print, notes", async () => {
    const patch: SheetPatch = {
      sheet: "Báo cáo thực hiện",
      blocks: [{ top: 0, left: 0, values: [["BÁO CÁO THỰC HIỆN KẾ HOẠCH", null, null, null], ["Tiêu chí", "Tình trạng", "Ghi chú", "key"], ["Tiêu chí 1.10", "Đang thực hiện", "", "k-1.10"]] }],
      styles: [
        { range: "A1:D1", style: { font: { bold: true, size: 14, name: "Times New Roman" }, hAlign: "center" } },
        { range: "A2:D3", style: { border: "thin", wrap: true, vAlign: "top" } },
        { range: "A2:D2", style: { fill: "#D9E1F2", font: { bold: true } } },
      ],
      merges: ["A1:D1"],
      columnWidths: [{ col: 0, width: 20 }, { col: 1, width: 30 }],
      hiddenColumns: [3],
      rowHeights: [{ row: 0, height: 30 }],
      freeze: { rows: 2 },
      validations: [
        { range: "B3:B40", items: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"], prompt: "Chọn tình trạng" },
        { range: "C3:C40", source: "='Danh mục'!$A$1:$A$3", strict: true },
      ],
      print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: "$2:$2", margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 } },
      notes: [{ cell: "B2", text: "Chọn trong danh sách.\nKHCT giữ nguyên nội dung này khi cập nhật.", author: "KHCT" }],
      names: [{ name: "KHCT_KEYS", range: "='Báo cáo thực hiện'!$D$3:$D$40" }],
      activate: true,
    };
    const { output } = await writePatches(null, [patch, { sheet: "Danh mục", blocks: [{ top: 0, left: 0, values: [["a"], ["b"], ["c"]] }], visibility: "veryHidden" }]);

    const [report, lists] = (await readWorkbookBuffer(output)).sheets;
    expect(report.merges).toEqual(["A1:D1"]);
    expect(lists).toMatchObject({ name: "Danh mục", visible: false, values: [["a"], ["b"], ["c"]] });
    expect(report.values[2]).toEqual(["Tiêu chí 1.10", "Đang thực hiện", null, "k-1.10"]);

    const wb = await openInExcelJs(output);
    const ws = wb.getWorksheet("Báo cáo thực hiện")!;
    // 20 characters of Calibri 11 = 145 px; a new workbook's default font is Times New Roman 12 (8-px digits): 145/8
    expect(ws.getColumn(1).width).toBe(18.125);
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(ws.getRow(1).height).toBe(30);
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14, name: "Times New Roman" });
    expect(ws.getCell("A1").alignment).toMatchObject({ horizontal: "center" });
    expect(ws.getCell("A2").fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
    expect(ws.getCell("A2").font).toMatchObject({ bold: true });
    expect(ws.getCell("C3").border).toMatchObject({ left: { style: "thin" }, bottom: { style: "thin" } });
    expect(ws.getCell("C3").alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2, topLeftCell: "A3" });
    const validationAt = (cell: string) => (ws as unknown as { dataValidations: { find(a: string): { type: string; formulae: string[]; showErrorMessage?: boolean; prompt?: string } | undefined } }).dataValidations.find(cell);
    expect(validationAt("B40")).toMatchObject({ type: "list", formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành"'], prompt: "Chọn tình trạng" });
    expect(validationAt("B40")!.showErrorMessage).toBeFalsy(); // free text stays allowed
    expect(validationAt("C3")).toMatchObject({ type: "list", formulae: ["'Danh mục'!$A$1:$A$3"], showErrorMessage: true });
    expect(validationAt("B2")).toBeUndefined();
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "2:2" });
    expect(ws.pageSetup.margins).toMatchObject({ left: 0.5, right: 0.5, top: 0.6, bottom: 0.6 });
    expect(noteText(ws.getCell("B2"))).toBe("Chọn trong danh sách.\nKHCT giữ nguyên nội dung này khi cập nhật.");
    expect(wb.definedNames.getRanges("KHCT_KEYS").ranges).toEqual(["'Báo cáo thực hiện'!$D$3:$D$40"]);
    expect(wb.getWorksheet("Danh mục")!.state).toBe("veryHidden");
    expect((wb.views[0] as { activeTab?: number }).activeTab).toBe(0);
  });

  it("prints at the explicit scale KHCT laid the pages out for: manual breaks, print area, page numbers from page 2, margins of Nghị định 30", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => [`Dòng ${i + 1}`]);
    const { output } = await writePatches(null, [
      {
        sheet: "Kế hoạch",
        blocks: [{ top: 0, left: 0, values: rows }],
        print: {
          orientation: "landscape",
          paper: "A4",
          fitToWidth: false,
          scale: 78,
          printArea: "A1:H30",
          repeatRows: null,
          pageBreaks: [12, 25],
          pageNumbers: { fromPage: 2, font: "Times New Roman", size: 13 },
          margins: { left: 1.1811, right: 0.5906, top: 0.7874, bottom: 0.7874, header: 0.3937, footer: 0.3937 },
        },
      },
    ]);
    const sheet = await partText(output, "xl/worksheets/sheet1.xml");
    expect(elements(sheet, "pageSetup")[0]).toMatch(/scale="78"/);
    expect(elements(sheet, "pageSetup")[0]).not.toMatch(/fitTo/);
    expect(sheet).not.toContain("fitToPage");
    expect(elements(sheet, "rowBreaks")[0]).toBe('<rowBreaks count="2" manualBreakCount="2"><brk id="12" max="16383" man="1"/><brk id="25" max="16383" man="1"/></rowBreaks>');
    expect(elements(sheet, "headerFooter")[0]).toBe('<headerFooter differentFirst="1"><oddHeader>&amp;C&amp;"Times New Roman,Regular"&amp;13&amp;P</oddHeader></headerFooter>');
    expect(elements(sheet, "pageMargins")[0]).toBe('<pageMargins left="1.1811" right="0.5906" top="0.7874" bottom="0.7874" header="0.3937" footer="0.3937"/>');
    const workbook = await partText(output, "xl/workbook.xml");
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Kế hoạch'!$A$1:$H$30</definedName>`);
    expect(workbook).not.toContain("Print_Titles");
  });

  it("opens on the first visible sheet when no patch asks to be active", async () => {
    const { output } = await writePatches(null, [
      { sheet: "Danh mục", blocks: [], visibility: "hidden" },
      { sheet: "Kế hoạch", blocks: [{ top: 0, left: 0, values: [["x"]] }] },
    ]);
    const wb = await openInExcelJs(output);
    expect((wb.views[0] as { activeTab?: number }).activeTab).toBe(1);
    expect(elements(await partText(output, "xl/worksheets/sheet2.xml"), "sheetView")[0]).toContain('tabSelected="1"');
    expect(await partText(output, "xl/worksheets/sheet1.xml")).not.toContain("tabSelected");
  });

  it("refuses what Excel could not open, saying why in Vietnamese and English", async () => {
    const attempt = async (patch: Partial<SheetPatch>) => {
      try {
        await writePatches(null, [{ sheet: "Kế hoạch", blocks: [], ...patch }]);
      } catch (e) {
        if (e instanceof WorkbookWriteError) return { reason: e.reason, vi: e.text("vi"), en: e.text("en") };
        throw e;
      }
      return undefined;
    };
    expect(await attempt({ blocks: [{ top: 0, left: 0, values: [["x".repeat(32_768)]] }] })).toMatchObject({ reason: "text-too-long", vi: expect.stringContaining("Ô A1"), en: expect.stringContaining("Cell A1") });
    expect(await attempt({ blocks: [{ top: 1_048_576, left: 0, values: [[1]] }] })).toMatchObject({ reason: "bad-address" });
    expect(await attempt({ blocks: [{ top: 0, left: 0, values: [[Number.NaN]] }] })).toMatchObject({ reason: "bad-number" });
    expect(await attempt({ validations: [{ range: "B2:B9", items: ["Mức 1, Mức 2", "Mức 3"] }] })).toMatchObject({ reason: "bad-list", vi: expect.stringContaining("Danh sách chọn") });
    expect(await attempt({ names: [{ name: "A1", range: "$A$1" }] })).toMatchObject({ reason: "bad-name" });
    expect(await attempt({ visibility: "hidden" })).toMatchObject({ reason: "no-visible-sheet", vi: "Sổ tính phải còn ít nhất một trang tính hiển thị." });
  });
});
