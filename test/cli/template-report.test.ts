import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateWorkbook } from "../../src/core/validate/validate";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { doc000 } from "../fixtures/documents/doc000";
import { gridToXlsx } from "../fixtures/to-xlsx";
import { partText } from "../xlsx/helpers";
import { typeCells } from "../print/type-cells";
import { run, sha } from "./run-khct";

const dir = mkdtempSync(join(tmpdir(), "khct-tr-"));


describe("khct template", () => {
  it("writes the TT57 template for the school type by default, with no criteria", async () => {
    const file = join(dir, "thcs.xlsx");
    const r = await run("template", "--school-type", "thcs", "--school", "THCS Văn Lang", "--year", "2026-2027", "-o", file);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain('trang "Kế hoạch cải tiến" (TT57/2026 – phổ thông, 0 tiêu chí)');
    const v = validateWorkbook(await readWorkbookFile(file));
    expect(v.detection.set.id).toBe("tt57-2026-pho-thong");
    expect(v.table?.layout.id).toBe("plan-tt57");
    expect(v.detection.school).toMatchObject({ name: "THCS VĂN LANG", type: "thcs", year: "2026-2027" });
  });

  it("takes every flag: set, criteria list, school, governing body, number, date, place, year", async () => {
    const file = join(dir, "thpt.xlsx");
    const r = await run("template", "--standard-set", "tt18-2018", "--criteria", "1.2,3.4", "--school", "THPT Nguyễn Du", "--governing-body", "SỞ GD&ĐT TP. HỒ CHÍ MINH", "--number", "12/KH-THPTND", "--date", "2025-09-15", "--place", "Quận 10", "--year", "2025-2026", "-o", file);
    expect(r.code).toBe(0);
    const wb = await readWorkbookFile(file);
    const plan = wb.sheets.find((s) => s.name === "Kế hoạch cải tiến")!;
    const texts = plan.values.flat();
    for (const t of ["SỞ GD&ĐT TP. HỒ CHÍ MINH", "TRƯỜNG THPT NGUYỄN DU", "Số: 12/KH-THPTND", "Quận 10, ngày 15 tháng 9 năm 2025", "Tiêu chí 1.2", "Tiêu chí 3.4"]) expect(texts).toContain(t);
    expect(texts).not.toContain("Tiêu chí 1.1");
    expect(wb.sheets.find((s) => s.name === "KHCT_DM_tt18-2018")?.visible).toBe(false);
  });

  it("never overwrites a file unless --force", async () => {
    const file = join(dir, "exists.xlsx");
    writeFileSync(file, "not mine");
    const r = await run("template", "--school-type", "th", "-o", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain("đã có: KHCT không ghi đè");
    expect(readFileSync(file, "utf8")).toBe("not mine");
    expect((await run("template", "--school-type", "th", "-o", file, "--force")).code).toBe(0);
    expect(validateWorkbook(await readWorkbookFile(file)).detection.set.id).toBe("tt57-2026-pho-thong");
  });

  it.each([
    [["--standard-set", "tt18-2018", "--criteria", "mandatory"], "không có tiêu chí bắt buộc"],
    [["--standard-set", "tt17-2018", "--criteria", "5.6"], "không có tiêu chí 5.6"],
    [["--school-type", "dai-hoc"], '"dai-hoc" của --school-type không hợp lệ'],
    [["--school-type", "th", "--date", "2026-02-30"], 'Ngày "2026-02-30" không hợp lệ'],
    [["--school-type", "th", "--year", "2026-2028"], 'Năm học "2026-2028" không hợp lệ'],
    [[], "Hãy chọn bộ tiêu chuẩn"],
  ])("refuses %j with exit 2 and one sentence", async (flags, message) => {
    const file = join(dir, `refused-${Math.random()}.xlsx`);
    const r = await run("template", ...flags, "-o", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(existsSync(file)).toBe(false);
  });

  it("a fresh template checks with one error per row not yet filled in, told in one line; a batch still counts them as errors", async () => {
    const tt18 = join(dir, "fresh-tt18.xlsx");
    const tt57 = join(dir, "fresh-tt57.xlsx");
    expect((await run("template", "--standard-set", "tt18-2018", "--year", "2025-2026", "-o", tt18)).code).toBe(0);
    expect((await run("template", "--school-type", "thcs", "--criteria", "all", "--year", "2026-2027", "-o", tt57)).code).toBe(0);
    const r = await run("validate", tt18);
    expect(r.code).toBe(1);
    const lines = r.out.split("\n").filter((l) => l.includes("required/"));
    expect(lines).toEqual(["D12   lỗi       required/unfilled  28 dòng chưa được điền (hàng 12–21, 23–26, 28–33, 35–36, 38–43): điền các cột bắt buộc cho tiêu chí nhà trường cải tiến, xóa dòng của tiêu chí không cải tiến."]);
    expect(r.out).toContain("Tổng cộng: 28 lỗi, 5 cảnh báo, 0 gợi ý; bảng có 28 tiêu chí.");
    const en = await run("validate", tt57, "--lang", "en");
    expect(en.out).toContain("15 rows not filled in (rows 46–60)");
    expect(en.out).toContain("Total: 15 errors, 0 warnings");
    // the key-problems and monitoring tables share the plan's sheet: --sheet cannot reach them
    expect(en.out).toContain("This sheet also holds the tables A25:J42, A66:J80 (not checked).");
    expect(en.out).not.toContain("check them with --sheet");
    const batch = await run("validate", tt18, tt57);
    expect(batch.code).toBe(1);
    expect(batch.out).toContain("— 28 lỗi, 5 cảnh báo, 28 tiêu chí");
    expect(batch.out).toContain("— 15 lỗi, 0 cảnh báo, 15 tiêu chí");
    expect(batch.out).toContain("0 không có lỗi, 2 có lỗi");
  });

  it("needs -o", async () => {
    expect((await run("template", "--school-type", "th")).err).toContain("Thiếu tệp kết quả");
  });
});

describe("khct report", () => {
  let plan: string;
  beforeAll(async () => {
    plan = join(dir, "ke-hoach.xlsx");
    writeFileSync(plan, await gridToXlsx(doc000));
  });

  it("writes a new workbook beside the input, every input sheet unchanged plus the report; the input is untouched", async () => {
    const before = sha(plan);
    const r = await run("report", plan, "--date", "2024-03-01");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Báo cáo tiến độ - Cả năm học");
    expect(r.out).toContain("Kế hoạch còn 7 lỗi và 2 cảnh báo"); // findings do not stop a report
    expect(sha(plan)).toBe(before);
    const out = join(dir, "ke-hoach-bao-cao.xlsx");
    const wb = await readWorkbookFile(out);
    expect(wb.sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Báo cáo tiến độ - Cả năm học"]);
    expect(wb.sheets[0]).toEqual((await readWorkbookFile(plan)).sheets[0]);
  });

  it("refuses an existing output without --force, and -o with --in-place", async () => {
    const r = await run("report", plan);
    expect(r.code).toBe(2);
    expect(r.err).toContain("ke-hoach-bao-cao.xlsx");
    expect((await run("report", plan, "-o", "x.xlsx", "--in-place")).code).toBe(2);
  });

  it("--period hk1 writes its own sheet; a sheet without a plan table is refused", async () => {
    const out = join(dir, "hk1.xlsx");
    expect((await run("report", plan, "--period", "hk1", "-o", out)).code).toBe(0);
    expect((await readWorkbookFile(out)).sheets.map((s) => s.name)).toContain("Báo cáo tiến độ - Học kỳ I");
    const r = await run("report", out, "--sheet", "Báo cáo tiến độ - Học kỳ I", "-o", join(dir, "no.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không tìm thấy bảng kế hoạch");
  });

  it("without --period, refreshes the one report sheet the file has (Học kỳ I here) instead of adding a second period's sheet", async () => {
    const file = join(dir, "hk1-refresh.xlsx");
    expect((await run("report", plan, "--period", "hk1", "-o", file, "--date", "2024-01-10")).code).toBe(0);
    const inPlace = await run("report", file, "--in-place", "--date", "2024-01-20");
    expect(inPlace.code).toBe(0);
    expect(inPlace.out).toContain(`Đã cập nhật báo cáo: ${file}, trang "Báo cáo tiến độ - Học kỳ I"`);
    expect((await readWorkbookFile(file)).sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Báo cáo tiến độ - Học kỳ I"]);
    const copy = join(dir, "hk1-refresh-copy.xlsx");
    expect((await run("report", file, "-o", copy)).out).toContain('Đã cập nhật báo cáo');
    expect((await readWorkbookFile(copy)).sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Báo cáo tiến độ - Học kỳ I"]);
    // --period still chooses: the year's sheet is added beside it; with two, no --period means the year's
    expect((await run("report", file, "--in-place", "--period", "year")).out).toContain("Đã lập báo cáo");
    expect((await run("report", file, "--in-place")).out).toContain('trang "Báo cáo tiến độ - Cả năm học"');
    expect((await readWorkbookFile(file)).sheets.map((s) => s.name)).toEqual(["Kế hoạch", "Báo cáo tiến độ - Học kỳ I", "Báo cáo tiến độ - Cả năm học"]);
  });

  it("refreshes in place after staff typed into the report and another program re-saved it: nothing typed is lost", async () => {
    const file = join(dir, "refresh.xlsx");
    expect((await run("report", plan, "-o", file, "--date", "2024-03-01")).code).toBe(0);
    // staff open the report in another program (exceljs here), type, save
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Báo cáo tiến độ - Cả năm học")!;
    let typed = 0;
    ws.eachRow((row) => {
      if (row.getCell(10).value === "1.2#1") {
        row.getCell(5).value = "Đã kiện toàn Hội đồng trường";
        row.getCell(9).value = "Hoàn thành";
        typed++;
      }
      if (row.getCell(1).value === "+ Hạn chế:") row.getCell(3).value = "Còn phụ thuộc kinh phí cấp trên.";
    });
    expect(typed).toBe(1);
    await wb.xlsx.writeFile(file);
    const r = await run("report", file, "--in-place", "--date", "2024-06-20");
    expect(r.code).toBe(0);
    expect(r.out).toContain("giữ nguyên 11 dòng đã nhập");
    const back = (await readWorkbookFile(file)).sheets.find((s) => s.name === "Báo cáo tiến độ - Cả năm học")!;
    const row = back.values.find((v) => v.includes("1.2#1"))!;
    expect(row[4]).toBe("Đã kiện toàn Hội đồng trường");
    expect(row[8]).toBe("Hoàn thành");
    expect(back.values.find((v) => v[0] === "+ Hạn chế:")?.[2]).toBe("Còn phụ thuộc kinh phí cấp trên.");
  });
});

describe("khct report: notes on the report at a refresh", () => {
  it("a note staff put on a task follows it when rows move, and KHCT's late notes are today's, on late tasks only", async () => {
    const plan = join(dir, "notes-plan.xlsx");
    writeFileSync(plan, await gridToXlsx(doc000));
    const file = join(dir, "notes.xlsx");
    expect((await run("report", plan, "-o", file, "--date", "2024-12-01")).code).toBe(0);
    // staff write long results for the first six tasks (their rows grow, the page breaks and the header copies move)
    // and a note on the 3.5 task, in another program (exceljs here)
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Báo cáo tiến độ - Cả năm học")!;
    const keyRows: { key: string; row: number }[] = [];
    ws.eachRow((row, n) => {
      const key = row.getCell(10).value;
      if (typeof key === "string" && key.includes("#")) keyRows.push({ key, row: n });
    });
    for (const { row } of keyRows.slice(0, 6)) ws.getCell(row, 5).value = `Đã triển khai đầy đủ: ${"tổ chức họp, phân công, kiểm tra, đánh giá, báo cáo kết quả. ".repeat(6)}`;
    const noted = keyRows.find((k) => k.key === "3.5#1")!;
    ws.getCell(noted.row, 8).note = "Cô Lan: cần bổ sung minh chứng";
    await wb.xlsx.writeFile(file);

    const r = await run("report", file, "--in-place", "--date", "2024-12-15");
    expect(r.code).toBe(0);
    expect(r.out).toContain("5 công việc quá hạn");
    const back = (await readWorkbookFile(file, { notes: true })).sheets.find((s) => s.name === "Báo cáo tiến độ - Cả năm học")!;
    const keyAt = (cell: string) => back.values[Number(cell.slice(1)) - 1 - back.top]?.[9 - back.left];
    const row35 = back.values.findIndex((v) => v.includes("3.5#1")) + back.top + 1;
    expect(row35).not.toBe(noted.row); // the rows did move
    const notes = back.notes ?? [];
    expect(notes.filter((n) => n.text === "Cô Lan: cần bổ sung minh chứng").map((n) => n.cell)).toEqual([`H${row35}`]);
    const khct = notes.filter((n) => n.text.startsWith("KHCT:"));
    expect(khct).toHaveLength(5);
    for (const n of khct) {
      expect(n.text).toContain("15/12/2024");
      expect(n.cell.startsWith("I")).toBe(true);
      expect(String(keyAt(n.cell))).toMatch(/#1$/);
    }
  });
});

describe("khct report --year-end", () => {
  it("moves the end of 'Hằng năm' tasks: a task due at the school year's end is late only after that date", async () => {
    const plan = join(dir, "hang-nam.xlsx");
    const header = [["SỞ GIÁO DỤC VÀ ĐÀO TẠO"], ["TRƯỜNG THPT NGUYỄN DU"], ["KẾ HOẠCH năm học 2023 - 2024"], [], []];
    const rows = [["MỨC 1, 2, 3"], [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], [null, "Tiêu chí 1.1", "Đạt mức 2 (hiện trạng mức 1)", "Rà soát chiến lược", "Hiệu trưởng", "Hằng năm"]];
    writeFileSync(plan, await gridToXlsx({ source: "t", sheets: [{ name: "Kế hoạch", rows: [...header, ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)", "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện", "Thời gian thực hiện"], ...rows] }] }));
    const byDefault = await run("report", plan, "-o", join(dir, "hn1.xlsx"), "--date", "2024-06-15");
    expect(byDefault.out).toContain("1 công việc quá hạn"); // ended 31/05/2024
    const later = await run("report", plan, "-o", join(dir, "hn2.xlsx"), "--date", "2024-06-15", "--year-end", "2024-06-30");
    expect(later.out).toContain("0 công việc quá hạn");
    expect((await run("report", plan, "-o", join(dir, "hn3.xlsx"), "--year-end", "30/06/2024")).code).toBe(2);
  });
});

describe("official wording from the flags", () => {
  it("a continuing-education centre is 'Trung tâm …' signed by its director, on the deputy's behalf when --deputy; its address in section I", async () => {
    const file = join(dir, "gdtx.xlsx");
    const r = await run("template", "--school-type", "gdtx", "--school", "Trung tâm GDNN-GDTX Quận 3", "--governing-body", "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", "--address", "12 Lê Quý Đôn, phường Xuân Hòa", "--deputy", "--signer", "Trần Văn Bình", "--year", "2026-2027", "-o", file);
    expect(r.code).toBe(0);
    const texts = (await readWorkbookFile(file)).sheets[0].values.flat();
    for (const t of ["TRUNG TÂM GDNN-GDTX QUẬN 3", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình", "1. Tên cơ sở giáo dục: Trung tâm GDNN-GDTX Quận 3", "2. Loại hình: Trung tâm giáo dục thường xuyên", "3. Địa chỉ: 12 Lê Quý Đôn, phường Xuân Hòa", "- Sở Giáo dục và Đào tạo TP. Hồ Chí Minh (để báo cáo);", "- Lưu: VT."]) expect(texts).toContain(t);
    expect(texts.filter((t) => typeof t === "string" && /HIỆU TRƯỞNG|TRƯỜNG TRUNG TÂM|\(Ký, ghi rõ/.test(t))).toEqual([]);
  });
});

describe("khct layout", () => {
  it("lays a plan staff typed into out for print, in place, writing only row heights, page breaks, print area and page setup", async () => {
    const file = join(dir, "layout.xlsx");
    expect((await run("template", "--standard-set", "tt18-2018", "--criteria", "1.2,1.7,1.9,3.4", "--school", "THPT Thạnh Lộc", "--year", "2023-2024", "-o", file)).code).toBe(0);
    // staff type the long tasks of document 000 into the plan (the file keeps the template's heights)
    const plan = (await readWorkbookFile(file)).sheets[0];
    const tasks = new Map((await readWorkbookFile(join(dir, "ke-hoach.xlsx"))).sheets[0].values.filter((r) => typeof r[1] === "string" && /^Tiêu chí/.test(r[1] as string)).map((r) => [r[1] as string, r[3] as string]));
    const typed = new Map<string, string>();
    plan.values.forEach((r, i) => {
      const task = typeof r[1] === "string" ? tasks.get(r[1]) : undefined;
      if (task) typed.set(`D${plan.top + i + 1}`, task);
    });
    expect(typed.size).toBe(4);
    writeFileSync(file, await typeCells(readFileSync(file), "Kế hoạch cải tiến", typed));
    const before = await readWorkbookFile(file);
    const heightsBefore = rowHeights(await partText(readFileSync(file), "xl/worksheets/sheet1.xml"));

    const r = await run("layout", file);
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toMatch(/Đã chuẩn bị bản in trang "Kế hoạch cải tiến" trong .*layout\.xlsx: \d+ trang A4 ngang, tỷ lệ in 78%\./);
    const after = await readWorkbookFile(file);
    expect(after.sheets.map((s) => [s.name, s.values, s.merges])).toEqual(before.sheets.map((s) => [s.name, s.values, s.merges])); // nothing typed changed
    const xml = await partText(readFileSync(file), "xl/worksheets/sheet1.xml");
    const heightsAfter = rowHeights(xml);
    const typedRow = Number([...typed.keys()][2].slice(1)); // Tiêu chí 1.9, the longest task
    expect(heightsBefore.get(typedRow)).toBeLessThan(20);
    expect(heightsAfter.get(typedRow)).toBeGreaterThan(100);
    expect(xml).toMatch(/<rowBreaks count="\d+"/);
    expect(await partText(readFileSync(file), "xl/workbook.xml")).toContain("_xlnm.Print_Area");
  });

  it("refuses a workbook with nothing to lay out, and an existing output without --force", async () => {
    const empty = join(dir, "nothing.xlsx");
    writeFileSync(empty, await gridToXlsx({ source: "t", sheets: [{ name: "Sheet1", rows: [["xin chào"]] }] }));
    const r = await run("layout", empty);
    expect(r.code).toBe(2);
    expect(r.err).toContain("Không tìm thấy kế hoạch hay báo cáo nào");
    expect((await run("layout", join(dir, "ke-hoach.xlsx"), "-o", empty)).err).toContain("đã có");
  });
});

/** `ht` of each <row> (1-based row numbers). */
function rowHeights(xml: string): Map<number, number> {
  return new Map([...xml.matchAll(/<row r="(\d+)"[^>]*?\sht="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]));
}
