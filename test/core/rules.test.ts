/** Each rule on real-looking rows: a THPT plan for 2023-2024 (TT18) unless a test says otherwise. Data rows start at row 7. */
import type { GridCell } from "../fixtures/grid";
import { HEADER_TT57, THPT_2023_HEADER, check, crit, findings, plan2018 } from "../fixtures/plans";

const std = (no: number, title: string): GridCell[] => [no, `Tiêu chuẩn ${no}: ${title}`];
const group = (text: string): GridCell[] => [text];
const STD1 = std(1, "Tổ chức và quản lý nhà trường");
const STD3 = std(3, "Cơ sở vật chất và thiết bị dạy học");

describe("criterion rules", () => {
  it("criterion/unknown: 5.7 and 4.3 do not exist in TT18", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), std(4, "Quan hệ giữa nhà trường, gia đình và xã hội"), crit("Tiêu chí 4.3"), std(5, "Hoạt động giáo dục và kết quả giáo dục"), crit("Tiêu chí 5.7")]));
    expect(findings(v)).toEqual(["B9 criterion/unknown", "B11 criterion/unknown"]);
    expect(v.diagnostics[0].message.vi).toContain("Tiêu chuẩn 4 chỉ có các tiêu chí 4.1, 4.2");
  });

  it("criterion/unknown: 5.6 in a primary plan (TT17 stops at 5.5)", () => {
    const header: GridCell[][] = [["UBND XÃ XUÂN THỚI SƠN"], ["TRƯỜNG TIỂU HỌC XUÂN THỚI SƠN"], ["KẾ HOẠCH cải tiến chất lượng năm học 2024-2025"], [], []];
    const v = check(plan2018([group("MỨC 2"), std(5, "Hoạt động giáo dục và kết quả giáo dục"), crit("Tiêu chí 5.6")], { header }));
    expect(v.detection.set.id).toBe("tt17-2018");
    expect(findings(v)).toEqual(["B9 criterion/unknown"]);
  });

  it("criterion/standard-mismatch: criterion 3.2 under the heading of Tiêu chuẩn 1", () => {
    expect(findings(check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.3"), crit("Tiêu chí 3.2")])))).toEqual(["B10 criterion/standard-mismatch"]);
  });

  it("criterion/duplicate: the same criterion twice in one level group, at its second occurrence", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.3"), crit("Tiêu chí 1.4"), crit("Tiêu chí 1.3")]));
    expect(findings(v)).toEqual(["B11 criterion/duplicate"]);
    expect(v.diagnostics[0].message.vi).toContain("đã có ở ô B9");
  });

  it("criterion/duplicate: not when the criterion comes back in another level group", () => {
    expect(findings(check(plan2018([group("MỨC 1"), STD1, crit("Tiêu chí 1.3", "Đạt mức 1"), group("MỨC 2"), STD1, crit("Tiêu chí 1.3", "Đạt mức 2")])))).toEqual([]);
  });

  it("criterion/duplicate: not for another task of the same criterion (inside its merged code cell, or with its own lead and period)", () => {
    const rows = [group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.3"), [null, null, null, "Tổ chức hội nghị đánh giá.", "Phó Hiệu trưởng", "12/2023", "Không"], crit("Tiêu chí 1.4")];
    const v = check(plan2018(rows, { merges: ["B9:B10"] }));
    expect(findings(v)).toEqual([]);
    expect(v.table!.rows.filter((r) => r.kind === "task").map((r) => r.code)).toEqual(["1.3"]);
    const unmerged = check(plan2018(rows));
    expect(unmerged.table!.rows.filter((r) => r.kind === "task")).toHaveLength(1);
  });

  it("criterion/standard-as-criterion replaces the standard rules on that cell and proposes 'Tiêu chí 3.3'", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD3, crit("Tiêu chuẩn 3.3")]));
    expect(findings(v)).toEqual(["B9 criterion/standard-as-criterion"]);
    expect(v.diagnostics[0].fix).toEqual({ cell: "B9", old: "Tiêu chuẩn 3.3", new: "Tiêu chí 3.3" });
  });

  it("criterion/numeric-code: a number Excel made of a code; a 1.1 after 1.9 was typed 1.10", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit(1.9), crit(1.1)]));
    expect(findings(v)).toEqual(["B9 criterion/numeric-code", "B10 criterion/numeric-code"]);
    expect(v.diagnostics.map((d) => d.fix?.new)).toEqual(["Tiêu chí 1.9", "Tiêu chí 1.10"]);
    // it is read as 1.10: Mức 3 is then unavailable (TT18 1.10 stops at Mức 2)
    const withTarget = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit(1.9, "Đạt mức 2 (hiện trạng mức 1)"), crit(1.1, "Đạt mức 3 (hiện trạng mức 2)")]));
    expect(findings(withTarget)).toContain("C10 level/unavailable");
  });

  it("criterion/numeric-code: a code Excel made a date (1.2 → 1 February)", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit({ value: 45323, numberFormat: "d-mmm", text: "1-Feb" })]));
    expect(findings(v)).toEqual(["B9 criterion/numeric-code"]);
    expect(v.diagnostics[0].fix?.new).toBe("Tiêu chí 1.2");
  });

  it("criterion/bare-code: '1.9' as text without 'Tiêu chí' is an info with the canonical form", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit({ value: "1.9", numberFormat: "@" }), crit("1,10")]));
    expect(findings(v)).toEqual(["B9 criterion/bare-code", "B10 criterion/bare-code"]);
    expect(v.diagnostics.map((d) => [d.severity, d.fix?.new])).toEqual([
      ["info", "Tiêu chí 1.9"],
      ["info", "Tiêu chí 1.10"],
    ]);
  });
});

