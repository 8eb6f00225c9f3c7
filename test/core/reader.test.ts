import { readTables } from "../../src/core/plan/read";
import { SheetView } from "../../src/core/sheet/snapshot";
import type { GridCell } from "../fixtures/grid";
import { HEADER_2018, THPT_2023_HEADER, check, crit, findings, plan2018 } from "../fixtures/plans";
import { sheetSnapshot } from "../fixtures/to-snapshot";

function tablesOf(rows: GridCell[][], merges: string[] = []) {
  return readTables(new SheetView(sheetSnapshot({ name: "S", rows, merges })));
}

describe("finding the table by its header, wherever it starts", () => {
  it("maps columns by header text in any order: 'Tiêu chí | Người thực hiện | Dự kiến kinh phí (nếu có) | Thời gian thực hiện | Giải pháp'", () => {
    const rows: GridCell[][] = [[], [null, null, "Tiêu chí", "Người thực hiện", "Dự kiến kinh phí (nếu có)", "Thời gian thực hiện", "Giải pháp"], [null, null, "Tiêu chí 2.2", "Tổ trưởng chuyên môn", "Không", "Hằng năm", "Bồi dưỡng giáo viên"]];
    const [t] = tablesOf(rows);
    expect(t.layout.id).toBe("plan-2018");
    expect(t.columns).toEqual({ criterion: 2, lead: 3, budget: 4, period: 5, tasks: 6 });
    expect(t.range).toBe("C2:G3");
    expect(t.rows[0]).toMatchObject({ kind: "criterion", code: "2.2" });
    expect(t.rows[0].fields.lead?.cell).toBe("D3");
  });

  it("reads a two-row header with start and end under a merged 'Thời gian'", () => {
    const rows: GridCell[][] = [
      ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Giải pháp", "Chủ trì", "Thời gian", null, "Kinh phí"],
      [null, null, null, null, null, "Bắt đầu", "Hoàn thành", null],
      [null, "Tiêu chí 1.1", "Đạt mức 2", "x", "Hiệu trưởng", "9/2024", "5/2025", "Không"],
    ];
    const [t] = tablesOf(rows, ["F1:G1", "A1:A2", "B1:B2"]);
    expect(t.headerRows).toEqual([0, 1]);
    expect(t.columns).toMatchObject({ periodStart: 5, periodEnd: 6, budget: 7 });
  });

  it("ends a table at a section heading, and reads the next table after it", () => {
    const rows: GridCell[][] = [HEADER_2018, ["MỨC 1, 2, 3"], crit("Tiêu chí 1.1"), ["VI. TỔ CHỨC THỰC HIỆN"], ["1. Hiệu trưởng xây dựng kế hoạch"], HEADER_2018, crit("Tiêu chí 2.1")];
    const tables = tablesOf(rows);
    expect(tables.map((t) => t.range)).toEqual(["A1:I3", "A6:I7"]);
  });

  it("ends a table at a run of empty rows", () => {
    const rows: GridCell[][] = [HEADER_2018, crit("Tiêu chí 1.1"), [], [], ["Nơi nhận: Sở GD&ĐT"], [null, "Tiêu chí 9.9 (ghi chú ngoài bảng)"]];
    const [t] = tablesOf(rows);
    expect(t.range).toBe("A1:I2");
  });
});

