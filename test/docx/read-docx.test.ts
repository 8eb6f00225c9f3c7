import { strToU8, zipSync } from "fflate";
import { a1 } from "../../src/core/sheet/address";
import type { SheetSnapshot } from "../../src/core/sheet/snapshot";
import { validateWorkbook } from "../../src/core/validate/validate";
import { DocxReadError, readDocx, type DocumentWorkbook } from "../../src/docx/read-docx";
import { deflatedRepeat, oleContainer, rawZip } from "../fixtures/hostile";
import { findings } from "../fixtures/plans";
import { BORDERS, HEADER_2018, HEADER_TABLE, NO_BORDERS, p, PLAN_WIDTHS, planRow, rawDocx, SIGNATURE_TABLE, tbl, tc, tr, W } from "../fixtures/docx/raw-docx";

const read = (body: string, options?: Parameters<typeof rawDocx>[1]): DocumentWorkbook => readDocx(rawDocx(body, options));
const sheet = (body: string, options?: Parameters<typeof rawDocx>[1]): SheetSnapshot => read(body, options).workbook.sheets[0];

/** The sheet's non-empty cells, "A1=text". */
function cells(s: SheetSnapshot): string[] {
  const out: string[] = [];
  s.values.forEach((row, r) => row.forEach((v, c) => v !== null && out.push(`${a1(r, c)}=${v}`)));
  return out;
}

function refusal(bytes: Uint8Array): DocxReadError {
  try {
    readDocx(bytes);
  } catch (e) {
    if (e instanceof DocxReadError) return e;
    throw e;
  }
  throw new Error("read");
}

const small = (rows: string[], tblPr = BORDERS) => tbl([1000, 1000, 1000, 1000, 1000], rows, tblPr);

