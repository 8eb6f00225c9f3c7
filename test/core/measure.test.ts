/**
 * Row heights come from measuring text with Times New Roman's widths (Liberation Serif's tables),
 * not from counting characters. The expected numbers here were measured: word widths and line
 * breaks as LibreOffice prints them in Liberation Serif 12 pt (pdftotext -bbox of its PDF), and
 * Excel's units from its file format specification.
 */
import { columnPixels, digitPixels, lineHeightPixels, rowPointsForLines, storedColumnWidth, storedWidthForPixels, storedWidthPixels, textAreaPixels } from "../../src/core/measure/excel-geometry";
import { drawnText, textWidthPx } from "../../src/core/measure/text-width";
import { lineCount, wrapLines } from "../../src/core/measure/wrap";
import { SheetLooks, type SheetLooksData } from "../../src/core/print/looks";
import { measureRows } from "../../src/core/print/measure-rows";
import { SheetView, type SheetSnapshot } from "../../src/core/sheet/snapshot";

const TNR12 = { size: 12 };
const pt = (px: number) => px * 0.75;

describe("text width, from Liberation Serif's advance widths", () => {
  it.each([
    ["năm", 20.613],
    ["2023", 24.0],
    ["những", 30.469],
    ["trường", 32.064],
    ["học", 17.303],
  ])("'%s' at 12 pt is %d pt wide, as LibreOffice prints it (within 0.5 %%)", (word, measured) => {
    expect(pt(textWidthPx(word, TNR12))).toBeGreaterThan(measured * 0.995);
    expect(pt(textWidthPx(word, TNR12))).toBeLessThan(measured * 1.005);
  });

  it("reads accents typed decomposed (Word, a Mac) as the letters they make, and bold as wider", () => {
    const nfd = "trường".normalize("NFD");
    expect(nfd.length).toBeGreaterThan(6);
    expect(textWidthPx(nfd, TNR12)).toBeCloseTo(textWidthPx("trường", TNR12), 6);
    expect(drawnText("a\u200bb")).toBe("ab");
    expect(textWidthPx("HIỆU TRƯỞNG", { size: 13, bold: true })).toBeGreaterThan(textWidthPx("HIỆU TRƯỞNG", { size: 13 }));
  });

  it("gives a character it has no width for the widest width it knows, never a narrow guess", () => {
    expect(textWidthPx("漢", TNR12)).toBeGreaterThanOrEqual(textWidthPx("M", TNR12));
  });
});

describe("Excel's units", () => {
  it("column widths: 20 characters of Calibri 11 are 145 px, stored 20.7109375 (ECMA-376 §18.3.1.13); the same pixels in a Times New Roman 12 workbook are stored 18.125", () => {
    expect(columnPixels(20)).toBe(145);
    expect(storedColumnWidth(20)).toBe(20.7109375);
    expect(storedWidthPixels(20.7109375, 7)).toBe(145);
    expect(digitPixels({ name: "Times New Roman", size: 12 })).toBe(8);
    expect(digitPixels({ name: "Calibri", size: 11 })).toBe(7);
    expect(storedWidthForPixels(145, 8)).toBe(18.125);
    expect(storedWidthPixels(18.125, 8)).toBe(145);
    expect(textAreaPixels(145)).toBe(140); // 2 px of margin each side and 1 px of grid line
  });

  it("line heights of Times New Roman: 11 pt → 15 pt (what Excel writes at 96 DPI), 12 pt → 15.75 pt, 13 pt → 16.5 pt; n lines are n lines plus 2 px", () => {
    expect(rowPointsForLines(1, { size: 11 })).toBe(15);
    expect(rowPointsForLines(1, { size: 12 })).toBe(15.75);
    expect(rowPointsForLines(1, { size: 13 })).toBe(16.5);
    expect(lineHeightPixels({ size: 12 })).toBe(19);
    expect(rowPointsForLines(4, { size: 12 })).toBe(pt(4 * 19 + 2));
    expect(rowPointsForLines(100, { size: 12 })).toBe(409); // Excel's tallest row
  });
});

