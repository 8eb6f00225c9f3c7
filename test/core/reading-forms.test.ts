/**
 * Plans as staff write them: criterion cells in every form of the vocabulary and numbers Excel made
 * of codes; and the rows that only look like them. A THPT plan for 2023-2024 (TT18)
 * unless a test says otherwise; data rows start at row 7.
 */
import { CRITERION_CELL_FORMS } from "../../src/core/layouts/criterion-forms";
import type { GridCell } from "../fixtures/grid";
import { check, crit, findings, plan2018 } from "../fixtures/plans";

const group = (text: string): GridCell[] => [text];
const MUC123 = group("MỨC 1, 2, 3");
const PRIMARY: GridCell[][] = [["UBND XÃ XUÂN THỚI SƠN"], ["TRƯỜNG TIỂU HỌC XUÂN THỚI SƠN"], ["KẾ HOẠCH cải tiến chất lượng năm học 2024-2025"], [], []];

describe("criterion cells as staff type them", () => {
  // every example of the vocabulary (src/core/layouts/criterion-forms.ts), with the code it names
  const CELLS: [string, string, string[]][] = [
    ["Tiêu chí 7 (1.7)", "1.7", []],
    ["Tiêu chí 2 (TC 3.2): Thiết bị dạy học", "3.2", []],
    ["Tiêu chí 1.2", "1.2", []],
    ["TIÊU CHÍ 1.2", "1.2", []],
    ["tiêu chí1.8", "1.8", []],
    ["Tiêu chí 1.2.", "1.2", []],
    ["Tiêu chí 1.10: Đảm bảo an ninh trật tự", "1.10", []],
    ["Tiêu chí 1.5\nKhối lớp và tổ chức lớp học", "1.5", []],
    ["- Tiêu chí 1.3: Tổ chức Đảng", "1.3", []],
    ["+ Tiêu chí 1.4", "1.4", []],
    ["• Tiêu chí 2.1", "2.1", []],
    ["* Tiêu chí 3.3", "3.3", []],
    ["TC 1.2", "1.2", []],
    ["TC1.6", "1.6", []],
    ["Tiêu chuẩn 3.3", "3.3", ["B8 criterion/standard-as-criterion"]],
    ["1.9", "1.9", ["B8 criterion/bare-code"]],
    ["1.10", "1.10", ["B8 criterion/bare-code"]],
    ["1.9.", "1.9", ["B8 criterion/bare-code"]],
    ["1,2", "1.2", ["B8 criterion/bare-code"]],
    ["1.5 - Khối lớp, tổ chuyên môn", "1.5", []],
    ["1.5: Khối lớp", "1.5", []],
    ["5.5 -", "5.5", []],
    ["1.5\nKhối lớp", "1.5", []],
    ["3.1. Khuôn viên, sân chơi", "3.1", []],
  ];

  it.each(CELLS)("%j in the criterion column is criterion %s", (cell, code, expected) => {
    const v = check(plan2018([MUC123, crit({ value: cell, numberFormat: "@" }, "Đạt mức 2 (hiện trạng mức 1)")]));
    expect(v.table!.rows[1]).toMatchObject({ kind: "criterion", code });
    expect(findings(v)).toEqual(expected);
  });

  it("every form of the vocabulary has its examples above", () => {
    const tested = new Set(CELLS.map((c) => c[0]));
    for (const f of CRITERION_CELL_FORMS) for (const e of f.examples) expect([f.form, tested.has(e)]).toEqual([f.form, true]);
  });

  it("NFD accents and non-breaking spaces (Word on macOS) read the same", () => {
    const v = check(plan2018([MUC123, crit("-\u00a0Tiêu chí 1.3:\u00a0Tổ chức Đảng".normalize("NFD"))]));
    expect(v.table!.rows[1]).toMatchObject({ kind: "criterion", code: "1.3" });
    expect(findings(v)).toEqual([]);
  });

  it("'- Tiêu chuẩn 3.3' gets a fix that keeps the dash", () => {
    const v = check(plan2018([MUC123, crit("- Tiêu chuẩn 3.3")]));
    expect(v.diagnostics[0].fix).toEqual({ cell: "B8", old: "- Tiêu chuẩn 3.3", new: "- Tiêu chí 3.3" });
  });
});