describe("reading a Word table in its own grid", () => {
  it("w:gridSpan merges across: the text in the first cell, the area merged", () => {
    const s = sheet(small([tr([tc("MỨC 1, 2, 3", `<w:gridSpan w:val="5"/>`)]), tr(["a", "b", "c", "d", "e"].map((t) => tc(t)))]));
    expect(cells(s)).toEqual(["A1=MỨC 1, 2, 3", "A2=a", "B2=b", "C2=c", "D2=d", "E2=e"]);
    expect(s.merges).toEqual(["A1:E1"]);
  });

  it("w:vMerge restart/continue merges down; what a continuing cell holds is not read", () => {
    const s = sheet(small([tr([tc("1", `<w:vMerge w:val="restart"/>`), tc("Tiêu chí 1.2", `<w:vMerge w:val="restart"/>`), tc("x"), tc("y"), tc("z")]), tr([tc("", "<w:vMerge/>"), tc("stale", `<w:vMerge w:val="continue"/>`), tc("x2"), tc("y2"), tc("z2")])]));
    expect(cells(s)).toEqual(["A1=1", "B1=Tiêu chí 1.2", "C1=x", "D1=y", "E1=z", "C2=x2", "D2=y2", "E2=z2"]);
    expect(s.merges).toEqual(["A1:A2", "B1:B2"]);
  });

  it("a merge across and down (w:gridSpan with w:vMerge) is one area", () => {
    const s = sheet(small([tr([tc("Thời gian", `<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>`), tc("c"), tc("d"), tc("e")]), tr([tc("", `<w:gridSpan w:val="2"/><w:vMerge/>`), tc("c2"), tc("d2"), tc("e2")])]));
    expect(s.merges).toEqual(["A1:B2"]);
    expect(cells(s)).toEqual(["A1=Thời gian", "C1=c", "D1=d", "E1=e", "C2=c2", "D2=d2", "E2=e2"]);
  });

  it("the legacy w:hMerge (older Word, WPS Office) merges across", () => {
    const s = sheet(small([tr([tc("Kết quả thực hiện", `<w:hMerge w:val="restart"/>`), tc("", "<w:hMerge/>"), tc("", `<w:hMerge w:val="continue"/>`), tc("d"), tc("e")])]));
    expect(s.merges).toEqual(["A1:C1"]);
    expect(cells(s)).toEqual(["A1=Kết quả thực hiện", "D1=d", "E1=e"]);
  });

  it("w:gridBefore and w:gridAfter leave their grid columns empty; the source counts them", () => {
    const r = read(small([tr(["a", "b", "c", "d", "e"].map((t) => tc(t))), tr([tc("Tiêu chí 2.1"), tc("y")], `<w:gridBefore w:val="1"/><w:gridAfter w:val="2"/>`)]));
    expect(cells(r.workbook.sheets[0])).toEqual(["A1=a", "B1=b", "C1=c", "D1=d", "E1=e", "B2=Tiêu chí 2.1", "C2=y"]);
    expect(r.sources.at(r.workbook.sheets[0].name, 1, 1)).toEqual({ table: 1, row: 2, column: 2 });
  });

  it("a cell's paragraphs are joined with line breaks, and so are soft line breaks (w:br); tabs in a cell are spaces", () => {
    const cell = tc([p("Tham mưu để đảm bảo sĩ số."), `<w:p><w:r><w:t>Dòng một</w:t><w:br/><w:t>dòng hai</w:t><w:tab/><w:t>tiếp</w:t></w:r></w:p>`]);
    const s = sheet(small([tr([cell, tc("b"), tc("c"), tc("d"), tc("e")])]));
    expect(s.values[0][0]).toBe("Tham mưu để đảm bảo sĩ số.\nDòng một\ndòng hai tiếp");
  });

  it("runs split mid-word (formatting, proofing marks, bookmarks) read as one text; NFD and non-breaking spaces are kept as written", () => {
    const split = `<w:p><w:r><w:t>Tiê</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:lang w:val="vi-VN"/></w:rPr><w:t>u ch</w:t></w:r><w:bookmarkStart w:id="0" w:name="x"/><w:r><w:t xml:space="preserve">í </w:t></w:r><w:bookmarkEnd w:id="0"/><w:proofErr w:type="spellEnd"/><w:r><w:t>1.10</w:t></w:r></w:p>`;
    const nfd = "Đạt mức\u00a03".normalize("NFD");
    const s = sheet(small([tr([tc(split), tc(nfd), tc("c"), tc("d"), tc("e")])]));
    expect(s.values[0][0]).toBe("Tiêu chí 1.10");
    expect(s.values[0][1]).toBe(nfd);
  });

  it("tracked changes: deleted and moved-away text is not text, inserted text is, a deleted row is no row", () => {
    const cell = `<w:p><w:r><w:t xml:space="preserve">Đạt mức </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>3</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>2</w:t></w:r></w:ins><w:moveFrom w:id="3" w:author="A"><w:r><w:t> (cũ)</w:t></w:r></w:moveFrom><w:moveTo w:id="4" w:author="A"><w:r><w:t> (mới)</w:t></w:r></w:moveTo></w:p>`;
    const deletedRow = tr(["x", "x", "x", "x", "x"].map((t) => tc(`<w:p><w:del w:id="5" w:author="A"><w:r><w:delText>${t}</w:delText></w:r></w:del></w:p>`)), `<w:del w:id="6" w:author="A"/>`);
    const s = sheet(small([tr([tc(cell), tc("b"), tc("c"), tc("d"), tc("e")]), deletedRow, tr(["f", "g", "h", "i", "j"].map((t) => tc(t)))]));
    expect(cells(s)).toEqual(["A1=Đạt mức 2 (mới)", "B1=b", "C1=c", "D1=d", "E1=e", "A2=f", "B2=g", "C2=h", "D2=i", "E2=j"]);
  });

  it("fields: the result is text, the code is not, and page numbers are left out", () => {
    const complex = (code: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const body =
      `<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r>${complex("PAGE \\* MERGEFORMAT", "3")}<w:r><w:t xml:space="preserve"> / </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple></w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">Năm học </w:t></w:r>${complex('REF nam_hoc \\h', "2023 - 2024")}<w:fldSimple w:instr=" DOCPROPERTY Truong "><w:r><w:t xml:space="preserve"> THPT Nguyễn Du</w:t></w:r></w:fldSimple></w:p>`;
    expect(cells(sheet(body))).toEqual(["A1=Trang  /", "A2=Năm học 2023 - 2024 THPT Nguyễn Du"]);
  });

  it("content controls (w:sdt) around a table, a row, a cell and a run are read through; a control's placeholder is not text", () => {
    const sdt = (content: string, placeholder = false) => `<w:sdt><w:sdtPr>${placeholder ? "<w:showingPlcHdr/>" : ""}<w:alias w:val="x"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
    const runSdt = `<w:p><w:r><w:t xml:space="preserve">Tiêu chí </w:t></w:r>${sdt("<w:r><w:t>1.3</w:t></w:r>")}${sdt("<w:r><w:t>Bấm vào đây để nhập văn bản.</w:t></w:r>", true)}</w:p>`;
    const s = sheet(sdt(small([sdt(tr([sdt(tc(runSdt)), tc("b"), tc("c"), tc("d"), tc("e")]))])));
    expect(cells(s)).toEqual(["A1=Tiêu chí 1.3", "B1=b", "C1=c", "D1=d", "E1=e"]);
  });

  it("hidden text, text boxes and alternate content's fallback copy are not read", () => {
    const box = `<w:txbxContent><w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:txbxContent>`;
    const body = `<w:p><w:r><w:t xml:space="preserve">Kế hoạch </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>hiện</w:t></w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box}</w:pict></mc:Fallback></mc:AlternateContent></w:p>`;
    expect(cells(sheet(body, { namespaces: `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"` }))).toEqual(["A1=Kế hoạch hiện"]);
  });

  it("reads any namespace prefix and the strict OOXML namespace, as other producers write them", () => {
    const body = `<ns0:tbl><ns0:tblPr><ns0:tblBorders><ns0:top ns0:val="single" ns0:sz="4"/></ns0:tblBorders></ns0:tblPr><ns0:tblGrid><ns0:gridCol ns0:w="1000"/><ns0:gridCol ns0:w="1000"/></ns0:tblGrid><ns0:tr><ns0:tc><ns0:tcPr><ns0:gridSpan ns0:val="2"/></ns0:tcPr><ns0:p><ns0:r><ns0:t>MỨC 2</ns0:t></ns0:r></ns0:p></ns0:tc></ns0:tr></ns0:tbl>`;
    const s = sheet(body, { prefix: "ns0" });
    expect(cells(s)).toEqual(["A1=MỨC 2"]);
    expect(s.merges).toEqual(["A1:B1"]);
    expect(cells(sheet(p("Tiêu chí 1.1"), { strict: true }))).toEqual(["A1=Tiêu chí 1.1"]);
  });
});

