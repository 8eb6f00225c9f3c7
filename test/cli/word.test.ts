/**
 * Word in, Word out, from the command line: `khct validate plan.docx` (alone and in a folder),
 * `khct import plan.docx`, `khct export plan.xlsx`. A Word file is checked like a workbook, with
 * where each finding is in the document; what KHCT cannot read gets one sentence, never a trace.
 */
import { execFileSync } from "node:child_process";
import JSZip from "jszip";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { readDocx } from "../../src/docx/read-docx";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { doc000 } from "../fixtures/documents/doc000";
import { doc002 } from "../fixtures/documents/doc002";
import { doc004 } from "../fixtures/documents/doc004";
import { wordFixture } from "../fixtures/docx/word-plans";
import { crit, plan2018 } from "../fixtures/plans";
import { oleContainer } from "../fixtures/hostile";
import { gridToXlsx } from "../fixtures/to-xlsx";
import { convertWithLibreOffice, sofficeAvailable } from "../xlsx/helpers";
import { run, sha } from "./run-khct";

/** The main part of a .docx, as text. */
async function docxXml(docx: Buffer): Promise<{ document: string }> {
  const zip = await JSZip.loadAsync(docx);
  return { document: await zip.file("word/document.xml")!.async("string") };
}

const dir = mkdtempSync(join(tmpdir(), "khct-word-"));
const word000 = join(dir, "ke-hoach-000.docx");
const word004 = join(dir, "bao-cao-004.docx");
const book000 = join(dir, "ke-hoach-000.xlsx");
const book002 = join(dir, "ke-hoach-002.xlsx");
const book004 = join(dir, "bao-cao-004.xlsx");

beforeAll(async () => {
  writeFileSync(word000, await wordFixture("doc000"));
  writeFileSync(word004, await wordFixture("doc004"));
  writeFileSync(book000, await gridToXlsx(doc000));
  writeFileSync(book002, await gridToXlsx(doc002));
  writeFileSync(book004, await gridToXlsx(doc004));
});

const json = async (...argv: string[]) => JSON.parse((await run(...argv, "--format", "json")).out);
/** A validation's JSON without what names the file and the place in Word: what the two must share. */
const shared = (j: { file: string; diagnostics: { source?: unknown }[] }) => ({ ...j, file: undefined, diagnostics: j.diagnostics.map(({ source: _source, ...d }) => d) });

