/** Periods schools write instead of dates ("Định kỳ hàng tháng", "Thường xuyên"), on plan rows; and what only looks like them. */
import { RECURRING_PERIODS } from "../../src/core/layouts/recurring-periods";
import { planTasks } from "../../src/core/report/plan-tasks";
import { parsePeriod } from "../../src/core/text/period";
import type { GridCell } from "../fixtures/grid";
import { check, crit, findings, plan2018 } from "../fixtures/plans";

const MUC123: GridCell[] = ["MỨC 1, 2, 3"];

describe("recurring periods", () => {
  const EXAMPLES = RECURRING_PERIODS.flatMap((p) => p.examples);

  it.each(EXAMPLES)("%j in a plan row is a readable period that runs for the school year", (period) => {
    const v = check(plan2018([MUC123, crit("Tiêu chí 1.1", "Đạt mức 2 (hiện trạng mức 1)", { period })]));
    expect(findings(v)).toEqual([]);
    expect(planTasks(v.table!)[0].end).toBe("school-year");
  });

  it("in a two-column period too ('Bắt đầu' 9/2023, 'Hoàn thành' Hằng tháng)", () => {
    const header = ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Giải pháp", "Chủ trì", "Bắt đầu", "Hoàn thành"];
    const rows: GridCell[][] = [MUC123, [null, "Tiêu chí 1.1", "Đạt mức 2 (hiện trạng mức 1)", "Rà soát", "Hiệu trưởng", "9/2023", "Định kỳ hàng tháng"]];
    expect(findings(check({ source: "t", sheets: [{ name: "KH", rows: [header, ...rows] }] }))).toEqual([]);
  });

  it.each([
    ["2024-2025", { kind: "range", start: { year: 2024 }, end: { year: 2025 } }],
    ["Năm học 2024-2025", { kind: "range", start: { year: 2024 }, end: { year: 2025 } }],
    ["Hằng năm (9/2023-5/2024)", { kind: "range", start: { year: 2023, month: 9 }, end: { year: 2024, month: 5 } }],
    ["Hàng hóa nhập kho", { kind: "invalid", reason: "unreadable" }],
    ["Khi có kinh phí", { kind: "invalid", reason: "unreadable" }],
    ["Định hướng", { kind: "invalid", reason: "unreadable" }],
  ])("no false positive: %j", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});
