/**
 * Where the layout step may break a page: in TT57's form never between a section's heading and its
 * table, never inside a short table; in a report never inside its comment block.
 */
import { layoutSheet } from "../../src/core/print/layout-sheet";
import { KHCT_WORKBOOK_FONT, looksOfPatch } from "../../src/core/print/looks";
import { applyPatchToSnapshot } from "../../src/core/sheet/apply";
import { buildTemplate } from "../../src/core/template/build-template";
import { resolveTemplate } from "../../src/core/template/options";
import { buildReport } from "../../src/core/report/build-report";
import { HEADER_TT57, check, crit, plan2018 } from "../fixtures/plans";
import { workbookSnapshot } from "../fixtures/to-snapshot";
import { documentParts } from "../../src/core/print/document-tables";
import { SheetView } from "../../src/core/sheet/snapshot";
import { exportPlan } from "../../src/docx/export-plan";

const req = { schoolType: "thpt" as const, school: "THPT Nguyễn Du", governingBody: "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", criteria: "mandatory", year: "2026-2027", place: "Quận 10", signer: { name: "Trần Văn An" } };

describe("TT57's section VI on a page break", () => {
  it("its heading, its lead-in line and its two-row monitoring table print on one page", () => {
    const [plan] = buildTemplate(resolveTemplate(req, "2026-11-23")).sheets;
    const snapshot = applyPatchToSnapshot(null, plan);
    const { pages } = layoutSheet(snapshot, looksOfPatch(plan, KHCT_WORKBOOK_FONT));
    const rowOf = (start: string) => snapshot.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(start));
    const heading = rowOf("VI.");
    const lastRow = rowOf("Cuối năm học");
    const pageOf = (row: number) => pages.findIndex(([first, last]) => row >= first && row <= last);
    expect(pages.length).toBeGreaterThan(1);
    expect(heading).toBeGreaterThan(0);
    expect(pageOf(heading)).toBe(pageOf(lastRow));
    for (let r = heading; r <= lastRow; r++) expect(pageOf(r)).toBe(pageOf(heading));
  });
});

describe("the report's comment block on a page break", () => {
  it("'Nhận xét, đánh giá' to 'Kiến nghị, đề xuất' print on one page, with the signature, whatever the number of tasks", () => {
    const split: number[] = [];
    for (let tasks = 1; tasks <= 30; tasks++) {
      const rows = Array.from({ length: tasks }, (_, i) => crit(i === 0 ? "Tiêu chí 1.1" : null, i === 0 ? undefined : null, { tasks: `Nhiệm vụ ${i + 1}: rà soát, bổ sung kế hoạch và tổ chức thực hiện theo từng học kỳ.` }));
      const v = check(plan2018(rows));
      const { patch } = buildReport({ plan: v.table!, detection: v.detection, period: "year", date: "2024-03-15" });
      const sheet = applyPatchToSnapshot(null, patch);
      const { pages } = layoutSheet(sheet, looksOfPatch(patch, KHCT_WORKBOOK_FONT));
      const rowOf = (start: string) => sheet.values.findIndex((r) => r.some((x) => typeof x === "string" && x.startsWith(start)));
      const pageOf = (row: number) => pages.findIndex(([first, last]) => row >= first && row <= last);
      const first = rowOf("Nhận xét, đánh giá");
      const signer = rowOf("(Ký, ghi rõ họ tên");
      expect(first).toBeGreaterThan(0);
      if (pageOf(first) !== pageOf(signer)) split.push(tasks);
    }
    expect(split).toEqual([]);
  });
});

describe("a plan whose level groups are numbered like sections", () => {
  it("'I. MỨC 1, 2, 3' and 'II. MỨC 4' are rows of the table: the page layout and the Word export keep every row in it", () => {
    const n = null;
    const book = plan2018([[n, "I. MỨC 1, 2, 3"], crit("Tiêu chí 1.1"), crit("Tiêu chí 1.2"), [n, "II. MỨC 4"], crit("Tiêu chí 1.3")]);
    const sheet = workbookSnapshot(book).sheets[0];
    const { tables } = documentParts(new SheetView(sheet));
    expect(tables).toHaveLength(1);
    expect(tables[0].lastRow).toBe(sheet.values.length - 1);
    const exported = exportPlan(workbookSnapshot(book));
    expect(exported.rows).toBe(5);
  });
});

