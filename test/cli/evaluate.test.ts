import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mistakesEvaluation } from "../fixtures/evaluation/mistakes";
import { tt17Evaluation } from "../fixtures/evaluation/tt17";
import { tt57Evaluation } from "../fixtures/evaluation/tt57";
import { evaluationWithPlan } from "../fixtures/evaluation/with-plan";
import { gridToXlsx } from "../fixtures/to-xlsx";
import { run, sha } from "./run-khct";

const dir = mkdtempSync(join(tmpdir(), "khct-evaluate-"));
const files = {
  tt17: join(dir, "tu-danh-gia-tt17.xlsx"),
  tt57: join(dir, "tu-danh-gia-tt57.xlsx"),
  mistakes: join(dir, "tu-danh-gia-loi.xlsx"),
  withPlan: join(dir, "tu-danh-gia-va-ke-hoach.xlsx"),
};

beforeAll(async () => {
  writeFileSync(files.tt17, await gridToXlsx(tt17Evaluation));
  writeFileSync(files.tt57, await gridToXlsx(tt57Evaluation));
  writeFileSync(files.mistakes, await gridToXlsx(mistakesEvaluation));
  writeFileSync(files.withPlan, await gridToXlsx(evaluationWithPlan));
});



describe("khct evaluate", () => {
  it("gives a primary school its level, its counts in its own phrasing, the national standard and the gap, and exits 0", async () => {
    const r = await run("evaluate", files.tt17);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toContain('KHCT — kết quả tự đánh giá: ');
    expect(r.out).toContain("(bảng A6:F39; bảng Mức 4 A45:D51)");
    expect(r.out).toContain("Bộ tiêu chuẩn: TT17/2018");
    expect(r.out).toContain("Mức đánh giá của trường: Mức 1");
    expect(r.out).toContain("Số lượng đạt Mức 2: 18/27 – Tỷ lệ 66,7%");
    expect(r.out).toContain("Số lượng đạt Mức 3: 1/19 – Tỷ lệ 5,3%");
    expect(r.out).toContain("Chuẩn quốc gia: chưa đủ điều kiện mức độ 1");
    expect(r.out).toContain("Để đạt Mức 2: Tiêu chí 1.2 cần đạt Mức 2;");
    expect(r.out).toContain("Quy tắc: Thông tư 17/2018/TT-BGDĐT");
    expect(r.out).toContain("Không phát hiện vấn đề nào.");
    expect(r.out).toContain("Tổng cộng: 0 lỗi, 0 cảnh báo, 0 gợi ý; bảng có 27/27 tiêu chí.");
  });

  it("speaks English with --lang en", async () => {
    const r = await run("evaluate", files.tt17, "--lang", "en");
    expect(r.out).toContain("The school's level: Mức 1");
    expect(r.out).toContain("Criteria at Mức 2: 18/27 – 66.7%");
    expect(r.out).toContain("To reach Mức 2: criterion 1.2 needs Mức 2;");
  });

  it("prints the validation's JSON plus the result for machines", async () => {
    const r = await run("evaluate", files.tt57, "--format", "json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["file", "sheet", "tables", "standardSet", "school", "diagnostics", "summary", "result"]);
    expect(json).toMatchObject({
      file: files.tt57,
      sheet: "Tự đánh giá",
      tables: { levels: "A5:G25", level4: null },
      standardSet: { id: "tt57-2026-pho-thong" },
      school: { name: "THCS LÊ LỢI", type: "thcs", year: "2026-2027" },
      diagnostics: [],
      summary: { errors: 0, warnings: 0, infos: 0, criteria: 15 },
    });
    expect(json.result).toMatchObject({ level: 2, levelText: "Mức 2", nationalStandard: 2, next: null, gap: [], level4: null });
    expect(json.result.counts.levels[1]).toEqual({
      level: 2,
      reached: 13,
      notReached: 2,
      of: 15,
      percent: 86.7,
      notReachedPercent: 13.3,
      text: "Số lượng đạt Mức 2: 13/15 – Tỷ lệ 86,7% (tiêu chí bắt buộc: 8/8; tiêu chí khác: 5/7)",
      notReachedText: "Số lượng không đạt Mức 2: 2/15 – Tỷ lệ 13,3%",
      mandatory: { reached: 8, of: 8 },
      others: { reached: 5, of: 7 },
    });
    expect(json.result.rule).toMatchObject({ id: "tt57-2026-mandatory-plus-others", kind: "mandatory-plus-others" });
    expect(json.result.rule.status).toContain("bên thứ ba");
  });

  it("exits 1 on a table with mistakes; the missing criterion has no cell, like plan/no-table", async () => {
    const r = await run("evaluate", files.mistakes, "--format", "json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    // each diagnostic names its criterion (none on the conclusion, which is about the whole school)
    expect(json.diagnostics.map((d: { cell: string | null; rule: string; criterion?: string }) => `${d.cell} ${d.rule} ${d.criterion ?? "-"}`)).toEqual([
      "null eval/missing 1.4",
      "E8 eval/unavailable-level 1.2",
      "A10 eval/duplicate 1.3",
      "A18 eval/several-marks 2.1",
      "A23 eval/no-mark 3.1",
      "A40 eval/conclusion-mismatch -",
    ]);
    expect(json.result).toMatchObject({ level: 0, counts: { undetermined: ["1.4", "2.1", "3.1"] } });
  });

  it("cross-checks the plan on the other sheet: warnings only, with the plan's sheet named, exit 0", async () => {
    const r = await run("evaluate", files.withPlan);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/'Kế hoạch'!C10\s+cảnh báo\s+plan\/current-level-mismatch/);
    expect(r.out).toContain('→ Đề xuất sửa thành: "Đạt mức 3 (hiện trạng mức 2)"');
    const json = JSON.parse((await run("evaluate", files.withPlan, "--format", "json")).out);
    expect(json.diagnostics[0]).toMatchObject({ rule: "plan/current-level-mismatch", severity: "warning", sheet: "Kế hoạch", cell: "C10", criterion: "2.1" });
  });

  it("exits 1 when the named sheet has no self-evaluation table", async () => {
    const r = await run("evaluate", files.withPlan, "--sheet", "Kế hoạch");
    expect(r.code).toBe(1);
    expect(r.out).toContain("Không tìm thấy bảng kết quả tự đánh giá trong trang \"Kế hoạch\"");
  });

  it("never writes to the file it reads", async () => {
    const before = { hash: sha(files.tt17), mtime: statSync(files.tt17).mtimeMs };
    await run("evaluate", files.tt17, "--format", "json");
    expect({ hash: sha(files.tt17), mtime: statSync(files.tt17).mtimeMs }).toEqual(before);
  });

  describe("exits 2 with one sentence when it cannot run", () => {
    it.each([
      ["a missing file", ["evaluate", join(dir, "khong-co.xlsx")], /^khct: Không tìm thấy tệp ".*khong-co\.xlsx"\.\n$/],
      ["an unknown sheet", ["evaluate", files.tt17, "--sheet", "Sheet9"], /không có trang tính "Sheet9"/i],
      ["an unknown standard set", ["evaluate", files.tt17, "--standard-set", "tt99"], /Không có bộ tiêu chuẩn "tt99"/],
      ["no file", ["evaluate"], /Thiếu tên tệp có bảng tự đánh giá/],
      ["a bad format", ["evaluate", files.tt17, "--format", "xml"], /Tham số không hợp lệ: --format xml/],
    ])("%s", async (_what, argv, message) => {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe("");
      expect(r.err).toMatch(message);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    });
  });
});
