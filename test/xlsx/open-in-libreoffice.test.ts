/**
 * Schools open KHCT's files in Excel, LibreOffice or WPS, and save them again. LibreOffice is the
 * one we can run here: what KHCT writes must open in it, print, and survive its save.
 * CI installs it (.ci/run); without `soffice` on the PATH these tests are skipped, and say so.
 */
import type { SheetPatch } from "../../src/core/sheet/patch";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { writePatches } from "../../src/xlsx/write-patches";
import { convertWithLibreOffice, featuresWorkbook, noteText, openInExcelJs, sofficeAvailable, zipParts } from "./helpers";

const hasSoffice = sofficeAvailable();
const itWithSoffice = hasSoffice ? it : it.skip;
const why = hasSoffice ? "" : " (SKIPPED: LibreOffice's soffice is not installed; apt-get install libreoffice-calc)";
if (!hasSoffice) console.warn(`LibreOffice and the workbooks KHCT writes${why}`);

const REPORT: SheetPatch = {
  sheet: "Báo cáo",
  create: true,
  blocks: [
    {
      top: 0,
      left: 0,
      values: [
        ["Tiêu chí", "Công việc", "Tình trạng", "Kinh phí", "Khóa"],
        ["1.10", "- Tham mưu xây dựng kế hoạch", "Hoàn thành", 1500000, "k-1.10"],
        ["05/2024", "+ Chỉ đạo tổ chuyên môn", "Đang thực hiện", 2500000, "k-05/2024"],
        ["Tổng", null, null, { formula: "=SUM(D2:D3)", cached: 4000000 }, null],
      ],
    },
  ],
  styles: [{ range: "A1:E1", style: { font: { bold: true }, fill: "#D9E1F2", border: "thin" } }, { range: "D2:D4", style: { numberFormat: "#,##0" } }],
  merges: ["A4:C4"],
  columnWidths: [{ col: 1, width: 40 }],
  hiddenColumns: [4],
  freeze: { rows: 1 },
  validations: [{ range: "C2:C40", items: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"] }],
  print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: "$1:$1" },
  notes: [{ cell: "C1", text: "Chọn trong danh sách." }],
  names: [{ name: "KHCT_KEYS", range: "'Báo cáo'!$E$2:$E$3" }],
  activate: true,
};

describe(`LibreOffice and the workbooks KHCT writes${why}`, () => {
  jest.setTimeout(180_000);

  itWithSoffice("opens and prints (to PDF) a new workbook, a school's workbook with KHCT's sheet added, and one with its report refreshed", async () => {
    const created = (await writePatches(null, [{ ...REPORT, create: false }])).output;
    const added = (await writePatches(featuresWorkbook(), [REPORT])).output;
    const refreshed = (await writePatches(added, [{ ...REPORT, sheet: "Báo cáo (2)", create: false }])).output;
    for (const xlsx of [created, added, refreshed]) {
      const pdf = convertWithLibreOffice(xlsx, "pdf");
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  itWithSoffice("keeps what KHCT wrote through a LibreOffice save: texts as text, formula values, the hidden key column, the note, the names, the chart", async () => {
    const { output } = await writePatches(featuresWorkbook(), [REPORT]);
    const resaved = convertWithLibreOffice(output, "xlsx");
    const sheets = (await readWorkbookBuffer(resaved)).sheets;
    const report = sheets.find((s) => s.name === "Báo cáo (2)")!;
    expect(report.values).toEqual([
      ["Tiêu chí", "Công việc", "Tình trạng", "Kinh phí", "Khóa"],
      ["1.10", "- Tham mưu xây dựng kế hoạch", "Hoàn thành", 1500000, "k-1.10"],
      ["05/2024", "+ Chỉ đạo tổ chuyên môn", "Đang thực hiện", 2500000, "k-05/2024"],
      ["Tổng", null, null, 4000000, null],
    ]);
    expect(report.formulas![3][3]).toBe("=SUM(D2:D3)");
    const wb = await openInExcelJs(resaved);
    const ws = wb.getWorksheet("Báo cáo (2)")!;
    expect(ws.getColumn(5).hidden).toBe(true);
    expect(noteText(ws.getCell("C1"))).toBe("Chọn trong danh sách.");
    expect(noteText(wb.getWorksheet("Kế hoạch")!.getCell("B2"))).toBe("Mã tiêu chí gõ dạng chữ: 1.10");
    expect(wb.definedNames.getRanges("KHCT_KEYS").ranges).toEqual(["'Báo cáo (2)'!$E$2:$E$3"]);
    expect(wb.getWorksheet("Danh mục")!.state).toBe("hidden");
    expect([...(await zipParts(resaved)).keys()].some((p) => p.startsWith("xl/charts/"))).toBe(true);
  });
});