describe("an unread criterion is never folded into its neighbour", () => {
  it.each([["- Tiêu chí 1.x: Khối lớp"], ["Tiêu chí 1.a"], ["• 1.x"], ["1.x - Khối lớp"], ["1 .2a"]])("%j under Tiêu chí 1.2: criterion/unknown on that cell; its Mức 3 target is not judged against 1.2", (cell) => {
    const rows = [MUC123, crit("Tiêu chí 1.2", "Đạt mức 2 (hiện trạng mức 1)"), crit(cell, "Đạt mức 3 (hiện trạng mức 2)", { tasks: "Tổ chức khối lớp theo quy định." })];
    const v = check(plan2018(rows));
    expect(findings(v)).toEqual(["B9 criterion/unknown"]);
    expect(v.diagnostics[0].message.vi).toContain("Không đọc được mã tiêu chí");
    expect(v.table!.rows[2]).toMatchObject({ kind: "criterion", unreadableCode: true, code: undefined });
  });

  it("before: a TT18 plan read it as another task of 1.2, and proposed lowering the target to Mức 2", () => {
    // a row with an empty criterion cell is another task of the criterion above (as always)
    const rows = [MUC123, crit("Tiêu chí 1.2", "Đạt mức 2 (hiện trạng mức 1)"), crit(null, "Đạt mức 3 (hiện trạng mức 2)")];
    const v = check(plan2018(rows));
    expect(v.table!.rows[2]).toMatchObject({ kind: "task", code: "1.2" });
    expect(findings(v)).toEqual(["C9 level/unavailable"]);
    expect(v.diagnostics[0].message.vi).toContain("Tiêu chí 1.2 chỉ có đến mức 2");
  });

  it("rules that judge a target name the criterion they judged", () => {
    const v = check(plan2018([MUC123, crit("Tiêu chí 1.3", "Đạt mức 2 (hiện trạng mức 2)"), crit(null, "Đạt mức 1 (hiện trạng mức 2)")]));
    expect(findings(v)).toEqual(["C8 level/not-above-current", "C9 level/not-above-current"]);
    expect(v.diagnostics.map((d) => d.message.vi.slice(0, 14))).toEqual(["Tiêu chí 1.3: ", "Tiêu chí 1.3: "]);
    expect(v.diagnostics[1].message.en).toMatch(/^Criterion 1\.3: the target level 1 is below/);
  });

  describe("no false positives: what only looks like a criterion", () => {
    it("a task text '1. Rà soát …' or '1.2. Rà soát …' in the task column, a lead '- Tổ trưởng': another task of the criterion above", () => {
      const rows = [MUC123, crit("Tiêu chí 1.3"), [null, null, null, "1. Rà soát quy chế hoạt động.", "- Tổ trưởng", "10/2023"], [null, null, null, "1.2. Bổ sung kế hoạch.", "- Tổ trưởng", "11/2023"]];
      const v = check(plan2018(rows));
      expect(v.table!.rows.slice(1).map((r) => [r.kind, r.code])).toEqual([
        ["criterion", "1.3"],
        ["task", "1.3"],
        ["task", "1.3"],
      ]);
      expect(findings(v)).toEqual([]);
    });

    it("a numbered line '1. Rà soát …' in the criterion column is not a criterion", () => {
      const v = check(plan2018([MUC123, crit("Tiêu chí 1.3"), [null, "1. Rà soát quy chế", null, "Rà soát quy chế hoạt động.", "Phó Hiệu trưởng", "10/2023"]]));
      expect(v.table!.rows[2]).toMatchObject({ kind: "task", code: "1.3" });
      expect(findings(v)).toEqual([]);
    });

    it("a criterion title a page break split (lower case, criterion column) joins the cell above", () => {
      const v = check(plan2018([MUC123, crit("Tiêu chí 1.3: Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể"), [null, "và tổ chức khác trong nhà trường"]]));
      expect(v.table!.rows).toHaveLength(2);
      expect(v.table!.rows[1].codeField?.text).toBe("Tiêu chí 1.3: Tổ chức Đảng Cộng sản Việt Nam, các đoàn thể và tổ chức khác trong nhà trường");
      expect(findings(v)).toEqual([]);
    });

    it("'- Tiêu chuẩn 2: …' is a standard heading, not a criterion", () => {
      const v = check(plan2018([MUC123, [null, "- Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"], crit("Tiêu chí 2.1")]));
      expect(v.table!.rows.map((r) => r.kind)).toEqual(["group", "standard", "criterion"]);
      expect(findings(v)).toEqual([]);
    });
  });
});