describe("khct validate plan.docx", () => {
  it("checks the Word plan as a workbook: the same findings and totals, each with where it is in the document", async () => {
    const word = await run("validate", word000);
    const book = await run("validate", book000);
    expect(word.code).toBe(1);
    expect(word.err).toBe("");
    expect(word.out).toContain("Tổng cộng: 7 lỗi, 2 cảnh báo, 0 gợi ý; bảng có 11 tiêu chí.");
    expect(book.out).toContain("Tổng cộng: 7 lỗi, 2 cảnh báo, 0 gợi ý; bảng có 11 tiêu chí.");
    expect(word.out).toMatch(/C11\s+lỗi\s+level\/unavailable\n\s+Tiêu chí 1\.2 chỉ có đến mức 2.*\n.*"Duy trì mức 2"\n\s+Trong tệp Word: bảng 2, hàng 4, cột 3\./);
    expect((await run("validate", word000, "--lang", "en")).out).toContain("In the Word file: table 2, row 4, column 3.");
  });

  it("JSON: each finding carries its source (table, row, column in the Word grid) beside the sheet cell the import writes", async () => {
    const j = await json("validate", word000);
    expect(Object.keys(j)).toEqual(["file", "sheet", "otherTables", "standardSet", "school", "diagnostics", "summary"]);
    expect(j.diagnostics[0]).toMatchObject({ rule: "level/unavailable", cell: "C11", source: { table: 2, row: 4, column: 3 } });
    expect(j.diagnostics.every((d: { source: unknown }) => d.source !== undefined)).toBe(true);
    // Tiêu chí 5.4's second task row sits under its merged criterion cell: the finding on the criterion points at the merged cell's first row
    const the54 = j.diagnostics.find((d: { message: string }) => d.message.includes("Tiêu chí 5.4"));
    expect(the54.source).toEqual({ table: 2, row: 20, column: 3 });
    // a workbook's findings have no source
    expect((await json("validate", book000)).diagnostics[0].source).toBeUndefined();
  });

  it("agrees with the workbook `khct import` writes: same sheet, cells, findings and detection", async () => {
    const out = join(dir, "nhap-004.xlsx");
    expect((await run("import", word004, "-o", out)).code).toBe(0);
    expect(shared(await json("validate", word004))).toEqual(shared(await json("validate", out)));
    expect(shared(await json("validate", word004, "--sheet", "Báo cáo thực hiện"))).toEqual(shared(await json("validate", out, "--sheet", "Báo cáo thực hiện")));
  });

  it("refuses a Word 97-2003 .doc, a password-protected or damaged .docx, an RTF saved as .doc: one sentence, exit 2", async () => {
    const cases: [string, Buffer | string, RegExp][] = [
      ["cu.doc", oleContainer(), /là tệp Word 97-2003 \(\.doc\) hoặc có đặt mật khẩu: hãy mở bằng Word, bỏ mật khẩu nếu có và lưu lại dưới dạng \.docx/],
      ["mat-khau.docx", oleContainer(), /hoặc có đặt mật khẩu/],
      ["hong.docx", "PK\u0003\u0004 cut short", /không phải tệp Word \.docx đọc được/],
      ["rtf.doc", "{\\rtf1\\ansi KẾ HOẠCH}", /có thể là tệp RTF hoặc trang web lưu với đuôi \.doc/],
    ];
    for (const [name, bytes, sentence] of cases) {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const r = await run("validate", file);
      expect({ name, code: r.code, out: r.out }).toEqual({ name, code: 2, out: "" });
      expect(r.err).toMatch(sentence);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).not.toMatch(/\bat \w|Error:/);
    }
    expect((await run("validate", join(dir, "cu.doc"), "--lang", "en")).err).toContain("is a Word 97-2003 (.doc) file or is password-protected: open it in Word");
  });
});

describe("khct validate <folder> with Word files", () => {
  it("checks .docx files like workbooks and gives a .doc its own row; JSON lines carry the sources", async () => {
    const folder = join(dir, "so");
    mkdirSync(folder);
    writeFileSync(join(folder, "truong-a.docx"), readFileSync(word000));
    writeFileSync(join(folder, "truong-a.xlsx"), readFileSync(book000));
    writeFileSync(join(folder, "truong-b.doc"), oleContainer());
    writeFileSync(join(folder, "truong-c.odt"), "PK");
    const r = await run("validate", folder);
    const lines = r.out.trim().split("\n");
    expect(lines.map((l) => basename(l.split(":")[0]))).toEqual(["truong-b.doc", "truong-c.odt", "truong-a.docx", "truong-a.xlsx", "Tổng cộng"]);
    expect(lines[0]).toContain("là tệp Word 97-2003 (.doc)");
    expect(lines[1]).toContain("lưu lại dưới dạng .docx");
    expect(lines[2]).toContain("(không rõ trường), năm học 2023-2024, TT18/2018 — 7 lỗi, 2 cảnh báo, 11 tiêu chí");
    expect(lines.at(-1)).toBe("Tổng cộng: 4 tệp — 0 không có lỗi, 2 có lỗi, 2 không đọc được.");
    const results = (await run("validate", folder, "--format", "json")).out.trim().split("\n").map((l) => JSON.parse(l));
    const docx = results.find((j) => j.file.endsWith(".docx"));
    expect(docx.diagnostics[0].source).toEqual({ table: 2, row: 4, column: 3 });
    expect(results.find((j) => j.file.endsWith(".doc")).error.reason).toBe("doc-or-encrypted");
  });
});

