import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateWorkbook } from "../../src/core/validate/validate";
import { emptyWorkbookPackage } from "../../src/xlsx/new-workbook";
import { LIMITS, readWorkbookBuffer, readWorkbookFile, WorkbookReadError } from "../../src/xlsx/read-workbook";
import { crit, findings, HEADER_2018, plan2018, THPT_2023_HEADER } from "../fixtures/plans";
import { deflatedRepeat, oleContainer, rawEntries, rawWorkbook, rawZip, row, textCell, workbookParts } from "../fixtures/hostile";
import { gridToXlsx } from "../fixtures/to-xlsx";

const dir = mkdtempSync(join(tmpdir(), "khct-hostile-"));
const MB = 1024 * 1024;
const SHEET = "xl/worksheets/sheet1.xml";

async function refusal(reading: Promise<unknown>): Promise<WorkbookReadError> {
  try {
    await reading;
  } catch (e) {
    if (e instanceof WorkbookReadError) return e;
    throw e;
  }
  throw new Error("the workbook was read");
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = Date.now();
  const value = await f();
  return { value, ms: Date.now() - t };
}

/** A workbook whose sheet part is `data` (deflated), claiming `declaredSize` bytes once inflated. */
function withSheetData(data: Buffer, declaredSize: number): Buffer {
  const parts = workbookParts([{ name: "Kế hoạch", body: "<sheetData/>" }]);
  const entries = rawEntries(parts).map((e) => (e.name === SHEET ? { name: SHEET, data, declaredSize } : e));
  return rawZip(entries);
}

/** A 2018-layout THPT plan (rows 7-9) as Excel saves it. */
const PLAN = plan2018([["MỨC 2"], [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], crit("Tiêu chí 1.1"), crit("Tiêu chí 5.9")]);