describe("standard rules", () => {
  it("standard/title-mismatch: the preschool title of Tiêu chuẩn 5 in a THPT plan gets one warning on that row", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), std(5, "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ"), crit("Tiêu chí 5.1")]));
    expect(findings(v)).toEqual(["B8 standard/title-mismatch"]);
    expect(v.diagnostics[0].fix?.new).toBe("Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục");
  });

  it("standard/title-mismatch: not for case, spacing, dashes, NFD or old tone placement", () => {
    const title = "KHỐI HÀNH CHÍNH – QUẢN TRỊ".normalize("NFD");
    const rows = [group("MỨC 1, 2, 3"), [3, `Tiêu chuẩn 3:  Cơ sở vật chất\u00a0và thiết bị dạy học.`], crit("Tiêu chí 3.3"), [4, "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội"], crit("Tiêu chí 4.2", undefined, { tasks: title })];
    expect(findings(check(plan2018(rows)))).toEqual([]);
  });

  it("standard/unknown: Tiêu chuẩn 6 in a 2018 plan, Tiêu chuẩn 5 in a TT57 plan", () => {
    expect(findings(check(plan2018([group("MỨC 1, 2, 3"), std(6, "Hoạt động khác")])))).toEqual(["B7 plan/empty", "B8 standard/unknown"]); // nothing to improve under it: an empty plan
    const v = check(plan2018([group("MỨC 1, 2"), std(5, "Hoạt động giáo dục"), crit("Tiêu chí 4.1", "Đạt mức 2 (hiện trạng mức 1)")]), { standardSet: "tt57-2026-pho-thong" });
    expect(findings(v)).toEqual(["B8 standard/unknown", "B9 criterion/standard-mismatch"]);
  });
});

describe("level rules", () => {
  it("level/invalid: 'mức 5' cannot be; under TT57 'Mức 3' cannot be", () => {
    expect(findings(check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.1", "Đạt mức 5 (hiện trạng mức 2)")])))).toEqual(["C9 level/invalid"]);
    const v = check(plan2018([STD1.slice(0, 1).concat(["Tiêu chuẩn 1: Quản trị nhà trường và bảo đảm chất lượng"]), crit("Tiêu chí 1.3", "Mức 3")]), { standardSet: "tt57-2026-pho-thong" });
    expect(findings(v)).toEqual(["C8 level/invalid"]);
  });

  it("level/unavailable: target Mức 3 for 1.2 (TT18 has no Mức 3 for it); a fix keeps the level it has", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.2", "Đạt mức 3 (hiện trạng mức 1)")]));
    expect(findings(v)).toEqual(["C9 level/unavailable"]);
    expect(v.diagnostics[0].fix?.new).toBe("Đạt mức 2 (hiện trạng mức 1)");
  });

  it("level/not-above-current: a target below the current level, or equal without 'duy trì'", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.1", "Đạt mức 2 (hiện trạng mức 3)"), crit("Tiêu chí 1.3", "Đạt mức 2 (hiện trạng mức 2)"), crit("Tiêu chí 1.4", "Duy trì mức 2 (hiện trạng mức 2)"), crit("Tiêu chí 1.5", "Giữ vững Mức 3")]));
    expect(findings(v)).toEqual(["C9 level/not-above-current", "C10 level/not-above-current"]);
    expect(v.diagnostics[1].fix?.new).toBe("Duy trì mức 2");
  });

  it("level/group-mismatch: a Mức 3 target in the 'MỨC 1' group", () => {
    expect(findings(check(plan2018([group("MỨC 1"), STD1, crit("Tiêu chí 1.1", "Đạt mức 3 (hiện trạng mức 2)")])))).toEqual(["C9 level/group-mismatch"]);
  });

  it("prose goals in the target column are not errors", () => {
    expect(findings(check(plan2018([group("MỨC 1, 2, 3"), STD3, crit("Tiêu chí 3.6", "Xây dựng thư viện thông minh.")])))).toEqual([]);
  });
});

