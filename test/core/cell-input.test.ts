/**
 * Which number format a written cell gets, in both hosts: the text format only on short strings
 * Excel would turn into something else, never on text over 255 characters (desktop Excel shows
 * "####" there), and never on numbers (a number written into a text cell is stored as text).
 */
import fc from "fast-check";
import { cellInput, excelWouldChange, MAX_TEXT_FORMAT_LENGTH } from "../../src/core/sheet/cell-input";
import { readTypedEntry } from "../double/typed-input";
import type { Locale } from "../double/locale";

const CHANGED_BY_EXCEL = ["=x", "- Tham mưu", "-Hiệu trưởng", "+84 912 345 678", "@mention", "'trích", "1.10", "1,10", "9/2022", "5/9/2022", "10.000.000", "1,000", "007", "50%", "1 1/2", "$5", "5 ₫", "1E5", "9:30", "9:30 AM", "TRUE", "false", "#N/A", "Sep-22", "1-Jan", "2024-03-01T08:00:00Z", "(100)"];
const KEPT_BY_EXCEL = ["Tiêu chí 1.10", "Hiệu trưởng", "Đạt mức 3 (hiện trạng mức 2)", "Cả năm học", "Không", "Rà soát, bổ sung kế hoạch.", "  cách đầu  ", "Dòng 1\nDòng 2", "I", "Mức 4", "Tháng 9 năm 2023 tổ chức họp", ""];

describe("what Excel would change if it were typed into a General cell", () => {
  it.each(CHANGED_BY_EXCEL)("%s is protected", (text) => expect(excelWouldChange(text)).toBe(true));
  it.each(KEPT_BY_EXCEL)("%s stays General", (text) => expect(excelWouldChange(text)).toBe(false));

  it("covers everything the test double's typed-input reader changes, on both locales, lenient grouping included", () => {
    const pieces = fc.constantFrom("0", "1", "10", "007", ".", ",", "/", "-", "+", ":", "%", " ", "=", "'", "e", "E", "$", "Tiêu chí", "a", "TRUE", "#N/A", "Sep", "1.10", "9/2022");
    const locales: Locale[] = ["en-US", "vi-VN"];
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 6 }), fc.constantFrom(...locales), fc.boolean(), (parts, locale, lenient) => {
        const text = parts.join("");
        let entry;
        try {
          entry = readTypedEntry(text, locale, false, { year: 2024 }, lenient);
        } catch {
          return excelWouldChange(text); // a formula Excel refuses: protected too
        }
        const unchanged = entry.formula === null && entry.value === text;
        return unchanged || excelWouldChange(text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the number format of a written cell", () => {
  const long = `- ${"Tham mưu xây dựng kế hoạch, phân công thành viên. ".repeat(6)}`;

  it("gives short strings Excel would change the text format, and ordinary text General", () => {
    expect(cellInput("1.10", null)).toEqual({ numberFormat: "@", quotePrefix: false });
    expect(cellInput("Hiệu trưởng", null)).toEqual({ numberFormat: "General", quotePrefix: false });
  });

  it("never gives text over 255 characters the text format: a long string Excel would change gets a quote prefix instead", () => {
    expect(long.length).toBeGreaterThan(MAX_TEXT_FORMAT_LENGTH);
    expect(cellInput(long, null)).toEqual({ numberFormat: "General", quotePrefix: true });
    expect(cellInput(long.slice(2), "@")).toEqual({ numberFormat: "General", quotePrefix: false });
  });

  it("keeps a leading apostrophe by a quote prefix in a General cell", () => {
    expect(cellInput("'trích dẫn'", null)).toEqual({ numberFormat: "General", quotePrefix: true });
  });

  it("gives numbers, booleans and formulas General even where the patch styles the range as text, and their own format otherwise", () => {
    expect(cellInput(1.1, "@").numberFormat).toBe("General");
    expect(cellInput(true, null).numberFormat).toBe("General");
    expect(cellInput({ formula: "=A1", cached: 1 }, "0.0%").numberFormat).toBe("0.0%");
  });

  it("leaves an empty cell's format to the patch (a template's code column keeps the text format for typing)", () => {
    expect(cellInput(null, null).numberFormat).toBeNull();
    expect(cellInput(null, "@").numberFormat).toBe("@");
    expect(cellInput("Tiêu chí 1.1", "@").numberFormat).toBe("@");
  });
});