describe("the header copies a report carries at its page breaks", () => {
  it("keep a fixed height like the header they copy, and only the rows staff type into grow as they type (both forms)", () => {
    const tt57Header = [["UBND PHƯỜNG BẾN THÀNH"], ["TRƯỜNG THCS VĂN LANG"], ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2026 - 2027"], [], []];
    const tt57Rows = Array.from({ length: 60 }, (_, i) => [i + 1, `Tiêu chí 1.${(i % 5) + 1}`, "Đạt Mức 2", `Hoạt động ${i + 1}: tổ chức chuyên đề, rà soát kế hoạch.`, "4 chuyên đề/năm", "09/2026-12/2026", "Tổ chuyên môn", "Ngân sách", "Biên bản", "Đang thực hiện"]);
    const plans = [
      plan2018(Array.from({ length: 60 }, (_, i) => crit(i % 3 === 0 ? `Tiêu chí ${["1.1", "1.2", "2.1", "3.1"][Math.floor(i / 3) % 4]}` : null, undefined, { tasks: `Nhiệm vụ ${i + 1}: rà soát, bổ sung kế hoạch.` }))),
      { source: "t", sheets: [{ name: "Kế hoạch", rows: [...tt57Header, HEADER_TT57, ...tt57Rows] }] },
    ];
    for (const plan of plans) {
      const v = check(plan);
      const { patch } = buildReport({ plan: v.table!, detection: v.detection, period: "year", date: "2027-01-15" });
      const sheet = applyPatchToSnapshot(null, patch);
      const headerRows = sheet.values.map((r, i) => (r[0] === "TT" ? i : -1)).filter((i) => i >= 0);
      expect(headerRows.length).toBeGreaterThan(2); // the header and at least two copies
      const height = new Map(patch.rowHeights!.map((h) => [h.row, h]));
      const [header, ...copies] = headerRows;
      const size = v.table!.layout.id === "plan-2018" ? 2 : 1; // the 2018 report's header has two rows
      for (const copy of copies) {
        for (let k = 0; k < size; k++) {
          expect(height.get(copy + k)).toEqual({ row: copy + k, height: height.get(header + k)!.height }); // fixed, as tall as the header's row
        }
      }
      expect(patch.rowHeights!.filter((h) => h.auto).length).toBeGreaterThan(40); // the task rows still grow
    }
  });
});

describe("what prints across", () => {
  const plan = (extra: (rows: (string | null)[][]) => void) => {
    const book = plan2018(Array.from({ length: 12 }, (_, i) => crit(i % 3 === 0 ? `Tiêu chí 1.${i / 3 + 1}` : null)));
    extra(book.sheets[0].rows as (string | null)[][]);
    const v = check(book);
    const snapshot = workbookSnapshot(book).sheets[0];
    const widths = Array.from({ length: 26 }, (_, col) => ({ col, width: 14 }));
    return { layout: layoutSheet(snapshot, { defaultFont: KHCT_WORKBOOK_FONT, columnWidths: widths, styles: [] }), table: v.table! };
  };
  const put = (rows: (string | null)[][], row: number, col: number, text: string) => {
    while (rows[row].length <= col) rows[row].push(null);
    rows[row][col] = text;
  };

  it("a note typed beside the plan, past an empty column, stays out of the print area and does not shrink the page", () => {
    const alone = plan(() => undefined);
    const noted = plan((rows) => put(rows, 12, 25, "ghi chú riêng: hỏi lại cô Lan")); // Z13
    expect(alone.layout.print.printArea).toBe(`A1:I${alone.table.lastRow + 1}`);
    expect(noted.layout.print.printArea).toBe(alone.layout.print.printArea);
    expect(noted.layout.print.scale).toBe(alone.layout.print.scale);
  });

  it("a column staff filled right next to the table prints with it", () => {
    const widened = plan((rows) => {
      put(rows, 5, 9, "Minh chứng"); // J6, beside the header "Ghi chú"
      put(rows, 7, 9, "Biên bản họp");
    });
    expect(widened.layout.print.printArea).toMatch(/^A1:J\d+$/);
  });
});