describe("khct import plan.docx", () => {
  it("writes the plan into a workbook beside it, laid out as KHCT's sheets, and says what it found", async () => {
    const before = sha(book000);
    const r = await run("import", word000);
    expect(r.code).toBe(2); // ke-hoach-000.xlsx exists: not overwritten
    expect(r.err).toContain("đã có: KHCT không ghi đè");
    expect(sha(book000)).toBe(before);
    const fresh = join(dir, "moi");
    mkdirSync(fresh);
    const input = join(fresh, "ke-hoach.docx");
    writeFileSync(input, readFileSync(word000));
    const ok = await run("import", input);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain(`Đã nhập "${input}" vào ${join(fresh, "ke-hoach.xlsx")}: trang "Kế hoạch cải tiến"; bảng kế hoạch có 20 dòng.`);
    expect(ok.out).toContain("Kế hoạch còn 7 lỗi và 2 cảnh báo");
    const book = await readWorkbookFile(join(fresh, "ke-hoach.xlsx"));
    expect(book.sheets.map((s) => s.name)).toEqual(["Kế hoạch cải tiến"]);
  });

  it("keeps codes as text and the merges as Word had them", async () => {
    const out = join(dir, "bao-cao-004-nhap.xlsx");
    await run("import", word004, "-o", out);
    const book = await readWorkbookFile(out);
    const plan = book.sheets[0];
    const codes = plan.values.flat().filter((v) => v === "1.9" || v === "1.10");
    expect(codes).toEqual(["1.9", "1.10"]);
    expect(plan.merges).toContain("A9:I9"); // "MỨC 1" across the table
    expect(plan.merges.some((m) => /^A10:A\d+$/.test(m))).toBe(true); // the TT cell of standard 1 down its criteria
  });

  it("leaves nothing behind when the document cannot be read, and refuses what is not Word or not .xlsx", async () => {
    const bad = join(dir, "hong-nhap.docx");
    writeFileSync(bad, "not a document");
    const r = await run("import", bad);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "hong-nhap.xlsx"))).toBe(false);
    expect((await run("import", book000)).err).toContain("không phải tệp Word (.docx)");
    expect((await run("import", word000, "-o", join(dir, "x.docx"))).err).toContain("đặt tên tệp kết quả có đuôi .xlsx");
  });
});

describe("khct report on a Word file", () => {
  it("says to import it first: the report is written into a workbook", async () => {
    const r = await run("report", word000);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`hãy nhập "${word000}" trước bằng khct import`);
  });
});