describe("word wrap", () => {
  const place = "Thành phố Hồ Chí Minh, ngày 18 tháng 10 năm 2023";

  it("breaks a line where LibreOffice breaks it (a 16-character column, 12 pt)", () => {
    // LibreOffice leaves about 3 px of a column's pixels unused; Excel 5 (see excel-geometry.ts)
    expect(wrapLines(place, TNR12, columnPixels(16) - 3)).toEqual(["Thành phố Hồ", "Chí Minh, ngày", "18 tháng 10 năm", "2023"]);
    expect(lineCount(place, TNR12, textAreaPixels(columnPixels(16)))).toBe(4);
  });

  it("keeps a short text on one line, starts a line at each line break, cuts a word wider than the cell", () => {
    expect(wrapLines("Hiệu trưởng", TNR12, 200)).toEqual(["Hiệu trưởng"]);
    expect(wrapLines("- Dòng một\n\n- Dòng ba", TNR12, 400)).toEqual(["- Dòng một", "", "- Dòng ba"]);
    expect(wrapLines("10/2023-05/2024", TNR12, 40).length).toBeGreaterThan(1);
    expect(wrapLines("", TNR12, 100)).toEqual([""]);
  });

  it("never breaks at a non-breaking space", () => {
    // one long word, cut where it overflows: not "Tiêu chí" / "1.10"
    const lines = wrapLines("Tiêu\u00a0chí\u00a01.10", TNR12, textWidthPx("Tiêu chí 1.", TNR12) + 1);
    expect(lines).toEqual(["Tiêu\u00a0chí\u00a01.", "10"]);
  });
});

describe("row heights, measured", () => {
  const sheet = (values: SheetSnapshot["values"], merges: string[] = []): SheetSnapshot => ({ name: "S", visible: true, top: 0, left: 0, values, merges });
  const looks = (extra: Partial<SheetLooksData> = {}) =>
    new SheetLooks({ defaultFont: { name: "Times New Roman", size: 12 }, columnWidths: [{ col: 0, width: 16 }, { col: 1, width: 16 }, { col: 2, width: 44 }], styles: [{ range: "A1:C10", style: { font: { size: 12 }, wrap: true } }], ...extra });
  const heights = (s: SheetSnapshot, l = looks()) => measureRows(new SheetView(s), l).map((m) => [m.row, m.height]);
  const place = "Thành phố Hồ Chí Minh, ngày 18 tháng 10 năm 2023";

  it("a one-line cell: one line of its font; a wrapped cell: as many lines as it wraps to; the row: its tallest cell, no taller", () => {
    expect(heights(sheet([["Tiêu chí 1.2", "Hiệu trưởng", null]]))).toEqual([[0, 15.75]]);
    expect(heights(sheet([["Tiêu chí 1.2", place, null]]))).toEqual([[0, pt(4 * 19 + 2)]]);
    expect(heights(sheet([[place, place, "Hiệu trưởng"]]))).toEqual([[0, pt(4 * 19 + 2)]]);
  });

  it("a cell merged across columns wraps at the merged width (one line here), and one merged down rows gives its last row what it lacks", () => {
    expect(heights(sheet([[place, null, null]], ["A1:C1"]))).toEqual([[0, 15.75]]);
    const tall = heights(sheet([[place, "a", null], [null, "b", null]], ["A1:A2"]));
    expect(tall).toEqual([
      [0, 15.75],
      [1, pt(4 * 19 + 2) - 15.75],
    ]);
  });

  it("text that does not wrap takes one line whatever its length; a hidden column prints nothing", () => {
    const noWrap = looks({ styles: [{ range: "A1:C10", style: { font: { size: 13, bold: true }, wrap: false } }] });
    expect(heights(sheet([["I. THÔNG TIN CHUNG — một tiêu đề dài hơn cột rất nhiều", null, null]]), noWrap)).toEqual([[0, 16.5]]);
    expect(heights(sheet([["x", null, "Mã dòng (KHCT) rất dài ".repeat(5)]]), looks({ hiddenColumns: [2] }))).toEqual([[0, 15.75]]);
  });
});
