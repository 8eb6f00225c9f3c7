import { execFile } from "node:child_process";
import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { doc000 } from "../fixtures/documents/doc000";
import { doc002 } from "../fixtures/documents/doc002";
import { doc004 } from "../fixtures/documents/doc004";
import type { GridCell } from "../fixtures/grid";
import { HEADER_2018, HEADER_TT57, THPT_2023_HEADER } from "../fixtures/plans";
import { gridToXlsx } from "../fixtures/to-xlsx";
import { run, sha } from "./run-khct";

const dir = mkdtempSync(join(tmpdir(), "khct-cli-"));
const plan000 = join(dir, "ke-hoach-000.xlsx");
const report004 = join(dir, "bao-cao-004.xlsx");

beforeAll(async () => {
  writeFileSync(plan000, await gridToXlsx(doc000));
  writeFileSync(report004, await gridToXlsx(doc004));
});



describe("khct validate", () => {
  it("tells, cell by cell and in Vietnamese, what is wrong with a real plan, and exits 1 on errors", async () => {
    const r = await run("validate", plan000);
    expect(r.code).toBe(1);
    expect(r.err).toBe("");
    expect(r.out).toContain("Bộ tiêu chuẩn: TT18/2018");
    expect(r.out).toMatch(/C11\s+lỗi\s+level\/unavailable/);
    expect(r.out).toContain("Tiêu chí 1.2 chỉ có đến mức 2");
    expect(r.out).toContain('→ Đề xuất sửa thành: "Duy trì mức 2"');
    expect(r.out).toContain("Tổng cộng: 7 lỗi, 2 cảnh báo, 0 gợi ý; bảng có 11 tiêu chí.");
  });

  it("names the tables of other sheets --sheet can check", async () => {
    const r = await run("validate", report004);
    expect(r.out).toContain("Bảng khác trong tệp (kiểm tra bằng --sheet): 'Kết quả thực hiện'!A3:H59");
  });

  it("shows a cell/formula-text fix as the text the cell will hold, not as the formula it is now", async () => {
    const file = join(dir, "ke-hoach-002.xlsx");
    writeFileSync(file, await gridToXlsx(doc002));
    const r = await run("validate", file);
    const at = r.out.split("\n").findIndex((l) => /^E20\s+lỗi\s+cell\/formula-text/.test(l));
    expect(r.out.split("\n")[at + 2].trim()).toBe("→ Đề xuất sửa thành văn bản «-Hiệu trưởng» (không phải công thức; khi gõ tay, bắt đầu bằng dấu ': '-Hiệu trưởng)");
    const en = await run("validate", file, "--lang", "en");
    expect(en.out).toContain("→ Proposed fix, as text: «-Hiệu trưởng» (not a formula; when typing it, start with ': '-Hiệu trưởng)");
  });

  it("speaks English with --lang en", async () => {
    const r = await run("validate", plan000, "--lang", "en");
    expect(r.out).toContain("Criterion 1.2 only goes up to level 2");
    expect(r.out).toContain("Total: 7 errors, 2 warnings");
  });

  it("prints one JSON object for machines", async () => {
    const r = await run("validate", report004, "--format", "json");
    expect(r.code).toBe(0); // warnings only
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["file", "sheet", "otherTables", "standardSet", "school", "diagnostics", "summary"]);
    expect(json).toMatchObject({
      file: report004,
      sheet: "Kế hoạch",
      otherTables: [{ sheet: "Kết quả thực hiện", range: "A3:H59" }],
      standardSet: { id: "tt18-2018" },
      school: { name: "THPT chuyên Lê Hồng Phong", type: "thpt", year: "2023-2024" },
      summary: { errors: 0, warnings: 5, infos: 0, criteria: 28 },
    });
    expect(json.diagnostics[0]).toEqual({
      rule: "criterion/numeric-code",
      severity: "warning",
      cell: "B20",
      criterion: "1.9",
      message: 'Excel đã lưu mã tiêu chí thành số "1.9". Nhập lại dưới dạng văn bản: "Tiêu chí 1.9".',
      fix: { cell: "B20", old: "1.9", new: "Tiêu chí 1.9" },
    });
  });

  it("JSON: each diagnostic names the criterion its row belongs to, as written when the set lacks it; none on standard rows or unread codes", async () => {
    const file = join(dir, "tieu-chi.xlsx");
    const rows: GridCell[][] = [
      ["MỨC 1, 2, 3"],
      [1, "Tiêu chuẩn 1: Tổ chức và quản lý"],
      [null, 110, "Đạt mức 3 (hiện trạng mức 2)", "Rà soát nội quy.", "Hiệu trưởng", "Định kỳ hàng tháng"],
      [null, null, null, "Tổ chức hội nghị.", null, "Khi có kinh phí"],
      [null, "Tiêu chí 5.7", "Đạt mức 2 (hiện trạng mức 1)", "Bồi dưỡng.", "Tổ trưởng", "Hàng quý"],
      [null, "- Tiêu chí 1.x", "Đạt mức 3 (hiện trạng mức 2)", "Rà soát.", "Hiệu trưởng", "Hằng năm"],
    ];
    writeFileSync(file, await gridToXlsx({ source: "t", sheets: [{ name: "Kế hoạch", rows: [...THPT_2023_HEADER, HEADER_2018, ...rows] }] }));
    const json = JSON.parse((await run("validate", file, "--format", "json")).out);
    const shown = (d: { cell: string; rule: string; criterion?: string; fix?: { new: string } }) => `${d.cell} ${d.rule} ${d.criterion ?? "-"}${d.fix ? ` → ${d.fix.new}` : ""}`;
    expect(json.diagnostics.map(shown)).toEqual([
      "B8 standard/title-mismatch - → Tiêu chuẩn 1: Tổ chức và quản lý nhà trường",
      "B9 criterion/numeric-code 1.10 → Tiêu chí 1.10",
      "C9 level/unavailable 1.10 → Duy trì mức 2",
      "F10 period/invalid 1.10",
      "B11 criterion/unknown 5.7",
      "B12 criterion/unknown -",
    ]);
  });

  it("JSON: a TT57 row citing several criteria carries them all in `criteria`", async () => {
    const file = join(dir, "tt57.xlsx");
    const header: GridCell[][] = [["UBND PHƯỜNG BẾN THÀNH"], ["TRƯỜNG THCS VĂN LANG"], ["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2026 - 2027"], [], []];
    const rows: GridCell[][] = [
      [1, "Tiêu chí 1.4 và TC 2.1: tự đánh giá, bồi dưỡng", "Đạt Mức 2", "Tổ chức chuyên đề", null, "Hằng tháng", "Hiệu trưởng", null, null, "Chưa thực hiện"],
      [2, "Tiêu chí 3.2: Đổi mới phương pháp", "Đạt Mức 2", null, null, null, null, null, null, "Chưa thực hiện"],
    ];
    writeFileSync(file, await gridToXlsx({ source: "t", sheets: [{ name: "KH", rows: [...header, HEADER_TT57, ...rows] }] }));
    const json = JSON.parse((await run("validate", file, "--format", "json")).out);
    expect(json.diagnostics.map((d: object) => ({ ...d, message: undefined }))).toEqual([
      { rule: "required/empty", severity: "error", cell: "E7", criteria: ["1.4", "2.1"], message: undefined },
      { rule: "required/unfilled", severity: "error", cell: "D8", criterion: "3.2", message: undefined },
    ]);
    expect(json.diagnostics[0].message).toBe('Dòng của Tiêu chí 1.4, 2.1 chưa có "Chỉ số đánh giá kết quả". Kế hoạch phải ghi rõ nội dung này cho mỗi nhiệm vụ.');
  });

  it("checks the sheet named with --sheet, with the standard set given by --standard-set", async () => {
    const r = await run("validate", report004, "--sheet", "Kết quả thực hiện", "--standard-set", "tt18-2018", "--format", "json");
    const json = JSON.parse(r.out);
    expect(json.sheet).toBe("Kết quả thực hiện");
    expect(json.standardSet.detectedFrom).toEqual([{ source: "user", evidence: "tt18-2018" }]);
    expect(json.diagnostics.map((d: { cell: string; rule: string }) => `${d.cell} ${d.rule}`)).toEqual([
      "B26 standard/title-mismatch",
      "B39 criterion/standard-as-criterion",
      "B40 criterion/standard-as-criterion",
    ]);
  });

  it("never writes to the file it checks", async () => {
    const before = { hash: sha(plan000), mtime: statSync(plan000).mtimeMs };
    await run("validate", plan000, "--format", "json");
    expect({ hash: sha(plan000), mtime: statSync(plan000).mtimeMs }).toEqual(before);
  });

  describe("exits 2 with one clear sentence when it cannot run", () => {
    it.each([
      ["a missing file", ["validate", join(dir, "khong-co.xlsx")], /^khct: Không tìm thấy tệp ".*khong-co\.xlsx"\.\n$/],
      ["a file that is not a workbook", ["validate", join(__dirname, "validate.test.ts")], /không phải tệp Excel \.xlsx đọc được: hãy mở bằng Excel và lưu lại dưới dạng \.xlsx\.\n$/],
      ["an unknown sheet", ["validate", plan000, "--sheet", "Sheet9"], /không có trang tính "Sheet9".*"Kế hoạch"/i],
      ["an unknown standard set", ["validate", plan000, "--standard-set", "tt99"], /Không có bộ tiêu chuẩn "tt99"/],
      ["no file", ["validate"], /Thiếu tên tệp/],
      ["an unknown option", ["validate", plan000, "--bogus"], /Tham số không hợp lệ/],
      ["an unknown command", ["kiemtra", plan000], /Lệnh không hợp lệ/],
    ])("%s", async (_what, argv, message) => {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
      expect(r.err.trim().split("\n")).toHaveLength(1);
    });

    it("an Excel 97-2003 (.xls) or password-protected file, with what to do", async () => {
      const xls = join(dir, "cu.xls");
      writeFileSync(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
      const r = await run("validate", xls, "--lang", "en");
      expect(r.code).toBe(2);
      expect(r.err).toContain("save it as .xlsx");
    });
  });
});

describe("the installed command", () => {
  it("runs as `khct` from bin/ after the build that npm install runs", async () => {
    const bin = join(__dirname, "..", "..", "bin", "khct.js");
    const result = await promisify(execFile)(process.execPath, [bin, "validate", plan000, "--format", "json"]).catch((e) => e);
    expect(result.code ?? 0).toBe(1);
    expect(JSON.parse(result.stdout).summary.errors).toBe(7);
  });
});