/** The plan's workbook with its sheet XML edited (elements added that Excel writes for some users' files). */
async function planWith(edit: (sheetXml: string) => string, workbookEdit: (xml: string) => string = (x) => x): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await gridToXlsx(PLAN));
  zip.file(SHEET, edit(await zip.file(SHEET)!.async("string")));
  zip.file("xl/workbook.xml", workbookEdit(await zip.file("xl/workbook.xml")!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("a workbook KHCT refuses before reading it, saying why", () => {
  const bomb = deflatedRepeat("<row/>".repeat(174763), 300); // 300 × 1 MB of "<row/>"

  it("a zip bomb — 300 MB of <row/> in a few hundred kilobytes — is refused from the zip's directory, nothing inflated", async () => {
    expect(bomb.length).toBeLessThan(600 * 1024);
    const { value: e, ms } = await timed(() => refusal(readWorkbookBuffer(withSheetData(bomb, 300 * MB + 2))));
    expect(e.reason).toBe("unzipped-too-large");
    expect(e.facts).toEqual({ part: SHEET, megabytes: 301, limit: LIMITS.partBytes / MB });
    expect(ms).toBeLessThan(500);
    // the same directory over bytes that are not even deflate data: refused all the same, so nothing was inflated
    const garbage = await refusal(readWorkbookBuffer(withSheetData(Buffer.alloc(2000, 0xff), 300 * MB)));
    expect(garbage.reason).toBe("unzipped-too-large");
  });

  it("a zip bomb that lies about its size is measured, inflating no more than the limit", async () => {
    const { value: e, ms } = await timed(() => refusal(readWorkbookBuffer(withSheetData(bomb, 1000))));
    expect(e.reason).toBe("unzipped-too-large");
    expect(e.facts.part).toBe(SHEET);
    expect(ms).toBeLessThan(5000);
  });

  it("parts each under the limit but too large together are refused", async () => {
    const parts = rawEntries(workbookParts([{ name: "Kế hoạch", body: "<sheetData/>" }]));
    const images = [1, 2, 3].map((n) => ({ name: `xl/media/image${n}.png`, data: Buffer.alloc(100, n), declaredSize: 90 * MB }));
    const e = await refusal(readWorkbookBuffer(rawZip([...parts, ...images])));
    expect(e.reason).toBe("unzipped-too-large");
    expect(e.facts).toEqual({ limit: LIMITS.unzippedBytes / MB });
  });

  it("a zip listing more than 10,000 parts is refused", async () => {
    const parts = rawEntries(workbookParts([{ name: "Kế hoạch", body: "<sheetData/>" }]));
    const junk = Array.from({ length: LIMITS.parts }, (_, i) => ({ name: `x/${i}`, data: Buffer.from([3, 0]), declaredSize: 0 }));
    const e = await refusal(readWorkbookBuffer(rawZip([...parts, ...junk])));
    expect(e.reason).toBe("too-many-parts");
    expect(e.facts).toEqual({ count: LIMITS.parts + parts.length, limit: LIMITS.parts });
  });

  it("a file over 50 MB is refused before it is read", async () => {
    const big = join(dir, "anh-chup.xlsx");
    writeFileSync(big, "");
    truncateSync(big, 51 * MB); // sparse: nothing is written
    expect((await refusal(readWorkbookFile(big))).reason).toBe("too-large");
  });

  it("an Excel 97-2003 file or a password-protected workbook (an OLE container, even named .xlsx) is refused", async () => {
    expect((await refusal(readWorkbookBuffer(oleContainer()))).reason).toBe("xls-or-encrypted");
  });

  it("values a hundred thousand rows apart are refused, with the range to clean up", async () => {
    const xlsx = await rawWorkbook([{ name: "Kế hoạch", body: `<sheetData>${row(1, ["TT"])}${row(200000, ["x"])}</sheetData>` }]);
    const e = await refusal(readWorkbookBuffer(xlsx));
    expect(e.reason).toBe("too-many-rows");
    expect(e.facts).toEqual({ sheet: "Kế hoạch", range: "A1:A200000", count: 200000, limit: LIMITS.rows });
  });

  it("a used range over three million cells (a stray value in column XFD) is refused before it is allocated", async () => {
    const xlsx = await rawWorkbook([{ name: "Kế hoạch", body: `<sheetData>${row(1, ["TT"])}<row r="300">${textCell("XFD300", "x")}</row></sheetData>` }]);
    const e = await refusal(readWorkbookBuffer(xlsx));
    expect(e.reason).toBe("too-many-cells");
    expect(e.facts).toMatchObject({ sheet: "Kế hoạch", range: "A1:XFD300", count: 300 * 16384 });
  });

  it("an XML entity bomb (a billion laughs in a sheet's DOCTYPE) is refused as unreadable, not expanded", async () => {
    const entities = ["a", "b", "c", "d", "e", "f", "g", "h"].map((n, i, all) => `<!ENTITY ${n} "${i === 0 ? "haha" : `&${all[i - 1]};`.repeat(10)}">`).join("");
    const xlsx = await rawWorkbook([{ name: "Kế hoạch", body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&h;</t></is></c></row></sheetData>` }]);
    const zip = await JSZip.loadAsync(xlsx);
    zip.file(SHEET, (await zip.file(SHEET)!.async("string")).replace("<worksheet", `<!DOCTYPE worksheet [${entities}]><worksheet`));
    const { value: e, ms } = await timed(async () => refusal(readWorkbookBuffer(await zip.generateAsync({ type: "nodebuffer" }))));
    expect(e.reason).toBe("not-xlsx");
    expect(ms).toBeLessThan(1000);
  });

  it("a workbook with no sheet reads as no sheets (the CLI says so in one sentence)", async () => {
    expect((await readWorkbookBuffer(await emptyWorkbookPackage().toBuffer())).sheets).toEqual([]);
  });
});

describe("a workbook KHCT reads however it was formatted", () => {
  it("a sheet formatted to its last cell (used range A1:XFD1048576) with 20 values reads as those values, fast", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Kế hoạch");
    ws.getColumn(3).font = { bold: true }; // a whole column
    ws.getRow(30).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } }; // a whole row
    ws.getCell("XFD1048576").border = { top: { style: "thin" } }; // the last cell
    const header = HEADER_2018.slice(0, 5);
    header.forEach((h, c) => (ws.getCell(6, c + 1).value = h));
    for (let r = 0; r < 3; r++) ["", `Tiêu chí 1.${r + 1}`, "Đạt mức 2 (hiện trạng mức 1)", "Rà soát kế hoạch", "Hiệu trưởng"].forEach((v, c) => v && (ws.getCell(8 + r, c + 1).value = v));
    ws.getCell("A1").value = "TRƯỜNG THPT NGUYỄN DU";
    ws.getCell("A2").value = "KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2023 - 2024";
    ws.getCell("A7").value = "MỨC 2";
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await (await JSZip.loadAsync(xlsx)).file(SHEET)!.async("string")).toContain('<dimension ref="A1:XFD1048576"/>');
    const { value: book, ms } = await timed(() => readWorkbookBuffer(xlsx));
    const [sheet] = book.sheets;
    expect({ top: sheet.top, left: sheet.left, rows: sheet.values.length, cols: sheet.values[0].length }).toEqual({ top: 0, left: 0, rows: 10, cols: 5 });
    expect(sheet.values.flat().filter((v) => v !== null)).toHaveLength(20);
    expect(validateWorkbook(book).table?.range).toBe("A6:E10");
    expect(ms).toBeLessThan(3000);
  });

  it("dropdowns, merged areas and names over whole columns or the whole sheet read fast and change nothing", async () => {
    const plain = validateWorkbook(await readWorkbookBuffer(await gridToXlsx(PLAN)));
    const merges = Array.from({ length: 5000 }, (_, i) => `<mergeCell ref="A${2000 + 2 * i}:B${2000 + 2 * i}"/>`).join("");
    const xlsx = await planWith(
      (xml) =>
        xml.replace(
          "</sheetData>",
          `</sheetData><mergeCells count="5001"><mergeCell ref="K1:K1048576"/>${merges}</mergeCells>` +
            `<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" dxfId="0" priority="1"><formula>$A1=1</formula></cfRule></conditionalFormatting>` +
            `<dataValidations count="2"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation>` +
            `<dataValidation type="list" sqref="E1:E1048576"><formula1>"Hiệu trưởng"</formula1></dataValidation></dataValidations>`,
        ),
      (xml) => xml.replace("</sheets>", `</sheets><definedNames><definedName name="TatCa">'Kế hoạch'!$A$1:$XFD$1048576</definedName></definedNames>`),
    );
    const { value: book, ms } = await timed(() => readWorkbookBuffer(xlsx));
    expect(ms).toBeLessThan(5000);
    expect(book.sheets[0].merges).toContain("K1:K1048576");
    expect(book.sheets[0].merges).toHaveLength(5001);
    const hostile = validateWorkbook(book);
    expect(findings(hostile)).toEqual(findings(plain));
    expect(findings(hostile)).toEqual(["B10 criterion/unknown"]);
  });

  it("a value left inside a merged area, not in its top-left cell, is not read: Excel does not show it", async () => {
    const xlsx = await rawWorkbook([{ name: "Kế hoạch", body: `<sheetData>${row(1, ["Tiêu đề", "còn sót"])}${row(2, ["a", "b"])}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>` }]);
    const [sheet] = (await readWorkbookBuffer(xlsx)).sheets;
    expect(sheet.values).toEqual([
      ["Tiêu đề", null],
      ["a", "b"],
    ]);
    expect(sheet.merges).toEqual(["A1:B1"]);
  });
});

describe("cells as staff leave them", () => {
  it("a 30,000-character cell is read whole and validated; the finding that quotes it stays short", async () => {
    const long = "Tæ chøc rµ so¸t kÕ ho¹ch ".repeat(1200).slice(0, 30000);
    const book = plan2018([["MỨC 2"], [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], crit("Tiêu chí 1.1", undefined, { tasks: long, lead: "Hiệu trưởng ".repeat(2500) })]);
    const workbook = await readWorkbookBuffer(await gridToXlsx(book));
    expect(workbook.sheets[0].values[8][3]).toHaveLength(30000);
    const { value: v, ms } = await timed(async () => validateWorkbook(workbook));
    expect(findings(v)).toEqual(["D9 text/legacy-encoding"]);
    expect(v.diagnostics[0].message.vi.length).toBeLessThan(300);
    expect(ms).toBeLessThan(2000);
  });

  it("formulas read with their values; an error a real formula returns is no finding, text Excel made a formula of is", async () => {
    const book = plan2018([
      ["MỨC 2"],
      [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
      crit("Tiêu chí 1.1", undefined, { budget: { value: "#REF!", formula: "=SUM(#REF!)" } }),
      crit("Tiêu chí 1.2", undefined, { period: { value: "#N/A", formula: "=VLOOKUP(B9,'Danh mục'!A:B,2,FALSE)" } }),
      crit("Tiêu chí 1.3", undefined, { budget: { value: "#DIV/0!", formula: "=G7/G8" } }),
      crit("Tiêu chí 1.4", undefined, { budget: { value: 1500000, formula: "=500000*3" } }),
      crit("Tiêu chí 1.5", undefined, { lead: { value: "#NAME?", formula: "=-Hiệu trưởng" } }),
    ]);
    const workbook = await readWorkbookBuffer(await gridToXlsx(book));
    const sheet = workbook.sheets[0];
    expect(sheet.values[8][6]).toBe("#REF!");
    expect(sheet.formulas![8][6]).toBe("=SUM(#REF!)");
    expect(sheet.values[11][6]).toBe(1500000);
    expect(findings(validateWorkbook(workbook))).toEqual(["E13 cell/formula-text"]);
  });

  it("an error stored in a required cell holds nothing typed: the cell reads as empty (required/empty), never as formula text", async () => {
    const book = plan2018([["MỨC 2"], [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], crit("Tiêu chí 1.1", undefined, { lead: { value: "#N/A", formula: "=VLOOKUP(B9,A:B,2,0)" } })]);
    expect(findings(validateWorkbook(await readWorkbookBuffer(await gridToXlsx(book))))).toEqual(["E9 required/empty"]);
  });

  it("hidden rows are part of the plan: a mistake on a hidden row is reported", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await gridToXlsx(PLAN)) as unknown as ArrayBuffer);
    wb.worksheets[0].getRow(10).hidden = true; // "Tiêu chí 5.9" does not exist in TT18
    const workbook = await readWorkbookBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(workbook.sheets[0].hiddenRows).toEqual([9]);
    expect(findings(validateWorkbook(workbook))).toEqual(["B10 criterion/unknown"]);
  });

  it("a hidden sheet is not the one checked by default, but its table is listed among the other tables", async () => {
    const hidden = { name: "Bản cũ", hidden: true, rows: [...THPT_2023_HEADER, HEADER_2018, ["MỨC 2"], crit("Tiêu chí 1.1"), crit("Tiêu chí 1.2"), crit("Tiêu chí 1.3")] };
    const workbook = await readWorkbookBuffer(await gridToXlsx({ source: "test", sheets: [hidden, PLAN.sheets[0]] }));
    expect(workbook.sheets.map((s) => [s.name, s.visible])).toEqual([
      ["Bản cũ", false],
      ["Kế hoạch", true],
    ]);
    const v = validateWorkbook(workbook);
    expect(v.sheet).toBe("Kế hoạch");
    expect(v.otherTables).toEqual([{ sheet: "Bản cũ", range: "A6:I10", bySheet: true }]);
  });
});
