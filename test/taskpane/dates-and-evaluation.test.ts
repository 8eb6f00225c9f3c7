/**
 * What the pane shows beside the findings: dates in the UI language's order, and the
 * self-evaluation at a glance (level, counts per level, the gap with each criterion's cell).
 */
import { evaluateWorkbook } from "../../src/core/evaluation/evaluate";
import { formatDate, parseDate } from "../../src/taskpane/dates";
import { summarizeEvaluation } from "../../src/taskpane/evaluation-summary";
import { tt17Evaluation } from "../fixtures/evaluation/tt17";
import { tt57Results, tt57Workbook } from "../fixtures/evaluation/tt57";
import { workbookSnapshot } from "../fixtures/to-snapshot";

describe("dates in the pane", () => {
  it("shows the report date day first in Vietnamese and in words in English, whatever the computer's locale", () => {
    expect(formatDate("2026-11-30", "vi")).toBe("30/11/2026");
    expect(formatDate("2026-11-30", "en")).toBe("30 Nov 2026");
    expect(formatDate("2026-03-05", "vi")).toBe("05/03/2026");
  });

  it("reads what staff type, day first, and refuses dates that do not exist", () => {
    expect(parseDate("30/11/2026")).toBe("2026-11-30");
    expect(parseDate(" 5-3-2026 ")).toBe("2026-03-05");
    expect(parseDate("5.3.2026")).toBe("2026-03-05");
    expect(parseDate("2026-11-30")).toBe("2026-11-30");
    expect(parseDate("30 Nov 2026")).toBe("2026-11-30");
    expect(parseDate("30 november 2026")).toBe("2026-11-30");
    expect(parseDate("31/11/2026")).toBeNull();
    expect(parseDate("29/02/2027")).toBeNull();
    expect(parseDate("29/02/2028")).toBe("2028-02-29");
    expect(parseDate("11/30/2026")).toBeNull(); // month first is not read
    expect(parseDate("hôm nay")).toBeNull();
  });
});

describe("the self-evaluation at a glance", () => {
  it("a primary school at Mức 1 (document 002's counts): the level, the counts per level, and the 9 criteria that need Mức 2 with their cells", () => {
    const s = summarizeEvaluation(evaluateWorkbook(workbookSnapshot(tt17Evaluation)));
    expect(s.level).toBe(1);
    expect(s.rows.map((r) => [r.level, `${r.reached}/${r.of}`, r.percent])).toEqual([
      [1, "27/27", 100],
      [2, "18/27", 66.7],
      [3, "1/19", 5.3],
    ]);
    expect(s.next).toBe(2);
    expect(s.gap.map((g) => `${g.criterion}→${g.needs}@${g.cell}`)).toEqual(["1.2→2@A10", "1.4→2@A12", "1.5→2@A13", "2.3→2@A22", "3.2→2@A26", "3.4→2@A28", "3.6→2@A30", "4.2→2@A33", "5.3→2@A37"]);
    expect(s.nationalStandard?.vi).toMatch(/^Chuẩn quốc gia: chưa đủ điều kiện mức độ 1/);
  });

  it("TT57: the mandatory criteria and the others counted apart, and 'one more of these' with each criterion's cell", () => {
    const s = summarizeEvaluation(evaluateWorkbook(workbookSnapshot(tt57Workbook(tt57Results((c) => (["3.5", "4.3", "1.1"].includes(c) ? 1 : 2))))));
    expect(s.level).toBe(1);
    expect(s.rows[1]).toMatchObject({ level: 2, reached: 12, of: 15, mandatory: { reached: 8, of: 8 }, others: { reached: 4, of: 7 } });
    expect(s.otherNeeds).toHaveLength(1);
    expect(s.otherNeeds[0].text.vi).toBe("Thêm 1 trong các tiêu chí không bắt buộc 1.1, 3.5, 4.3 cần đạt Mức 2.");
    expect(s.otherNeeds[0].criteria.map((c) => c.criterion)).toEqual(["1.1", "3.5", "4.3"]);
    expect(s.otherNeeds[0].criteria.every((c) => /^[A-Z]+\d+$/.test(c.cell ?? ""))).toBe(true);
  });

  it("a sheet without a self-evaluation table: no level, the reason", () => {
    const s = summarizeEvaluation(evaluateWorkbook({ sheets: [{ name: "Sheet1", visible: true, top: 0, left: 0, values: [["x"]], merges: [], hiddenRows: [] }] }));
    expect(s.level).toBeUndefined();
    expect(s.problem?.vi).toMatch(/Không tìm thấy bảng kết quả tự đánh giá/);
  });
});
