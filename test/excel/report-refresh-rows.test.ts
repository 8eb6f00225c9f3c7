/**
 * A report refreshed in Excel is rewritten row by row over the old one. When the new report is
 * shorter than the old (staff shortened long results, so fewer pages and fewer header copies), what
 * the old one held below the new end must go: no second signature, no stale rows under the report.
 */
import { reportCommand } from "../../src/app/excel-commands";
import { runCommand } from "../../src/excel";
import { crit, plan2018, THPT_HEADER_MERGES } from "../fixtures/plans";
import { excelWith, inExcel } from "./helpers";

const REPORT = "Báo cáo tiến độ - Cả năm học";
const LONG = "Đã tổ chức rà soát, bổ sung và hoàn thiện hồ sơ theo đúng kế hoạch; kết quả được tổng hợp, báo cáo hội đồng trường và niêm yết công khai. ".repeat(6);

function lastRowWithContent(cells: Map<string, { value: unknown }>): number {
  let last = -1;
  for (const [k, c] of cells) if (c.value !== null && c.value !== "") last = Math.max(last, Number(k.split(",")[0]));
  return last;
}

describe("a report refreshed shorter than it was", () => {
  it("leaves nothing of the old report below the new one's end", async () => {
    const plan = plan2018(Array.from({ length: 40 }, (_, i) => crit(i % 4 === 0 ? `Tiêu chí ${1 + Math.floor(i / 20)}.${1 + ((i / 4) % 5)}` : null, undefined, { tasks: `Việc ${i + 1}`, lead: "Hiệu trưởng" })), { merges: THPT_HEADER_MERGES });
    const excel = excelWith(plan, { locale: "vi-VN" });
    await inExcel(excel, (c, caps) => runCommand(c, caps, reportCommand({}, "year", "2024-03-01")));
    const sheet = excel.sheet(REPORT);
    const keyCol = [...sheet.cells.entries()].find(([, c]) => typeof c.value === "string" && /#1$/.test(c.value))![0].split(",")[1];
    const taskRows = [...sheet.cells.entries()].filter(([k, c]) => k.endsWith(`,${keyCol}`) && typeof c.value === "string" && /#\d+$/.test(c.value)).map(([k]) => Number(k.split(",")[0]));
    // staff write long results: the report grows (taller rows, more pages, more header copies)
    for (const r of taskRows) excel.user.type(REPORT, `E${r + 1}`, LONG);
    await inExcel(excel, (c, caps) => runCommand(c, caps, reportCommand({}, "year", "2024-03-02")));
    const longEnd = lastRowWithContent(excel.sheet(REPORT).cells);
    // then shorten them: the refreshed report is shorter than the one it replaces
    const rowsNow = [...excel.sheet(REPORT).cells.entries()].filter(([k, c]) => k.endsWith(`,${keyCol}`) && typeof c.value === "string" && /#\d+$/.test(c.value)).map(([k]) => Number(k.split(",")[0]));
    for (const r of rowsNow) excel.user.type(REPORT, `E${r + 1}`, "Hoàn thành.");
    const command = reportCommand({}, "year", "2024-03-03");
    let written = -1;
    const compute = command.compute;
    command.compute = (read) => {
      const patch = compute(read);
      for (const b of patch.sheets[0].blocks) written = Math.max(written, b.top + b.values.length - 1);
      return patch;
    };
    await inExcel(excel, (c, caps) => runCommand(c, caps, command));
    const cells = excel.sheet(REPORT).cells;
    expect(written).toBeLessThan(longEnd);
    expect(lastRowWithContent(cells)).toBeLessThanOrEqual(written);
    expect([...cells.values()].filter((c) => c.value === "Nơi nhận:")).toHaveLength(1);
    // and below what the refresh wrote, no border or fill of the old rows either
    const stale = [...cells.entries()].filter(([k, c]) => Number(k.split(",")[0]) > written && (c.format.borders || c.format.fill));
    expect(stale).toEqual([]);
  });
});
