import { parseConclusion } from "../../../src/core/evaluation/conclusion";
import { evaluateWorkbook, type Evaluation } from "../../../src/core/evaluation/evaluate";
import { targetsFromEvaluation } from "../../../src/core/evaluation/targets";
import { parseLevelStatement } from "../../../src/core/text/level";
import type { GridCell, GridWorkbook } from "../../fixtures/grid";
import { workbookSnapshot } from "../../fixtures/to-snapshot";
import { mistakesEvaluation } from "../../fixtures/evaluation/mistakes";
import { oneColumnEvaluation } from "../../fixtures/evaluation/one-column";
import { tt17Evaluation } from "../../fixtures/evaluation/tt17";
import { tt18Evaluation } from "../../fixtures/evaluation/tt18";
import { tt19Evaluation } from "../../fixtures/evaluation/tt19";
import { TT57_OTHERS_AT_1, tt57Evaluation, tt57Results, tt57Workbook } from "../../fixtures/evaluation/tt57";
import { evaluationWithPlan } from "../../fixtures/evaluation/with-plan";
import { level4Table, levelTable, SheetComposer, TWO_ROW_2018, allAt } from "../../fixtures/evaluation/build";
import { crit, HEADER_2018 } from "../../fixtures/plans";

function evaluate(book: GridWorkbook, options = {}): Evaluation {
  return evaluateWorkbook(workbookSnapshot(book), options);
}

/** "A10 eval/duplicate" lines; a cell on another sheet as 'Sheet'!C10. */
function findings(e: Evaluation): string[] {
  return e.diagnostics.map((d) => `${d.sheet ? `'${d.sheet}'!` : ""}${d.cell ?? "-"} ${d.rule}`);
}

function withConclusion(book: GridWorkbook, text: string): GridWorkbook {
  const sheet = book.sheets[0];
  return { ...book, sheets: [{ ...sheet, rows: [...sheet.rows, [], [text]] }] };
}

describe("a primary school's TT17 self-evaluation with document 002's counts", () => {
  const e = evaluate(tt17Evaluation);

  it("finds the table, the Mức 4 table and TT17 from the school type and year, and has nothing to report", () => {
    expect(e.sheet).toBe("Tự đánh giá");
    expect(e.table?.range).toBe("A6:F39");
    expect(e.level4Table?.range).toBe("A45:D51");
    expect(e.detection.set.id).toBe("tt17-2018");
    expect(findings(e)).toEqual([]);
    expect(e.summary).toEqual({ errors: 0, warnings: 0, infos: 0, criteria: 27 });
  });

  it("computes Mức 1 — the level document 002 states ('Mức đánh giá của Trường…: Mức 1'), so the conclusion passes", () => {
    expect(e.result?.level).toBe(1);
    expect(e.conclusions.map((c) => [c.field.cell, c.level])).toEqual([["A42", 1]]);
  });
});

describe("every standard set's table gives its level", () => {
  it("TT18: Mức 4, with all five Mức 4 requirements met; 'Kết luận: Trường đạt Mức 4.' agrees", () => {
    const e = evaluate(tt18Evaluation);
    expect(e.detection.set.id).toBe("tt18-2018");
    expect(e.result).toMatchObject({ level: 4, nationalStandard: 2, next: null });
    expect(findings(e)).toEqual([]);
  });

  it("TT19: Mức 3 from 25 criteria; Mức 4 cannot be computed, so 'Nhà trường đạt Mức 3' is no finding", () => {
    const e = evaluate(tt19Evaluation);
    expect(e.detection.set.id).toBe("tt19-2018");
    expect(e.result).toMatchObject({ level: 3, level4: { status: "unknown-count" } });
    expect(findings(e)).toEqual([]);
  });

  it("TT57 phổ thông: Mức 2 with exactly 5 of the 7 non-mandatory criteria at Mức 2", () => {
    const e = evaluate(tt57Evaluation);
    expect(e.detection.set.id).toBe("tt57-2026-pho-thong");
    expect(e.result?.level).toBe(2);
    expect(findings(e)).toEqual([]);
  });

  it("TT57: one more non-mandatory criterion at Mức 1 drops the school to Mức 1, and 'Trường đạt Mức 2' becomes an error", () => {
    const e = evaluate(tt57Workbook(tt57Results((code) => (TT57_OTHERS_AT_1.includes(code) || code === "3.4" ? 1 : 2))));
    expect(e.result?.level).toBe(1);
    expect(findings(e)).toEqual(["A27 eval/conclusion-mismatch"]);
    expect(e.diagnostics[0].message.vi).toContain("mức đánh giá của trường là Mức 1");
    expect(e.diagnostics[0].message.vi).toContain("Để đạt Mức 2: thêm 1 trong các tiêu chí không bắt buộc 3.4, 3.5, 4.3 cần đạt Mức 2.");
  });

  it("the one-column variant: 'Không đạt' for 3.4 and 5.5 leaves the school below Mức 1, as its conclusion says ('chưa đạt … Mức độ 1')", () => {
    const e = evaluate(oneColumnEvaluation);
    expect(e.result).toMatchObject({ level: 0, gap: [{ criterion: "3.4", needs: 1 }, { criterion: "5.5", needs: 1 }] });
    expect(findings(e)).toEqual([]);
  });
});