describe("khct export plan.xlsx", () => {
  it("writes the plan as a Word document, never over a file without --force, and leaves the workbook as it was", async () => {
    const out = join(dir, "ke-hoach-000-xuat.docx");
    const before = sha(book000);
    const r = await run("export", book000, "-o", out);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`Đã xuất trang "Kế hoạch" của ${book000} thành ${out}: 20 dòng bảng, khổ A4 (trang bảng nằm ngang).`);
    expect(sha(book000)).toBe(before);
    expect((await run("export", book000, "-o", out)).code).toBe(2);
    expect((await run("export", book000, "-o", out, "--force")).code).toBe(0);
  });

  it("exports the report sheet named with --sheet", async () => {
    const out = join(dir, "bao-cao-004.docx.out.docx");
    const r = await run("export", book004, "--sheet", "Kết quả thực hiện", "-o", out);
    expect(r.code).toBe(0);
    const back = readDocx(readFileSync(out));
    expect(back.workbook.sheets.map((s) => s.name)).toEqual(["Báo cáo thực hiện"]);
  });

  it("says so when the sheet has no plan or report table", async () => {
    const r = await run("export", book004, "--sheet", "Nope", "-o", join(dir, "x2.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có trang tính "Nope"');
  });
});

describe("round trip: export → import → validate", () => {
  /** "rule severity criterion" of each finding, sorted. */
  const kinds = (j: { diagnostics: { rule: string; severity: string; message: string }[] }) => j.diagnostics.map((d) => `${d.rule} ${d.severity}`).sort();

  it.each([
    ["document 000", "000", [] as string[]],
    // Excel made a formula of "-Hiệu trưởng": the export writes the text typed, which is no formula any more
    ["document 002", "002", ["cell/formula-text error"]],
  ])("%s gives the source workbook's findings", async (_name, n, excelOnly) => {
    const source = n === "000" ? book000 : book002;
    const docx = join(dir, `vong-${n}.docx`);
    const back = join(dir, `vong-${n}.xlsx`);
    expect((await run("export", source, "-o", docx)).code).toBe(0);
    expect((await run("import", docx, "-o", back)).code).toBe(0);
    const expected = kinds(await json("validate", source)).filter((k) => !excelOnly.includes(k));
    expect(kinds(await json("validate", back))).toEqual(expected);
    expect(kinds(await json("validate", docx))).toEqual(expected);
    expect((await json("validate", back)).standardSet.id).toBe((await json("validate", source)).standardSet.id);
  });

  it("KHCT's own TT57 template with a staff mistake comes back with the same finding", async () => {
    const tpl = join(dir, "mau-57.xlsx");
    expect((await run("template", "--school-type", "thcs", "--criteria", "1.3,1.4", "--school", "THCS Lê Lợi", "-o", tpl)).code).toBe(0);
    const docx = join(dir, "mau-57.docx");
    expect((await run("export", tpl, "-o", docx)).code).toBe(0);
    const source = await json("validate", tpl);
    const word = await json("validate", docx);
    expect(kinds(word)).toEqual(kinds(source));
    expect(word.standardSet.id).toBe(source.standardSet.id);
    expect(word.school.type).toBe("thcs");
  });
});

const itWithSoffice = sofficeAvailable() ? it : it.skip;

describe("the exported document in LibreOffice", () => {
  jest.setTimeout(180_000);

  itWithSoffice("opens and prints: the header and title on a portrait page, the table on landscape pages with its header repeated and page numbers", async () => {
    const tpl = join(dir, "mau-57-in.xlsx");
    await run("template", "--school-type", "thpt", "--criteria", "mandatory", "--school", "THPT Nguyễn Du", "--governing-body", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", "-o", tpl);
    const docx = join(dir, "mau-57-in.docx");
    await run("export", tpl, "-o", docx);
    const pdf = convertWithLibreOffice(readFileSync(docx), "pdf", "docx");
    const pdfFile = join(dir, "mau-57-in.pdf");
    writeFileSync(pdfFile, pdf);
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "3", pdfFile]).toString();
    expect(info).toMatch(/Page\s+1 size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Page\s+2 size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    const text = execFileSync("pdftotext", ["-layout", pdfFile, "-"]).toString();
    const pages = text.split("\f");
    expect(pages[0]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(pages[0]).toContain("TRƯỜNG THPT NGUYỄN DU");
    expect(pages[0]).toContain("KẾ HOẠCH");
    expect(pages[1]).toMatch(/^\s*2\s*$/m); // the page number, at the top from the second page
    expect(pages.filter((p) => p.includes("Hoạt động/giải pháp")).length).toBeGreaterThanOrEqual(2); // the plan's header on each of its pages
    expect(text).toContain("Nơi nhận:");
    expect(text).toContain("HIỆU TRƯỞNG");
    // the signature block is never split across pages: the signer's name stays with "Nơi nhận" and the title
    const imported = join(dir, "ke-hoach-000-in.xlsx");
    const again000 = join(dir, "ke-hoach-000-in.docx");
    await run("import", word000, "-o", imported);
    await run("export", imported, "-o", again000);
    const pdf000 = join(dir, "ke-hoach-000-in.pdf");
    writeFileSync(pdf000, convertWithLibreOffice(readFileSync(again000), "pdf", "docx"));
    const signed = execFileSync("pdftotext", ["-layout", pdf000, "-"]).toString().split("\f").find((p) => p.includes("Nơi nhận:"))!;
    expect(signed).toContain("HIỆU TRƯỞNG");
    expect(signed).toContain("Lương Văn Định");
    // what LibreOffice saves again as .docx still reads as the same plan
    const resaved = convertWithLibreOffice(readFileSync(docx), "docx", "docx");
    const again = readDocx(resaved);
    expect(again.workbook.sheets.map((s) => s.name)).toEqual(["Kế hoạch cải tiến"]);
  });

  itWithSoffice("prints as the sheet does: sections after a table are paragraphs, no heading ends a page, no row splits across pages", async () => {
    const tpl = join(dir, "mau-57-phan.xlsx");
    await run("template", "--school-type", "thpt", "--criteria", "mandatory", "--school", "THPT Nguyễn Du", "-o", tpl);
    const docx = join(dir, "mau-57-phan.docx");
    await run("export", tpl, "-o", docx);
    const pdfFile = join(dir, "mau-57-phan.pdf");
    writeFileSync(pdfFile, convertWithLibreOffice(readFileSync(docx), "pdf", "docx"));
    const pages = execFileSync("pdftotext", ["-layout", pdfFile, "-"]).toString().split("\f");
    const text = pages.join("\n");
    // TT57's sections VII and VIII under the monitoring table: lines of text, not rows of that table
    expect(text).toMatch(/^\s*VII\. TỔ CHỨC THỰC HIỆN\s*$/m);
    expect(text).toMatch(/^\s*VIII\. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO\s*$/m);
    // a section's heading is never the last line of its page
    const lastLines = pages.map((p) => p.split("\n").filter((l) => l.trim()).pop() ?? "");
    expect(lastLines.filter((l) => /^\s*[IVX]+\.\s/.test(l))).toEqual([]);
    // section V's heading prints above its table's header
    const planPage = pages.findIndex((p) => /^\s*V\. KẾ HOẠCH CẢI TIẾN/m.test(p));
    expect(pages[planPage]).toContain("Hoạt động/giải pháp");
    // every row of every table is kept whole on its page
    const { document } = await docxXml(readFileSync(docx));
    const rows = document.match(/<w:tr[ >]/g)!.length;
    expect(rows).toBeGreaterThan(20);
    expect(document.match(/<w:cantSplit\/>/g)?.length).toBe(rows);
  });

  itWithSoffice.each([7, 16])("a report of %i tasks: its comment block prints whole, on the signature's page", async (tasks) => {
    const rows = Array.from({ length: tasks }, (_, i) => crit(i === 0 ? "Tiêu chí 1.1" : null, i === 0 ? undefined : null, { tasks: `Nhiệm vụ ${i + 1}: rà soát, bổ sung kế hoạch và tổ chức thực hiện theo từng học kỳ.` }));
    const plan = join(dir, `kh-${tasks}.xlsx`);
    const report = join(dir, `bc-${tasks}.xlsx`);
    const docx = join(dir, `bc-${tasks}.docx`);
    writeFileSync(plan, await gridToXlsx(plan2018(rows)));
    expect((await run("report", plan, "-o", report, "--date", "2024-03-15")).code).toBe(0);
    expect((await run("export", report, "--sheet", "Báo cáo tiến độ - Cả năm học", "-o", docx)).code).toBe(0);
    const pdfFile = join(dir, `bc-${tasks}.pdf`);
    writeFileSync(pdfFile, convertWithLibreOffice(readFileSync(docx), "pdf", "docx"));
    const pages = execFileSync("pdftotext", ["-layout", pdfFile, "-"]).toString().split("\f");
    const signed = pages.find((p) => p.includes("Nơi nhận:"))!;
    for (const label of ["Nhận xét, đánh giá:", "+ Ưu điểm:", "+ Hạn chế:", "Kiến nghị, đề xuất:", "HIỆU TRƯỞNG"]) expect(signed).toContain(label);
  });
});