describe("nested tables", () => {
  it("a plan inside a one-cell table (a pasted page) is read as the plan; its source is a path", () => {
    const plan = tbl(PLAN_WIDTHS, [planRow(HEADER_2018), planRow([null, "Tiêu chí 1.2", "Đạt mức 3 (hiện trạng mức 2)", "Rà soát.", "Hiệu trưởng", "09/2023-05/2024", "Không", null, null])]);
    const r = read(HEADER_TABLE + p("") + tbl([14000], [tr([tc([p("III. NỘI DUNG"), plan, p("")])])]));
    const s = r.workbook.sheets[0];
    const v = validateWorkbook(r.workbook, { standardSet: "tt18-2018" });
    expect(findings(v)).toEqual([`${v.diagnostics[0].cell} level/unavailable`]);
    const row = v.diagnostics[0].row;
    expect(s.values[row][1]).toBe("Tiêu chí 1.2");
    expect(r.sources.at(s.name, row, 2)).toEqual({ table: [2, 1], row: 2, column: 3 });
  });

  it("a table nested in a plan's cell is that cell's text, row by row", () => {
    const inner = tbl([1000, 1000], [tr([tc("Bước 1"), tc("tháng 9")]), tr([tc("Bước 2"), tc("tháng 10")])]);
    const s = sheet(small([tr([tc([p("Các bước:"), inner, p("")]), tc("b"), tc("c"), tc("d"), tc("e")])]));
    expect(s.values[0][0]).toBe("Các bước:\nBước 1 | tháng 9\nBước 2 | tháng 10");
  });
});