describe("a table with every mistake staff make", () => {
  const e = evaluate(mistakesEvaluation);

  it("finds the missing and the duplicated criterion, the Mức 3 mark 1.2 cannot have, two marks, no mark, and the conclusion the marks contradict", () => {
    expect(findings(e)).toEqual([
      "- eval/missing", // 1.4
      "E8 eval/unavailable-level", // 1.2 marked Mức 3
      "A10 eval/duplicate", // 1.3 again, where 1.4 belongs
      "A18 eval/several-marks", // 2.1: Mức 1 and Mức 2
      "A23 eval/no-mark", // 3.1
      "A40 eval/conclusion-mismatch", // "Trường đạt Mức 3" with 5.3 at Mức 1
    ]);
    expect(e.summary.errors).toBe(6);
  });

  it("names the missing criterion and where it belongs", () => {
    const missing = e.diagnostics[0];
    expect(missing).toMatchObject({ cell: null, criterion: "1.4" });
    expect(missing.message.vi).toBe(
      "Bảng tự đánh giá thiếu Tiêu chí 1.4 (Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng) của TT18/2018: thêm một dòng cho tiêu chí này, sau Tiêu chí 1.3 (dòng 9) và đánh dấu mức đạt được.",
    );
    expect(missing.message.en).toContain("lacks criterion 1.4");
  });

  it("counts 1.2's Mức 3 mark as Mức 2, and leaves 1.4, 2.1, 3.1 undetermined", () => {
    expect(e.results.get("1.2")).toMatchObject({ level: 2, marked: 3 });
    expect(e.result?.undetermined).toEqual(["1.4", "2.1", "3.1"]);
    expect(e.result).toMatchObject({ level: 0, highestPossible: 1 });
  });

  it("says the conclusion cannot be right whatever the undetermined criteria are", () => {
    const c = e.diagnostics[5];
    expect(c.message.vi).toContain("mức đánh giá của trường nhiều nhất là Mức 1 (còn 3 tiêu chí chưa xác định được mức)");
  });
});