describe("period/invalid", () => {
  it("an unreadable period, or one ending before it starts", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.1", undefined, { period: "Khi có kinh phí" }), crit("Tiêu chí 1.3", undefined, { period: "05/2024-10/2023" })]));
    expect(findings(v)).toEqual(["F9 period/invalid", "F10 period/invalid"]);
  });
  it("accepts the periods schools write, and dates Excel made of '9/2022'", () => {
    const periods: GridCell[] = ["10/2023-05/2024", "Từ tháng 9 năm 2020 đến tháng 5 năm 2021", "Tháng 01/2023", { value: 44805, numberFormat: "mmm-yy", text: "Sep-22" }, "Năm 2023-2025", "2021-2025", "Hàng năm", "Hằng năm", "Cả năm học", "Bắt đầu từ năm học 2022-2023"];
    const codes = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10"];
    const rows = [group("MỨC 1, 2"), STD1, ...periods.map((p, i) => crit(`Tiêu chí ${codes[i]}`, "Đạt mức 2 (hiện trạng mức 1)", { period: p }))];
    expect(findings(check(plan2018(rows)))).toEqual([]);
  });
});

describe("required/empty", () => {
  it("2018 layout: a criterion without task/solution or lead", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.1", undefined, { tasks: null }), crit("Tiêu chí 1.3", undefined, { lead: null })]));
    expect(findings(v)).toEqual(["D9 required/empty", "E10 required/empty"]);
    expect(v.diagnostics[0].message.vi).toContain('"Công việc/giải pháp cần thực hiện"');
  });
  it("is satisfied by a task row of the same criterion", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.1", undefined, { lead: null }), [null, null, null, "Phân công rà soát.", "Phó Hiệu trưởng", "10/2023"]], { merges: ["B9:B10"] }));
    expect(findings(v)).toEqual([]);
  });
  it("required/unfilled: a row with none of its required columns filled is one error on its first required cell, not one per column", () => {
    const rows = [group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.1", undefined, { tasks: null, lead: null }), crit("Tiêu chí 1.2", null, { tasks: null, lead: null, period: null, budget: null }), crit("Tiêu chí 1.3", undefined, { lead: null })];
    const v = check(plan2018(rows));
    expect(findings(v)).toEqual(["D9 required/unfilled", "D10 required/unfilled", "E11 required/empty"]);
    expect(v.diagnostics[0].message.vi).toBe('Dòng của Tiêu chí 1.1 chưa được điền ("Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện"). Điền các cột này nếu nhà trường cải tiến tiêu chí này; nếu không, xóa dòng.');
    expect(v.summary.errors).toBe(3); // an empty plan is not a clean plan
  });
  it("required/unfilled: not when a task row of the criterion fills the columns", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.1", undefined, { tasks: null, lead: null }), [null, null, null, "Phân công rà soát.", "Phó Hiệu trưởng", "10/2023"]], { merges: ["B9:B10"] }));
    expect(findings(v)).toEqual([]);
  });
  it("TT57 layout: a fresh row gets one required/unfilled, a row filled in part one required/empty per empty column", () => {
    const header: GridCell[][] = [["UBND PHƯỜNG BẾN THÀNH"], ["TRƯỜNG THCS VĂN LANG"], ["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2026 - 2027"], [], []];
    const rows: GridCell[][] = [
      ["1", "Tiêu chí 1.4: Tự đánh giá, cải tiến", null, null, null, null, null, null, null, "Chưa thực hiện"],
      ["2", "Tiêu chí 3.2: Đổi mới phương pháp", "Đạt Mức 2", "Tổ chức chuyên đề", null, null, "Tổ trưởng chuyên môn", null, null, "Chưa thực hiện"],
    ];
    const v = check({ source: "t", sheets: [{ name: "KH", rows: [...header, HEADER_TT57, ...rows] }] });
    expect(findings(v)).toEqual(["D7 required/unfilled", "E8 required/empty", "F8 required/empty"]);
    expect(v.diagnostics[0].message.en).toBe('The row of criterion 1.4 is not filled in ("Hoạt động/giải pháp", "Chỉ số đánh giá kết quả", "Thời gian thực hiện", "Đơn vị/cá nhân phụ trách"). Fill in these columns if the school improves this criterion; if not, delete the row.');
  });
  it("TT57 layout: activity, indicator, period and person in charge (criterion 1.4 asks for them)", () => {
    const header: GridCell[][] = [["UBND PHƯỜNG BẾN THÀNH"], ["TRƯỜNG THCS VĂN LANG"], ["KẾ HOẠCH Cải tiến chất lượng giáo dục năm học 2026 - 2027"], [], []];
    const rows: GridCell[][] = [
      ["1", "Tiêu chí 1.4: Tự đánh giá, cải tiến", "Đạt Mức 2", "Rà soát kế hoạch cải tiến mỗi học kỳ", "100% nhiệm vụ có người phụ trách", "09/2026-05/2027", "Hiệu trưởng", "Ngân sách", "Biên bản rà soát", "Chưa thực hiện"],
      ["2", "TC 3.2: Đổi mới phương pháp", "Đạt Mức 2", "Tổ chức chuyên đề", null, "Hằng năm", null, "", "Kế hoạch bài dạy", "Chưa thực hiện"],
    ];
    const v = check({ source: "t", sheets: [{ name: "KH", rows: [...header, HEADER_TT57, ...rows] }] });
    expect(v.detection.set.id).toBe("tt57-2026-pho-thong");
    expect(v.table?.layout.id).toBe("plan-tt57");
    expect(findings(v)).toEqual(["E8 required/empty", "G8 required/empty"]);
    expect(v.summary.criteria).toBe(2);
  });
});

