/**
 * The three real documents in shared/reference, typed into sheets the way staff have them.
 * Each test lists every finding the document must produce and asserts it produces nothing else.
 */
import type { GridCell, GridWorkbook } from "../fixtures/grid";
import { doc000 } from "../fixtures/documents/doc000";
import { doc002 } from "../fixtures/documents/doc002";
import { doc004 } from "../fixtures/documents/doc004";
import { check, findings } from "../fixtures/plans";

function mapText(book: GridWorkbook, f: (s: string) => string): GridWorkbook {
  const cell = (g: GridCell): GridCell => (typeof g === "string" ? f(g) : g);
  return { ...book, sheets: book.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(cell)) })) };
}

describe("document 000: THPT Thạnh Lộc plan 2023-2024 (cites TT18 as 18/2018/QĐ-BGDĐT)", () => {
  const v = check(doc000);

  it("is read as a TT18 plan from the circular it cites, confirmed by the school type in its number", () => {
    expect(v.detection.set.id).toBe("tt18-2018");
    expect(v.detection.detectedFrom.map((e) => `${e.source} ${e.cell}`)).toEqual(["circular A5", "schoolType A1"]);
    expect(v.detection.school).toMatchObject({ type: "thpt", year: "2023-2024" });
    expect(v.table?.range).toBe("A8:I28");
    expect(v.summary.criteria).toBe(11);
  });

  it("finds the Mức 3 targets of criteria that stop at Mức 2, and the two titles copied from the preschool circular", () => {
    expect(findings(v)).toEqual([
      "C11 level/unavailable", // 1.2 has no Mức 3 in TT18
      "C12 level/unavailable", // 1.7
      "C13 level/unavailable", // 1.8
      "C14 level/unavailable", // 1.9
      "C16 level/unavailable", // 1.10
      "B17 standard/title-mismatch", // "Cán bộ quản lý, giáo viên, nhân viên" (TT19's wording)
      "B25 standard/title-mismatch", // "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục"
      "C26 level/unavailable", // 5.3
      "C27 level/unavailable", // 5.4
    ]);
    const c11 = v.diagnostics[0];
    expect(c11.message.vi).toContain("Tiêu chí 1.2 chỉ có đến mức 2");
    expect(c11.fix).toEqual({ cell: "C11", old: "Đạt mức 3 (hiện trạng mức 2)", new: "Duy trì mức 2" });
    expect(v.diagnostics[5].fix?.new).toBe("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh");
  });

  it("joins the rows a page break split to the criterion above, not as new criteria", () => {
    const row14 = v.table!.rows.find((r) => r.row === 13)!;
    expect(row14.code).toBe("1.9");
    expect(row14.fields.tasks?.text).toMatch(/phát huy dân chủ tại cơ quan\.$/);
    expect(v.table!.rows.filter((r) => r.kind === "criterion")).toHaveLength(11);
  });

  it("gives identical results when Word on macOS wrote the text in NFD with non-breaking spaces", () => {
    const nfd = check(mapText(doc000, (s) => s.normalize("NFD").replace(/ /g, "\u00a0")));
    expect(findings(nfd)).toEqual(findings(v));
    expect(nfd.detection.set.id).toBe("tt18-2018");
  });
});

describe("document 002: TH Cầu Xáng plan 2020-2021 (TT17; start and end months in two columns)", () => {
  const v = check(doc002);

  it("is read as a TT17 plan of a primary school", () => {
    expect(v.detection.set.id).toBe("tt17-2018");
    expect(v.detection.school).toMatchObject({ name: "TH CẦU XÁNG", type: "th", year: "2020-2021" });
    expect(v.table?.columns).toMatchObject({ periodStart: 5, periodEnd: 6 });
    expect(v.summary.criteria).toBe(6);
  });

  it("finds only the lead Excel turned into a #NAME? formula, and recovers its text", () => {
    expect(findings(v)).toEqual(["E20 cell/formula-text"]);
    expect(v.diagnostics[0].fix).toEqual({ cell: "E20", old: "=-Hiệu trưởng", new: "-Hiệu trưởng" });
  });

  it("reads the prose outside the table for detection only ('Mức đánh giá của Trường…: Mức 1' is no finding)", () => {
    expect(v.diagnostics.every((d) => d.row >= 12)).toBe(true);
  });
});

describe("document 004: THPT chuyên Lê Hồng Phong execution report 2023-2024", () => {
  const plan = check(doc004);
  const report = check(doc004, { sheet: "Kết quả thực hiện" });

  it("picks the plan table by default, lists the report table as another table, and detects TT18 from school type and year", () => {
    expect(plan.sheet).toBe("Kế hoạch");
    expect(plan.otherTables).toEqual([{ sheet: "Kết quả thực hiện", range: "A3:H59", bySheet: true }]);
    expect(plan.detection.set.id).toBe("tt18-2018");
    expect(plan.detection.detectedFrom.map((e) => e.source)).toEqual(["schoolType", "schoolYear"]);
    expect(plan.summary.criteria).toBe(28);
  });

  it("plan: codes Excel made numbers (1.9, and 1.10 → 1.1 repeating 1.1), and two wrong standard titles — nothing else", () => {
    expect(findings(plan)).toEqual([
      "B20 criterion/numeric-code",
      "B21 criterion/duplicate",
      "B21 criterion/numeric-code",
      "B22 standard/title-mismatch",
      "B39 standard/title-mismatch",
    ]);
    const b21 = plan.diagnostics.filter((d) => d.cell === "B21");
    expect(b21.map((d) => d.fix?.new)).toEqual([undefined, "Tiêu chí 1.10"]);
    expect(b21[0].message.vi).toContain("có lẽ đây là Tiêu chí 1.10");
  });

  it("plan: a continuation row carrying the end of the lead ('…Sở Giáo dục và Đào' / 'tạo Tp. HCM') is joined, not a new task", () => {
    const r13 = plan.table!.rows.find((r) => r.row === 12)!;
    expect(r13.fields.lead?.text).toContain("Sở Giáo dục và Đào tạo Tp. HCM");
    expect(plan.table!.rows.filter((r) => r.kind === "task")).toHaveLength(0);
  });

  it("report: skips the header Word repeated after each page break and finds 'Tiêu chuẩn 3.3/3.4' written for criteria", () => {
    expect(report.table?.layout.id).toBe("report-2018");
    expect(findings(report)).toEqual([
      "B26 standard/title-mismatch",
      "B39 criterion/standard-as-criterion",
      "B40 criterion/standard-as-criterion",
    ]);
    expect(report.diagnostics[1].fix).toEqual({ cell: "B39", old: "Tiêu chuẩn 3.3", new: "Tiêu chí 3.3" });
    // the school and year come from the title on the other sheet
    expect(report.detection.school.year).toBe("2023-2024");
  });

  it("plan read with vi-VN regional settings (numbers shown with a decimal comma) gives the same findings", () => {
    expect(findings(check(doc004, {}, "vi-VN"))).toEqual(findings(plan));
  });
});