describe("the conclusion check", () => {
  it("reads conclusions as schools write them", () => {
    expect(parseConclusion("* Mức đánh giá của Trường Tiểu học Cầu Xáng: Mức 1")).toEqual([{ subject: "level", negative: false, level: 1 }]);
    expect(parseConclusion("Kết luận: Trường đạt Mức 2.")).toEqual([{ subject: "level", negative: false, level: 2 }]);
    expect(parseConclusion("Nhà trường chưa đạt kiểm định chất lượng giáo dục Mức độ 1")).toEqual([{ subject: "level", negative: true, level: 1 }]);
    expect(parseConclusion("Trường đạt Mức 2 và đạt chuẩn quốc gia mức độ 1")).toEqual([
      { subject: "level", negative: false, level: 2 },
      { subject: "nationalStandard", negative: false, level: 1 },
    ]);
  });

  it("does not read goals, counts or history as conclusions", () => {
    expect(parseConclusion("Trường phấn đấu đạt Mức 3 vào năm 2025")).toEqual([]);
    expect(parseConclusion("Số lượng đạt Mức 2: 18/27 - Tỷ lệ: 66,3%")).toEqual([]);
    expect(parseConclusion("Năm 2015 trường được công nhận đạt chuẩn quốc gia mức độ 1")).toEqual([]);
    expect(parseConclusion("Tiêu chí 1.2 đạt Mức 2")).toEqual([]);
  });

  it("flags 'Trường đạt Mức 2' for a school at Mức 1, and a claim of national-standard degree 1 it cannot support", () => {
    expect(findings(evaluate(withConclusion(tt17Evaluation, "Kết luận: Trường đạt Mức 2")))).toEqual(["A53 eval/conclusion-mismatch"]); // the sheet ends at row 51
    const ns = evaluate(withConclusion(tt17Evaluation, "Trường đạt chuẩn quốc gia mức độ 1"));
    expect(findings(ns)).toEqual(["A53 eval/conclusion-mismatch"]);
    expect(ns.diagnostics[0].message.vi).toContain("chưa đủ điều kiện chuẩn quốc gia mức độ 1");
  });

  it("flags 'chưa đạt Mức 1' for a school that reached it", () => {
    expect(findings(evaluate(withConclusion(tt17Evaluation, "Nhà trường chưa đạt Mức 1")))).toEqual(["A53 eval/conclusion-mismatch"]);
  });
});

describe("a plan beside the self-evaluation", () => {
  const e = evaluate(evaluationWithPlan);

  it("picks the evaluation sheet, and flags the plan's current levels that differ from it — as warnings, on the plan's sheet", () => {
    expect(e.sheet).toBe("Tự đánh giá");
    expect(findings(e)).toEqual(["'Kế hoạch'!C10 plan/current-level-mismatch", "'Kế hoạch'!C14 plan/current-level-mismatch"]);
    expect(e.diagnostics.every((d) => d.severity === "warning")).toBe(true);
    expect(e.summary).toMatchObject({ errors: 0, warnings: 2 });
  });

  it("proposes the current level from the self-evaluation", () => {
    expect(e.diagnostics.map((d) => d.fix)).toEqual([
      { cell: "C10", old: "Đạt mức 3 (hiện trạng mức 1)", new: "Đạt mức 3 (hiện trạng mức 2)" },
      { cell: "C14", old: "Duy trì mức 2", new: "Đạt mức 2 (hiện trạng mức 1)" },
    ]);
    expect(e.diagnostics[1].message.vi).toContain("bảng tự đánh giá ('Tự đánh giá'!A35) ghi Mức 1");
  });
});

describe("results the set does not know, and a Mức 4 table with gaps", () => {
  function tt17Sheet(results: [string, number | number[] | null][], level4?: { rows: GridCell[][]; merges: string[] }, codeText: Record<string, GridCell> = {}): GridWorkbook {
    const s = new SheetComposer();
    s.add([["TRƯỜNG TIỂU HỌC CẦU XÁNG"], ["Năm học 2020-2021"], []]);
    const t = levelTable({ setId: "tt17-2018", layout: TWO_ROW_2018, results, codeText });
    s.add(t.rows, t.merges); // header rows 4-5
    if (level4) {
      s.blank(2);
      s.add(level4.rows, level4.merges);
    }
    return { source: "test", sheets: [s.sheet("TĐG")] };
  }

  it("flags a criterion TT17 does not have (5.6 is TT18's) and a row whose code cannot be read", () => {
    const results = [...allAt("tt17-2018", () => 2), ["5.6", 2], ["1.a", 2]] as [string, number][];
    const e = evaluate(tt17Sheet(results, undefined, { "1.a": "Tiêu chí 1.a" }));
    expect(findings(e)).toEqual(["A38 eval/unknown", "A40 eval/unknown"]);
    expect(e.diagnostics[0].message.vi).toContain("Tiêu chuẩn 5 chỉ có các tiêu chí 5.1, 5.2, 5.3, 5.4, 5.5");
    expect(e.diagnostics[1].message.vi).toContain('không đọc được mã tiêu chí "Tiêu chí 1.a"');
    expect(e.result?.level).toBe(2);
  });

  it("flags a Mức 4 table that lacks a requirement or marks one both Đạt and Không đạt", () => {
    const l4 = level4Table([true, true, true, true]);
    l4.rows[3][1] = "x"; // requirement 2: Không đạt and Đạt
    const e = evaluate(tt17Sheet(allAt("tt17-2018", (_c, max) => max), l4));
    expect(findings(e)).toEqual(["- eval/missing", "A43 eval/several-marks"]);
    expect(e.diagnostics[0].message.vi).toContain("Bảng đánh giá Mức 4 thiếu yêu cầu 5");
    expect(e.result).toMatchObject({ level: 3, level4: { status: "not-met", met: [1, 3, 4], undetermined: [2, 5] } });
  });
});