describe("cell and text rules", () => {
  it("cell/formula-text: '+ Chỉ đạo…' typed in a cell became a #NAME? formula; the fix is the text", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.1", undefined, { tasks: { value: "#NAME?", formula: "=+ Chỉ đạo các tổ chuyên môn", text: "#NAME?" } })]));
    expect(findings(v)).toEqual(["D9 cell/formula-text"]);
    expect(v.diagnostics[0].fix).toEqual({ cell: "D9", old: "=+ Chỉ đạo các tổ chuyên môn", new: "+ Chỉ đạo các tổ chuyên môn" });
  });
  it("text/legacy-encoding: TCVN3 text pasted as Unicode is reported, not misread", () => {
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.1", undefined, { tasks: "Tæ chøc rµ so¸t kÕ ho¹ch" })]));
    expect(findings(v)).toEqual(["D9 text/legacy-encoding"]);
  });
});

describe("plan rules", () => {
  it("plan/replaced-standard-set: a plan for 2026-2027 that follows TT18", () => {
    const header: GridCell[][] = [["SỞ GIÁO DỤC VÀ ĐÀO TẠO"], ["TRƯỜNG THPT NGUYỄN DU"], ["Căn cứ Thông tư 18/2018/TT-BGDĐT"], ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2026 - 2027"], []];
    const v = check(plan2018([group("MỨC 1, 2, 3"), STD1, crit("Tiêu chí 1.1")], { header }));
    expect(v.detection.set.id).toBe("tt18-2018");
    expect(findings(v)).toEqual(["A6 plan/replaced-standard-set"]);
    expect(v.diagnostics[0].message.vi).toContain("57/2026/TT-BGDĐT");
  });
  it("plan/no-table: says what it looked for", () => {
    const v = check({ source: "t", sheets: [{ name: "Ghi chú", rows: [["Kế hoạch sẽ được cập nhật"]] }] });
    expect(findings(v)).toEqual(["- plan/no-table"]);
    expect(v.diagnostics[0].cell).toBeNull();
    expect(v.diagnostics[0].message.vi).toContain("Công việc/giải pháp cần thực hiện");
  });
});

describe("which rules apply where", () => {
  it("on a report table only criterion/*, standard/*, cell/* and text/* apply (no level, period or required checks)", () => {
    const header = ["TT", "Tiêu chuẩn, tiêu chí", "ND kế hoạch được xây dựng đầu năm", "ND kế hoạch đã được điều chỉnh", "Những công việc đã triển khai xong theo đúng KH", "Những công việc đang triển khai theo KH, hoặc chậm so với KH", "Những công việc chưa triển khai", "Ghi chú"];
    const rows: GridCell[][] = [["MỨC 1"], STD1, [null, "Tiêu chí 1.2", "Đạt mức 3 (hiện trạng mức 2)", null, null, null, null, null], [null, "Tiêu chí 5.9", "", null, "Đã xong", null, null, null]];
    const v = check({ source: "t", sheets: [{ name: "Báo cáo", rows: [...THPT_2023_HEADER, header, ...rows] }] });
    expect(v.table?.layout.id).toBe("report-2018");
    expect(findings(v)).toEqual(["B10 criterion/unknown"]);
  });
});
