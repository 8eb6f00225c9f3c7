import { readEvaluationTables } from "../../../src/core/evaluation/read";
import { SheetView } from "../../../src/core/sheet/snapshot";
import type { GridCell, GridWorkbook } from "../../fixtures/grid";
import { sheetSnapshot } from "../../fixtures/to-snapshot";
import { ONE_COLUMN, SheetComposer, TWO_ROW_2018, levelTable } from "../../fixtures/evaluation/build";
import { oneColumnEvaluation } from "../../fixtures/evaluation/one-column";
import { tt17Evaluation } from "../../fixtures/evaluation/tt17";
import { tt18Evaluation } from "../../fixtures/evaluation/tt18";
import { tt19Evaluation } from "../../fixtures/evaluation/tt19";
import { tt57Evaluation } from "../../fixtures/evaluation/tt57";

function tablesOf(book: GridWorkbook, sheet = 0) {
  return readEvaluationTables(new SheetView(sheetSnapshot(book.sheets[sheet])));
}

function levelsByCode(book: GridWorkbook): Record<string, number | undefined> {
  return Object.fromEntries(tablesOf(book)[0].rows.map((r) => [r.code!, r.level]));
}

function oneSheet(rows: GridCell[][], merges: string[] = []): GridWorkbook {
  return { source: "test", sheets: [{ name: "TĐG", rows, merges }] };
}

describe("reading a self-evaluation table as schools draw it", () => {
  it("reads the two-row header 'Kết quả' › 'Không đạt | Mức 1 | Mức 2 | Mức 3', the 27 TT17 criteria between standard rows, and the Mức 4 table below", () => {
    const [levels, level4] = tablesOf(tt17Evaluation);
    expect(levels.kind).toBe("levels");
    expect(levels.range).toBe("A6:F39");
    expect(levels.markColumns).toEqual([
      { col: 1, level: 0 },
      { col: 2, level: 1 },
      { col: 3, level: 2 },
      { col: 4, level: 3 },
    ]);
    expect(levels.rows).toHaveLength(27);
    expect(levels.rows.find((r) => r.code === "2.2")).toMatchObject({ level: 3, standardNo: 2, codeField: { cell: "A21" } }); // header 6-7, Tiêu chuẩn 1 row 8, 1.1–1.10 rows 9-18, Tiêu chuẩn 2 row 19
    expect(level4.kind).toBe("level4");
    expect(level4.rows.map((r) => [r.requirement, r.level])).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 0],
    ]);
  });

  it("reads 'Không đạt' merged down beside 'Đạt' merged over 'Mức 1 | Mức 2 | Mức 3', with the code after a TT column and marks typed 'X'", () => {
    const [levels] = tablesOf(tt18Evaluation);
    expect(levels.criterionColumn).toBe(1);
    expect(levels.markColumns.map((m) => m.level)).toEqual([0, 1, 2, 3]);
    expect(levels.rows).toHaveLength(28);
    expect(levelsByCode(tt18Evaluation)).toMatchObject({ "1.1": 3, "1.2": 2, "5.6": 3 });
  });

  it("reads a three-row header ('Kết quả' › 'Không đạt | Đạt' › 'Mức 1 | Mức 2 | Mức 3') with '✓' marks", () => {
    const [levels] = tablesOf(tt19Evaluation);
    expect(levels.headerRows).toEqual([4, 5, 6]);
    expect(levels.rows).toHaveLength(25);
    expect(levelsByCode(tt19Evaluation)).toMatchObject({ "3.6": 2, "5.4": 3 });
  });

  it("TT57: a mark in 'Tiêu chí bắt buộc' says the criterion is mandatory, not its level", () => {
    const [levels] = tablesOf(tt57Evaluation);
    expect(levels.markColumns.map((m) => m.level)).toEqual([0, 1, 2]);
    expect(levels.rows.filter((r) => r.markedMandatory).map((r) => r.code)).toEqual(["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]);
    expect(levels.rows.every((r) => r.marks.length === 1)).toBe(true);
    expect(levelsByCode(tt57Evaluation)).toMatchObject({ "1.3": 2, "3.5": 1, "4.3": 1 });
  });

  it("reads the one-column variant: 'Mức đạt được' holding 'Mức 2' or 'Không đạt'", () => {
    const [levels] = tablesOf(oneColumnEvaluation);
    expect(levels.valueColumn).toBe(2);
    expect(levelsByCode(oneColumnEvaluation)).toMatchObject({ "1.1": 2, "1.2": 1, "3.4": 0, "5.5": 0 });
  });

  it("reads 'Đạt mức 2', 'M2' and a number 2 in the one-column variant, and leaves 'Đạt' unread", () => {
    const t = levelTable({ setId: "tt18-2018", layout: ONE_COLUMN, results: [["1.1", 2], ["1.2", 2], ["1.3", 2], ["1.4", 2]] });
    t.rows[2][2] = "Đạt mức 2";
    t.rows[3][2] = "M2";
    t.rows[4][2] = 2;
    t.rows[5][2] = "Đạt";
    const rows = tablesOf(oneSheet(t.rows))[0].rows;
    expect(rows.map((r) => r.level)).toEqual([2, 2, 2, undefined]);
  });

  it("keeps a row with two marks or none, and ignores '-' typed for 'no'", () => {
    const t = levelTable({ setId: "tt17-2018", layout: TWO_ROW_2018, results: [["1.1", [1, 2]], ["1.2", null], ["1.3", 2]] });
    t.rows[5][1] = "-"; // 1.3: "-" under Không đạt
    const rows = tablesOf(oneSheet(t.rows, t.merges))[0].rows;
    expect(rows.map((r) => [r.code, r.marks.length, r.level])).toEqual([
      ["1.1", 2, undefined],
      ["1.2", 0, undefined],
      ["1.3", 1, 2],
    ]);
  });

  it("reads 1.10 that Excel stored as the number 1.1 after 1.9", () => {
    const codes = ["1.8", "1.9", "1.10"];
    const t = levelTable({ setId: "tt17-2018", layout: TWO_ROW_2018, results: codes.map((c) => [c, 2]), codeText: { "1.8": 1.8, "1.9": 1.9, "1.10": 1.1 } });
    expect(tablesOf(oneSheet(t.rows, t.merges))[0].rows.map((r) => r.code)).toEqual(codes);
  });

  it("ends the table at a total row or a conclusion, not at a criterion title wrapped onto the next row", () => {
    const t = levelTable({ setId: "tt17-2018", layout: TWO_ROW_2018, results: [["1.1", 2], ["1.2", 2]] });
    const rows: GridCell[][] = [...t.rows];
    rows.splice(4, 0, ["của nhà trường (tiếp)"]);
    rows.push(["Tổng cộng", 0, 0, 2, 0], ["Kết luận: Trường đạt Mức 2"]);
    const [table] = tablesOf(oneSheet(rows, t.merges));
    expect(table.rows.map((r) => r.code)).toEqual(["1.1", "1.2"]);
    expect(table.lastRow).toBe(5);
  });

  it("does not take a plan table ('Kết quả cần đạt (so với hiện trạng)') for a self-evaluation", () => {
    const s = new SheetComposer();
    s.add([["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)", "Công việc/giải pháp cần thực hiện", "Chủ trì và phối hợp thực hiện"], [null, "Tiêu chí 1.1", "Đạt mức 2", "Rà soát", "Hiệu trưởng"]]);
    expect(tablesOf({ source: "test", sheets: [s.sheet("KH")] })).toEqual([]);
  });
});