describe("a plan on the same sheet, under the self-evaluation", () => {
  it("ends the self-evaluation at the plan's header and cross-checks the plan's rows, on the same sheet", () => {
    const s = new SheetComposer();
    s.add([["TRƯỜNG THPT NGUYỄN DU"], ["Năm học 2023-2024"], []]);
    const t = levelTable({ setId: "tt18-2018", layout: TWO_ROW_2018, results: allAt("tt18-2018", () => 2) });
    s.add(t.rows, t.merges); // rows 4-38
    s.blank();
    s.add([HEADER_2018, crit("Tiêu chí 1.1", "Đạt mức 3 (hiện trạng mức 1)")]); // plan header row 40, 1.1 at row 41
    const e = evaluate({ source: "test", sheets: [s.sheet("Tự đánh giá và kế hoạch")] });
    expect(e.table?.range).toBe("A4:F38");
    expect(findings(e)).toEqual(["C41 plan/current-level-mismatch"]);
  });
});

describe("a plan template can start from the self-evaluation", () => {
  it("pre-fills each criterion below the target with 'Đạt mức N (hiện trạng mức M)', capped at the criterion's own highest level", () => {
    const e = evaluate(tt17Evaluation);
    const targets = targetsFromEvaluation(e, 3);
    expect(targets.get("1.2")).toBe("Đạt mức 2 (hiện trạng mức 1)"); // 1.2 has no Mức 3
    expect(targets.get("1.1")).toBe("Đạt mức 3 (hiện trạng mức 2)");
    expect(targets.has("2.2")).toBe(false); // already at Mức 3
    expect(targets.has("1.7")).toBe(false); // at Mức 2, its highest
    expect([...targetsFromEvaluation(e, 2).keys()]).toEqual(["1.2", "1.4", "1.5", "2.3", "3.2", "3.4", "3.6", "4.2", "5.3"]);
  });

  it("writes a criterion below Mức 1 so that the plan's own checks read the target and no current level", () => {
    const targets = targetsFromEvaluation(evaluate(oneColumnEvaluation), 1);
    expect(Object.fromEntries(targets)).toEqual({ "3.4": "Đạt mức 1 (hiện trạng chưa đạt mức 1)", "5.5": "Đạt mức 1 (hiện trạng chưa đạt mức 1)" });
    expect(parseLevelStatement(targets.get("3.4")!)).toEqual({ target: 1, maintain: false });
  });

  it("leaves out criteria the table does not state", () => {
    expect(targetsFromEvaluation(evaluate(mistakesEvaluation), 2).has("2.1")).toBe(false);
  });
});

describe("choosing the sheet and the standard set", () => {
  it("uses the standard set the user names, and reports a sheet with no self-evaluation table", () => {
    expect(evaluate(tt17Evaluation, { standardSet: "tt18-2018" }).detection.set.id).toBe("tt18-2018");
    const none = evaluate(evaluationWithPlan, { sheet: "Kế hoạch" });
    expect(findings(none)).toEqual(["- eval/no-table"]);
    expect(none.result).toBeUndefined();
  });

  it("tells TT19 from TT17 by the criteria listed when nothing else says which", () => {
    const bare = (book: GridWorkbook): GridWorkbook => ({ ...book, sheets: [{ ...book.sheets[0], rows: book.sheets[0].rows.map((r, i) => (i < 3 ? [] : r)) }] });
    const e = evaluate(bare(tt19Evaluation));
    expect(e.detection.set.id).toBe("tt19-2018");
    expect(e.detection.detectedFrom.map((d) => d.source)).toContain("codes");
  });
});