describe("rows", () => {
  it("a continuation row split mid-sentence joins the row above column by column", () => {
    const v = check(plan2018([["MỨC 1, 2, 3"], [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], crit("Tiêu chí 1.1", "Đạt mức 2 (hiện trạng mức 1)", { tasks: "Tiếp tục phát huy dân" }), [null, null, null, "chủ tại cơ quan."]]));
    const row = v.table!.rows.find((r) => r.code === "1.1")!;
    expect(row.fields.tasks?.text).toBe("Tiếp tục phát huy dân chủ tại cơ quan.");
    expect(row.fields.tasks?.joinedRows).toEqual([9]);
    expect(findings(v)).toEqual([]);
  });

  it("never infers a standard from the TT column", () => {
    const v = check(plan2018([["MỨC 1, 2, 3"], [3, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], [1, "Tiêu chí 1.1", "Đạt mức 2 (hiện trạng mức 1)", "Rà soát", "Hiệu trưởng", "Hằng năm"]]));
    expect(v.table!.rows.map((r) => r.standardNo ?? r.code)).toEqual([undefined, 1, "1.1"]);
    expect(findings(v)).toEqual([]);
  });

  it("reads Mức 4 requirements as requirements, not criteria", () => {
    const v = check(plan2018([["MỨC 4"], [null, "Tiêu chí 2", "Đạt", "Xây dựng kế hoạch", "Hiệu trưởng", "Hằng năm"]]));
    expect(v.table!.rows[1]).toMatchObject({ kind: "level4", level4: { index: 2 } });
    expect(v.summary.criteria).toBe(0);
    expect(findings(v)).toEqual([]);
  });

  it("recovers the text of a cell Excel turned into a #NAME? formula", () => {
    const v = check(plan2018([crit("Tiêu chí 1.1", undefined, { lead: { value: "#NAME?", formula: "=-Hiệu trưởng", text: "#NAME?" } })]));
    expect(v.table!.rows[0].fields.lead?.text).toBe("-Hiệu trưởng");
  });

  it("keeps each field's cell address, merged areas at their top-left", () => {
    const v = check(plan2018([["MỨC 1, 2, 3"], crit("Tiêu chí 1.1")], { merges: ["A7:I7"] }));
    expect(v.table!.rows[0].codeField?.cell).toBe("A7");
    expect(v.table!.rows[1].fields.target?.cell).toBe("C8");
  });
});

describe("which table and sheet", () => {
  it("chooses the visible sheet whose header matches a layout best and lists the other tables", () => {
    const plan = [...THPT_2023_HEADER, HEADER_2018, crit("Tiêu chí 1.1")];
    const short = [["Tiêu chí", "Giải pháp", "Người thực hiện"], ["Tiêu chí 1.2", "x", "y"]];
    const v = check({ source: "t", sheets: [{ name: "Nháp", rows: short }, { name: "Kế hoạch", rows: plan }, { name: "Ẩn", rows: plan, hidden: true }] });
    expect(v.sheet).toBe("Kế hoạch");
    expect(v.otherTables).toEqual([
      { sheet: "Nháp", range: "A1:C2", bySheet: true },
      { sheet: "Ẩn", range: "A6:I7", bySheet: true },
    ]);
  });

  it("says which other tables --sheet reaches: the best table of another sheet, not a second table of a sheet", () => {
    const plan = [...THPT_2023_HEADER, HEADER_2018, crit("Tiêu chí 1.1"), [], [], ["Tiêu chí", "Giải pháp", "Người thực hiện"], ["Tiêu chí 1.2", "x", "y"]];
    const other = [HEADER_2018, crit("Tiêu chí 1.3"), [], [], ["Tiêu chí", "Giải pháp", "Người thực hiện"], ["Tiêu chí 1.4", "x", "y"]];
    const v = check({ source: "t", sheets: [{ name: "Kế hoạch", rows: plan }, { name: "Bản cũ", rows: other }] });
    expect(v.table?.range).toBe("A6:I7");
    expect(v.otherTables).toEqual([
      { sheet: "Kế hoạch", range: "A10:C11", bySheet: false },
      { sheet: "Bản cũ", range: "A1:I2", bySheet: true },
      { sheet: "Bản cũ", range: "A5:C6", bySheet: false },
    ]);
  });
});

describe("merged areas as the reader sees them", () => {
  const view = new SheetView({
    name: "KH",
    visible: true,
    top: 2,
    left: 1,
    values: [
      ["a", null, null, "b"],
      [null, null, "c", null],
      ["d", null, null, null],
    ],
    // a merge over whole columns, one wider than the used range, and two that overlap as in a damaged file
    merges: ["A1:A1048576", "C3:F3", "D4:E5", "E5:F5"],
  });

  it("resolves each cell to the area covering it, within the used range and beyond it", () => {
    expect(view.mergeOf(2, 2)).toEqual({ top: 2, left: 2, bottom: 2, right: 5 });
    expect(view.isCovered(2, 2)).toBe(false);
    expect(view.isCovered(2, 4)).toBe(true);
    expect(view.isCovered(3, 1)).toBe(false);
    expect(view.mergeOf(3, 1)).toBeUndefined();
    expect(view.mergeOf(500, 0)).toEqual({ top: 0, left: 0, bottom: 1048575, right: 0 }); // outside the used range
  });

  it("gives a cell two areas claim to the one listed last", () => {
    expect(view.mergeOf(4, 4)).toEqual({ top: 4, left: 4, bottom: 4, right: 5 });
    expect(view.mergeOf(4, 3)).toEqual({ top: 3, left: 3, bottom: 4, right: 4 });
  });
});