/** A 2018 plan of one criterion whose target (Mức 3) the criterion does not have. */
const plan = tbl(PLAN_WIDTHS, [
  planRow(HEADER_2018),
  planRow(["MỨC 1, 2, 3", null, null, null, null, null, null, null, null]),
  planRow([null, "Tiêu chí 1.2", "Đạt mức 3 (hiện trạng mức 2)", "Rà soát.", "Hiệu trưởng", "09/2023-05/2024", "Không", null, null]),
]);

describe("layout tables are not plans", () => {

  it("the borderless header and signature tables become the document's lines, left and right, and feed the detection", () => {
    const r = read(HEADER_TABLE + p("KẾ HOẠCH", `<w:jc w:val="center"/>`) + p("Cải tiến chất lượng giáo dục năm học 2023 - 2024") + plan + SIGNATURE_TABLE);
    const s = r.workbook.sheets[0];
    expect(s.name).toBe("Kế hoạch cải tiến");
    expect(s.values.slice(0, 3).map((row) => row.filter((v) => v !== null))).toEqual([
      ["SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["TRƯỜNG THPT NGUYỄN DU", "Độc lập - Tự do - Hạnh phúc"],
      ["Số: 12/KH-THPTND", "Quận 10, ngày 15 tháng 9 năm 2023"],
    ]);
    const v = validateWorkbook(r.workbook);
    expect(v.table?.range).toBe("A7:I9");
    expect(v.detection.school).toMatchObject({ name: "THPT NGUYỄN DU", type: "thpt", year: "2023-2024" });
    expect(v.detection.set.id).toBe("tt18-2018");
    expect(r.sources.at(s.name, 0, 0)).toEqual({ table: 1, row: 1, column: 1 });
  });

  it("a signature table right under the plan ends the plan: no row of it is read as a task", () => {
    const withSignature = validateWorkbook(read(HEADER_TABLE + plan + SIGNATURE_TABLE).workbook);
    const without = validateWorkbook(read(HEADER_TABLE + plan).workbook);
    expect(findings(withSignature)).toEqual(findings(without));
    expect(withSignature.table?.rows.length).toBe(without.table?.rows.length);
    expect(withSignature.table?.range).toBe(without.table?.range);
  });

  it("a paragraph right under the plan is not read as a continuation of its last task", () => {
    const v = validateWorkbook(read(plan + p("Ghi chú: kế hoạch được rà soát mỗi học kỳ")).workbook, { standardSet: "tt18-2018" });
    expect(v.table?.rows[v.table.rows.length - 1].fields.tasks?.text).toBe("Rà soát.");
  });

  it("a header table drawn with lines is still a header (its wording says so); a small borderless table of other text is layout too", () => {
    const bordered = tbl([4000, 6000], [tr([tc(["UBND XÃ AN PHÚ", "TRƯỜNG TH AN PHÚ"]), tc(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])])]);
    const note = tbl([3000, 3000], [tr([tc("Số lượng đạt: 18/27"), tc("Tỷ lệ: 66,7%")])], NO_BORDERS);
    const s = sheet(bordered + note + plan);
    expect(s.values[0].filter((v) => v !== null)).toEqual(["UBND XÃ AN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]);
    expect(s.values[2].filter((v) => v !== null)).toEqual(["Số lượng đạt: 18/27", "Tỷ lệ: 66,7%"]);
  });

  it("a two-column table with lines (a self-evaluation 'Tiêu chí | Mức đạt được') stays a table, also when the lines come from its style", () => {
    const styles = `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>`;
    const evaluation = tbl([3000, 3000], [tr([tc("Tiêu chí"), tc("Mức đạt được")]), tr([tc("Tiêu chí 1.1"), tc("Mức 2")])], `<w:tblStyle w:val="TableGrid"/>`);
    const r = read(p("Kết quả tự đánh giá") + evaluation, { styles });
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(["Tự đánh giá"]);
    expect(cells(r.workbook.sheets[0])).toEqual(["A1=Kết quả tự đánh giá", "A3=Tiêu chí", "B3=Mức đạt được", "A4=Tiêu chí 1.1", "B4=Mức 2"]);
  });
});

describe("a document laid out as sheets", () => {
  it("lines whose parts are set apart by tabs go left and right, as the forms place them", () => {
    const s = sheet(p("Số: 97 /KH-CX") + `<w:p><w:r><w:t>Số: 97 /KH-CX</w:t><w:tab/><w:tab/><w:t>Hóc Môn, ngày 15 tháng 8 năm 2020</w:t></w:r></w:p>`);
    expect(cells(s)).toEqual(["A1=Số: 97 /KH-CX", "A2=Số: 97 /KH-CX", "E2=Hóc Môn, ngày 15 tháng 8 năm 2020"]);
  });

  it("a plan and the school's own report go to two sheets, each under the lines before it; what follows goes with the last", () => {
    const report = tbl([500, 1800, 3000, 3000, 2000, 2000, 2000, 1000], [
      tr([tc("TT"), tc("Tiêu chuẩn, tiêu chí"), tc("ND Kế hoạch được XD đầu năm"), tc("ND Kế hoạch đã được điều chỉnh"), tc("Những công việc đã triển khai xong theo đúng KH"), tc("Những công việc đang triển khai theo KH, hoặc chậm so với KH"), tc("Những công việc chưa triển khai"), tc("Ghi chú")]),
      tr([tc(""), tc("Tiêu chí 1.2"), tc("Rà soát."), tc(""), tc("Đã thực hiện"), tc(""), tc(""), tc("")]),
    ]);
    const r = read(p("BÁO CÁO") + plan + p("- Kết quả thực hiện") + report + SIGNATURE_TABLE);
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(["Kế hoạch cải tiến", "Báo cáo thực hiện"]);
    const [planSheet, reportSheet] = r.workbook.sheets;
    expect(planSheet.values[0][0]).toBe("BÁO CÁO");
    expect(reportSheet.values[0][0]).toBe("- Kết quả thực hiện");
    expect(cells(reportSheet)).toContain("A7=Nơi nhận:");
    expect(r.sources.at(reportSheet.name, 3, 1)).toEqual({ table: 2, row: 2, column: 2 });
  });
});

describe("what KHCT refuses, with its reason", () => {
  it("a Word 97-2003 .doc or a password-protected .docx (an OLE container)", () => {
    expect(refusal(oleContainer()).reason).toBe("doc-or-encrypted");
  });

  it("what is not a .docx: RTF or HTML saved as .doc, a zip without a document, broken XML", () => {
    expect(refusal(Buffer.from("{\\rtf1\\ansi KẾ HOẠCH}")).reason).toBe("not-docx");
    expect(refusal(Buffer.from("<html><body><table><tr><td>TT</td></tr></table></body></html>")).reason).toBe("not-docx");
    expect(refusal(zipSync({ "a.txt": strToU8("x") })).reason).toBe("not-docx");
    const broken = zipSync({ "word/document.xml": strToU8(`<w:document xmlns:w="${W}"><w:body><w:p></w:body></w:document>`) });
    expect(refusal(broken).reason).toBe("not-docx");
  });

  it("a zip bomb, from the directory, as for a workbook", () => {
    const bomb = rawZip([{ name: "word/document.xml", data: deflatedRepeat("<w:p/>".repeat(174763), 300), declaredSize: 300 * 1024 * 1024 }]);
    const e = refusal(bomb);
    expect(e.reason).toBe("unzipped-too-large");
    expect(e.facts.part).toBe("word/document.xml");
  });

  it("a table of more rows than a sheet may hold", () => {
    const rows = new Array(100_001).fill(tr([tc("x")])).join("");
    const e = refusal(rawDocx(tbl([1000], [rows])));
    expect(e.reason).toBe("too-many-rows");
    expect(e.facts).toMatchObject({ sheet: "Kế hoạch cải tiến", limit: 100_000 });
  });
});
