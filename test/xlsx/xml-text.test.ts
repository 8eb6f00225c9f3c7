/** The small pieces under the writer: XML escaping, raw element editing, sheet names and references. */
import { cleanSheetName, freeSheetName, sheetReference } from "../../src/core/sheet/sheet-names";
import { renameSheetReferences, sheetRenames } from "../../src/core/sheet/sheet-references";
import { composeWorksheet } from "../../src/xlsx/worksheet-compose";
import { storedColumnWidth } from "../../src/xlsx/worksheet-elements";
import { decodeXstring, escapeAttribute, escapeText, escapeXstring, textElement, unescapeXml } from "../../src/xlsx/xml-escape";
import { editChildren, splitElement, withAttributes } from "../../src/xlsx/xml-raw";

describe("XML escaping", () => {
  it("writes cell text that reads back exactly, control characters and look-alike escapes included", () => {
    for (const s of ["a & b < c > d", "Dán từ Word\u000b", "\u0001\u001f", "_x0041_", "_x005F_", "CR\r\nLF", "Tiếng Việt"]) {
      expect(decodeXstring(unescapeXml(escapeXstring(s)))).toBe(s);
    }
    expect(escapeXstring("a\u000bb")).toBe("a_x000B_b");
    expect(escapeXstring("_x0041_")).toBe("_x005F_x0041_");
  });

  it("keeps leading and trailing spaces with xml:space", () => {
    expect(textElement(" x ")).toBe('<t xml:space="preserve"> x </t>');
    expect(textElement("x")).toBe("<t>x</t>");
  });

  it("drops what XML cannot hold from formulas and attributes, and keeps line breaks in attributes", () => {
    expect(escapeText("=A1&\"\u0000\"")).toBe('=A1&amp;""');
    expect(escapeAttribute('Dòng 1\nDòng "2"')).toBe("Dòng 1&#10;Dòng &quot;2&quot;");
    expect(escapeText("\uD800 lone")).toBe("\uFFFD lone");
  });
});

describe("raw XML editing", () => {
  it("changes one attribute and one child, leaving the rest as written", () => {
    const xml = `<sheets  a='1'>\n  <sheet name="A"/>\n  <!-- kept -->\n  <sheet name="B"></sheet>\n</sheets>`;
    expect(splitElement(xml).children.map((c) => c.raw)).toEqual(['<sheet name="A"/>', '<sheet name="B"></sheet>']);
    const edited = editChildren(withAttributes(xml, { a: "2", b: "x" }), (children) => children.slice(1));
    expect(edited).toBe(`<sheets  a="2" b="x">\n  <!-- kept -->\n  <sheet name="B"></sheet>\n</sheets>`);
  });
});

describe("putting a worksheet together", () => {
  it("puts the patch's elements in schema order among the sheet's own, even in a sheet written with prefixes", () => {
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const old = `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="1"/></x:sheetData><x:conditionalFormatting sqref="A1"/><mc:AlternateContent xmlns:mc="m"/><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><x:extLst/></x:worksheet>`;
    const xml = composeWorksheet(
      old,
      new Map([
        ["sheetData", "<sheetData/>"],
        ["mergeCells", "<mergeCells/>"],
        ["legacyDrawing", '<legacyDrawing r:id="rId9"/>'],
      ]),
    );
    expect(xml).toBe(
      `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${main}" xmlns="${main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
        `<sheetData/><mergeCells/><x:conditionalFormatting sqref="A1"/><mc:AlternateContent xmlns:mc="m"/><x:pageMargins left="1" right="1" top="1" bottom="1" header="0" footer="0"/><legacyDrawing r:id="rId9"/><x:extLst/></x:worksheet>`,
    );
  });
});

describe("sheet names", () => {
  it("follows Excel's rules and never takes a name in use", () => {
    expect(cleanSheetName("KH 2023/2024")).toBe("KH 2023-2024");
    expect(cleanSheetName("'Báo cáo'")).toBe("Báo cáo");
    expect(cleanSheetName("History")).toBe("History (2)");
    expect(freeSheetName("Kế hoạch cải tiến", ["kế hoạch cải tiến", "Kế hoạch cải tiến (2)"])).toBe("Kế hoạch cải tiến (3)");
    expect(freeSheetName("Ke\u0302\u0301 hoạch", ["Kế hoạch"])).toBe("Kế hoạch (2)");
  });

  it("quotes a sheet name in a formula when Excel needs it", () => {
    expect(sheetReference("KHCT")).toBe("KHCT");
    expect(sheetReference("Báo cáo")).toBe("'Báo cáo'");
    expect(sheetReference("A1")).toBe("'A1'");
    expect(sheetReference("Bob's")).toBe("'Bob''s'");
  });

  it("points references at a renamed sheet, outside string literals only", () => {
    const renames = sheetRenames([{ asked: "Báo cáo", given: "Báo cáo (2)" }, { asked: "KHCT", given: "KHCT (2)" }]);
    expect(renameSheetReferences(`='Báo cáo'!A1+KHCT!B2&"'Báo cáo'!A1"&Other!C3`, renames)).toBe(`='Báo cáo (2)'!A1+'KHCT (2)'!B2&"'Báo cáo'!A1"&Other!C3`);
    expect(renameSheetReferences("SUM(KHCT2!A1)", renames)).toBe("SUM(KHCT2!A1)");
  });
});

describe("column widths", () => {
  it("stores a width in characters the way Excel does (20 → 20.7109375)", () => {
    expect(storedColumnWidth(20)).toBe(20.7109375);
    expect(storedColumnWidth(8.43)).toBeCloseTo(9.14, 2);
  });
});