describe("numbers in the criterion column", () => {
  it("110 and 11, the codes '1.10' and '1.1' typed where a dot groups thousands: criterion/numeric-code with the code as text", () => {
    const v = check(plan2018([MUC123, crit(19), crit(110), crit(11, "Đạt mức 3 (hiện trạng mức 2)")]));
    expect(findings(v)).toEqual(["B8 criterion/numeric-code", "B9 criterion/numeric-code", "B10 criterion/numeric-code"]);
    expect(v.diagnostics.map((d) => d.fix)).toEqual([
      { cell: "B8", old: "19", new: "Tiêu chí 1.9" },
      { cell: "B9", old: "110", new: "Tiêu chí 1.10" },
      { cell: "B10", old: "11", new: "Tiêu chí 1.1" },
    ]);
    expect(v.diagnostics[1].message.vi).toContain('Excel đã đọc mã tiêu chí "1.10" thành số "110"');
    expect(v.summary.criteria).toBe(3);
  });

  it("a number read as a code of the set is judged as that criterion (1.10 has no Mức 3)", () => {
    const v = check(plan2018([MUC123, crit(110, "Đạt mức 3 (hiện trạng mức 2)")]));
    expect(findings(v)).toEqual(["B8 criterion/numeric-code", "C8 level/unavailable"]);
    expect(v.diagnostics[1].message.vi).toContain("Tiêu chí 1.10 chỉ có đến mức 2");
  });

  it("56 is 5.6 in a THPT plan, but TT17 has no 5.6: criterion/unknown, and the row is not judged", () => {
    expect(findings(check(plan2018([MUC123, crit(56)])))).toEqual(["B8 criterion/numeric-code"]);
    const v = check(plan2018([MUC123, crit(56, "Đạt mức 3 (hiện trạng mức 2)")], { header: PRIMARY }));
    expect(v.detection.set.id).toBe("tt17-2018");
    expect(findings(v)).toEqual(["B8 criterion/unknown"]);
    expect(v.diagnostics[0].message.vi).toContain('có thể là "5.6"');
  });

  it("a number that is no code (2023, 111, 3) is criterion/unknown on its own row, not a task of the row above", () => {
    const v = check(plan2018([MUC123, crit("Tiêu chí 1.2", "Đạt mức 2 (hiện trạng mức 1)"), crit(2023, "Đạt mức 3 (hiện trạng mức 2)"), crit(111), crit(3)]));
    expect(findings(v)).toEqual(["B9 criterion/unknown", "B10 criterion/unknown", "B11 criterion/unknown"]);
    expect(v.diagnostics[1].message.vi).toContain('"1.11" hoặc "11.1"');
    expect(v.diagnostics[2].message.en).toContain('holds the number "3", not a criterion code');
  });

  it("never under MỨC 4: its requirements are numbered 1…n", () => {
    const v = check(plan2018([group("MỨC 4"), crit(1, "Đạt"), crit(2, "Đạt"), crit(11, "Đạt")]));
    expect(v.table!.rows.slice(1).map((r) => [r.kind, r.level4?.index])).toEqual([
      ["level4", 1],
      ["level4", 2],
      ["level4", 11],
    ]);
    expect(findings(v)).toEqual([]);
  });
});

describe("level groups as staff number them", () => {
  const n = null;
  const rows = (muc123: GridCell[], muc4: GridCell[]) => [muc123, crit("Tiêu chí 1.1"), crit("Tiêu chí 1.2"), muc4, crit("Tiêu chí 1.3", "Đạt mức 2 (hiện trạng mức 1)")];
  it.each([
    ["numbered in the code column", [n, "I. MỨC 1, 2, 3"], [n, "II. MỨC 4"]],
    ["numbered across the table", ["I. CÁC TIÊU CHÍ ĐẠT MỨC 1, 2, 3"], ["II. CÁC TIÊU CHÍ ĐẠT MỨC 4"]],
    ["the number in the TT column", ["I", "Các tiêu chí mức 1, 2, 3"], ["II", "Mức 4"]],
    ["lettered", ["A.", "MỨC 1 - 3"], ["B.", "MỨC 4"]],
  ] as [string, GridCell[], GridCell[]][])("%s: the plan is read to its end and a Mức 2 target under MỨC 4 is the one finding", (_name, muc123, muc4) => {
    // before, "I. MỨC 1, 2, 3" ended the table (an empty plan) and "II | Mức 4" was taken for more text of criterion 1.2
    expect(findings(check(plan2018(rows(muc123, muc4))))).toEqual(["C11 level/group-mismatch"]);
  });
});
