import { buildReport } from "../../src/core/report/build-report";
import { reportCountsOf } from "../../src/core/report/report-counts";
import { applyPatchToSnapshot } from "../../src/core/sheet/apply";
import type { SheetSnapshot } from "../../src/core/sheet/snapshot";
import { validateWorkbook, type TablesRead } from "../../src/core/validate/validate";
import { doc000 } from "../fixtures/documents/doc000";
import { doc004 } from "../fixtures/documents/doc004";
import { workbookSnapshot } from "../fixtures/to-snapshot";

const KEY = 9; // hidden key column J of the 2018 report KHCT writes
const STATUS = 8;
const DONE = 4;

function khctReport(): SheetSnapshot {
  const plan = workbookSnapshot(doc000);
  const v = validateWorkbook(plan);
  return applyPatchToSnapshot(null, buildReport({ plan: v.table!, detection: v.detection, period: "year", date: "2024-03-15" }).patch);
}

function set(s: SheetSnapshot, key: string, col: number, value: string): void {
  s.values[s.values.findIndex((r) => r[KEY] === key)][col] = value;
}

describe("how far a school has got, counted from its report", () => {
  it("a plan without a report sheet has no counts", () => {
    expect(reportCountsOf(workbookSnapshot(doc000))).toBeNull();
  });

  it("a school's own report table counts each criterion row by the result column filled (document 004)", () => {
    expect(reportCountsOf(workbookSnapshot(doc004))).toEqual({ sheet: "Kết quả thực hiện", tasks: 28, done: 22, inProgress: 3, notStarted: 3, dropped: 0 });
  });

  it("a report KHCT wrote counts its tasks by the status staff chose, the status winning over a result typed beside it", () => {
    const report = khctReport();
    set(report, "1.2#1", STATUS, "Hoàn thành");
    set(report, "1.7#1", STATUS, "Chậm tiến độ");
    set(report, "1.8#1", STATUS, "Không thực hiện");
    set(report, "1.9#1", DONE, "Đã tổ chức hội nghị");
    set(report, "1.10#1", STATUS, "Chưa thực hiện");
    set(report, "1.10#1", DONE, "Đã xong một phần");
    const plan = workbookSnapshot(doc000);
    expect(reportCountsOf({ sheets: [...plan.sheets, report] })).toEqual({ sheet: report.name, tasks: 11, done: 2, inProgress: 1, notStarted: 7, dropped: 1 });
  });

  it("prefers the report KHCT wrote to a school's own table in the same workbook", () => {
    const counts = reportCountsOf({ sheets: [...workbookSnapshot(doc004).sheets, khctReport()] });
    expect(counts).toMatchObject({ sheet: "Báo cáo tiến độ - Cả năm học", tasks: 11 });
  });

  it("counts the same from the tables a check already read (a batch reads each sheet once), whichever table the check chose", () => {
    for (const workbook of [workbookSnapshot(doc004), { sheets: [...workbookSnapshot(doc000).sheets, khctReport()] }, { sheets: [khctReport()] }]) {
      const tablesRead: TablesRead = new Map();
      validateWorkbook(workbook, { tablesRead });
      expect(tablesRead.size).toBe(workbook.sheets.length);
      expect(reportCountsOf(workbook, tablesRead)).toEqual(reportCountsOf(workbook));
    }
  });
});
