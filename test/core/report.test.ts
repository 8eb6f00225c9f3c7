import { buildReport, reportSheetName, type ReportRequest } from "../../src/core/report/build-report";
import { reportCountsOf } from "../../src/core/report/report-counts";
import { parseArea } from "../../src/core/sheet/address";
import { applyPatchToSnapshot } from "../../src/core/sheet/apply";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/sheet/snapshot";
import { buildTemplate } from "../../src/core/template/build-template";
import { resolveTemplate } from "../../src/core/template/options";
import { validateWorkbook } from "../../src/core/validate/validate";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { doc000 } from "../fixtures/documents/doc000";
import type { GridCell } from "../fixtures/grid";
import { HEADER_TT57, check, crit, plan2018 } from "../fixtures/plans";
import { snapshotToGrid, workbookSnapshot } from "../fixtures/to-snapshot";
import { gridToXlsx } from "../fixtures/to-xlsx";

const KEY = 9; // hidden key column J of the 2018 report
const STATUS = 8;

function report(plan: WorkbookSnapshot, extra: Partial<ReportRequest> = {}) {
  const v = validateWorkbook(plan);
  const r = buildReport({ plan: v.table!, detection: v.detection, period: "year", date: "2024-03-15", ...extra });
  return { ...r, sheet: applyPatchToSnapshot(null, r.patch) };
}

const rowOf = (s: SheetSnapshot, key: string) => s.values.findIndex((r) => r[KEY] === key);
const cellOf = (s: SheetSnapshot, key: string, col: number) => s.values[rowOf(s, key)][col];
function edit(s: SheetSnapshot, key: string, col: number, value: string): void {
  s.values[rowOf(s, key)][col] = value;
}
const clone = (s: SheetSnapshot): SheetSnapshot => JSON.parse(JSON.stringify(s));

describe("the execution-status report of a 2018 plan (document 000)", () => {
  const plan = workbookSnapshot(doc000);
  const fresh = report(plan);

  it("lists one row per task under the level group and the standard's official title, in the layout schools submit", () => {
    expect(fresh.patch.sheet).toBe(reportSheetName("year"));
    expect(fresh.stats).toMatchObject({ tasks: 11, added: 11, kept: 0, orphans: 0 });
    const v = fresh.sheet.values;
    expect(v[8].slice(0, 8)).toEqual(["TT", "Tiêu chuẩn, tiêu chí", "ND Kế hoạch cải tiến chất lượng giáo dục năm học 2023 - 2024", null, "Kết quả thực hiện", null, null, "Ghi chú"]);
    expect(v.map((r) => r[1]).filter((x) => typeof x === "string" && /^Tiêu chuẩn \d/.test(x))).toEqual([
      "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường",
      "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học",
      "Tiêu chuẩn 5: Hoạt động giáo dục và kết quả giáo dục", // the plan's wrong title is not copied
    ]);
    expect(cellOf(fresh.sheet, "1.9#1", 2)).toMatch(/phát huy dân chủ tại cơ quan\.$/); // continuation joined
    expect(fresh.patch.hiddenColumns).toEqual([KEY]);
    expect(fresh.patch.print?.printArea).toMatch(/^A1:H\d+$/); // the status column does not print
  });

  it("is read back by KHCT as a report of the same criteria, without a finding", () => {
    const v = validateWorkbook({ sheets: [...plan.sheets, fresh.sheet] }, { sheet: fresh.patch.sheet });
    expect(v.table?.layout.id).toBe("report-2018");
    expect(v.summary.criteria).toBe(11);
    expect(v.diagnostics).toEqual([]);
  });

  it("flags tasks late whose period ended before the report date and are not done", () => {
    const late = report(plan, { date: "2024-06-15" });
    expect(late.stats.late).toBe(11);
    expect(late.patch.notes?.filter((n) => n.text.includes("quá hạn"))).toHaveLength(11);
    expect(fresh.stats.late).toBe(0); // 10/2023-05/2024 is not over in March 2024
  });

  it("sums up live: Excel formulas with the values the core computed", () => {
    const edited = clone(fresh.sheet);
    edit(edited, "1.2#1", 4, "Đã kiện toàn các hội đồng"); // done, by the result column
    edit(edited, "1.7#1", STATUS, "Đang thực hiện");
    edit(edited, "3.1#1", STATUS, "Không thực hiện");
    const again = report(plan, { existing: edited });
    const summary = again.sheet.values.filter((r) => typeof r[0] === "string" && /^(Tổng số|- )/.test(r[0] as string)).slice(0, 5);
    expect(summary.map((r) => [r[0], r[3], r[4]])).toEqual([
      ["Tổng số công việc", 11, null],
      ["- Đã triển khai xong theo đúng kế hoạch", 1, 1 / 11],
      ["- Đang triển khai hoặc chậm so với kế hoạch", 1, 1 / 11],
      ["- Chưa triển khai", 8, 8 / 11],
      ["- Không thực hiện", 1, 1 / 11],
    ]);
    const doneRow = again.sheet.values.findIndex((r) => r[0] === "- Đã triển khai xong theo đúng kế hoạch");
    // the table's rows 11–29 include two copies of its two-row header, written where pages break (their key cells stay empty)
    expect(again.sheet.formulas?.[doneRow][3]).toBe('=COUNTIFS($J$11:$J$29,"?*",$I$11:$I$29,"Hoàn thành")+COUNTIFS($J$11:$J$29,"?*",$I$11:$I$29,"",$E$11:$E$29,"<>")');
  });

  it("refresh keeps every cell staff typed, even after a re-save by another program", async () => {
    const edited = clone(fresh.sheet);
    edit(edited, "1.2#1", 3, "Bổ sung: họp Hội đồng trường mỗi quý");
    edit(edited, "1.2#1", 4, "- Đã kiện toàn Hội đồng trường");
    edit(edited, "3.4#1", 5, "=đang làm"); // text that looks like a formula
    edit(edited, "5.3#1", 7, "1.10");
    edit(edited, "5.4#1", STATUS, "Hoàn thành");
    const blockRow = edited.values.findIndex((r) => r[0] === "+ Ưu điểm:");
    edited.values[blockRow][2] = "Tập thể thống nhất cao.";
    // another program opens and saves the report (exceljs here), then KHCT reads it back
    const resaved = await readWorkbookBuffer(await gridToXlsx({ source: "resave", sheets: [snapshotToGrid(edited)] }));
    const again = report(plan, { existing: resaved.sheets[0] });
    expect(again.stats).toMatchObject({ kept: 11, added: 0, orphans: 0 });
    expect(cellOf(again.sheet, "1.2#1", 3)).toBe("Bổ sung: họp Hội đồng trường mỗi quý");
    expect(cellOf(again.sheet, "1.2#1", 4)).toBe("- Đã kiện toàn Hội đồng trường");
    expect(cellOf(again.sheet, "3.4#1", 5)).toBe("=đang làm");
    expect(cellOf(again.sheet, "5.3#1", 7)).toBe("1.10");
    expect(cellOf(again.sheet, "5.4#1", STATUS)).toBe("Hoàn thành");
    expect(again.sheet.values.find((r) => r[0] === "+ Ưu điểm:")?.[2]).toBe("Tập thể thống nhất cao.");
  });

  it("when the status and the result columns disagree, the status wins and the report says so", () => {
    const edited = clone(fresh.sheet);
    edit(edited, "1.8#1", 6, "Chưa làm được");
    edit(edited, "1.8#1", STATUS, "Hoàn thành");
    const again = report(plan, { existing: edited });
    expect(again.stats.disagreements).toBe(1);
    expect(again.patch.notes?.some((n) => n.text.includes('trạng thái "Hoàn thành" khác với cột kết quả'))).toBe(true);
  });
});

describe("the report's wording", () => {
  const plan = workbookSnapshot(doc000);
  const planSheet = plan.sheets[0];

  it("numbers itself as the plan's issuer (…/BC-THPT.TL), takes the plan's place, reports to the governing body; no 'Kính gửi', no 'Như trên'", () => {
    const r = report(plan, { planSheet });
    const t = r.sheet.values.flat().filter((v): v is string => typeof v === "string");
    expect(t).toContain("Số: …/BC-THPT.TL");
    expect(t).toContain("Thành phố Hồ Chí Minh, ngày 15 tháng 3 năm 2024");
    expect(t.filter((x) => x.startsWith("Kính gửi") || x === "- Như trên;")).toEqual([]);
    expect(t).toEqual(expect.arrayContaining(["Nơi nhận:", "- Lưu: VT.", "HIỆU TRƯỞNG"]));
  });

  it("addressed to someone: 'Kính gửi' under the title and 'Như trên' in Nơi nhận; a place given wins over the plan's; the signer's name printed", () => {
    const r = report(plan, { planSheet, addressedTo: "Phòng Khảo thí và Kiểm định chất lượng giáo dục", place: "Quận 12", signer: { name: "Lương Văn Định" } });
    const t = r.sheet.values.flat().filter((v): v is string => typeof v === "string");
    expect(t).toEqual(expect.arrayContaining(["Kính gửi: Phòng Khảo thí và Kiểm định chất lượng giáo dục", "- Như trên;", "Quận 12, ngày 15 tháng 3 năm 2024", "Lương Văn Định"]));
  });

  it("a refresh that names no signer and no addressee keeps those the report shows (given when it was built, or typed into it), and the number and issuer staff filled in", () => {
    const strings = (s: SheetSnapshot) => s.values.flat().filter((v): v is string => typeof v === "string");
    const built = report(plan, { planSheet, addressedTo: "Phòng Khảo thí và Kiểm định chất lượng giáo dục", signer: { name: "Lương Văn Định", deputy: true } });
    const refreshed = report(plan, { planSheet, existing: built.sheet });
    expect(strings(refreshed.sheet)).toEqual(expect.arrayContaining(["Kính gửi: Phòng Khảo thí và Kiểm định chất lượng giáo dục", "- Như trên;", "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Lương Văn Định"]));
    expect(refreshed.patch).toEqual(report(plan, { planSheet, existing: built.sheet, addressedTo: "Phòng Khảo thí và Kiểm định chất lượng giáo dục", signer: { name: "Lương Văn Định", deputy: true } }).patch);
    // a name staff typed under the room to sign of an unsigned report
    const unsigned = clone(report(plan, { planSheet }).sheet);
    const nameRow = new Array(unsigned.values[0].length).fill(null);
    nameRow[5] = "Nguyễn Thị Bình";
    unsigned.values.push(nameRow);
    const kept = report(plan, { planSheet, existing: unsigned });
    expect(strings(kept.sheet)).toContain("Nguyễn Thị Bình");
    expect(strings(kept.sheet)).not.toContain("(Ký, ghi rõ họ tên, đóng dấu)"); // printed as a signed report's name
    // the number the clerk gave the report stays; a number still to be given is written afresh
    const numbered = clone(built.sheet);
    const numberRow = numbered.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Số: "));
    expect(numbered.values[numberRow][0]).toMatch(/^Số: …\/BC-/);
    numbered.values[numberRow][0] = "Số: 15/BC-THPT.TL";
    expect(strings(report(plan, { planSheet, existing: numbered }).sheet)).toContain("Số: 15/BC-THPT.TL");
    expect(strings(refreshed.sheet).filter((t) => t.startsWith("Số: "))).toEqual([strings(built.sheet).find((t) => t.startsWith("Số: "))]);
    // the governing body and school staff typed over KHCT's "…" (the plan did not name them) stay
    expect(strings(built.sheet)).toEqual(expect.arrayContaining(["…", "TRƯỜNG …"]));
    const named = clone(built.sheet);
    named.values[0][0] = "SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH";
    named.values[1][0] = "TRƯỜNG THPT TÂN LẬP";
    expect(strings(report(plan, { planSheet, existing: named }).sheet)).toEqual(expect.arrayContaining(["SỞ GIÁO DỤC VÀ ĐÀO TẠO TP. HỒ CHÍ MINH", "TRƯỜNG THPT TÂN LẬP"]));
    // a name given now wins
    expect(strings(report(plan, { planSheet, existing: built.sheet, signer: { name: "Trần Văn An" } }).sheet)).not.toContain("Lương Văn Định");
  });

  it("prints without its status and key columns, with the table's header copied at each page break rather than as print titles", () => {
    const r = report(plan);
    expect(r.patch.print).toMatchObject({ printArea: expect.stringMatching(/^A1:H\d+$/), repeatRows: null, fitToWidth: false });
    const headerRows = r.sheet.values.flatMap((row, i) => (row[0] === "TT" ? [i] : []));
    expect(headerRows.length).toBeGreaterThan(1);
    const lastKeyed = Math.max(...r.sheet.values.flatMap((row, i) => (typeof row[9] === "string" && row[9].includes("#") ? [i] : [])));
    expect(r.patch.print!.pageBreaks!.filter((b) => b <= lastKeyed)).toEqual(headerRows.slice(1)); // every page of the table starts with the header
    expect(headerRows.slice(1).every((i) => r.sheet.values[i][9] === null && r.sheet.values[i][8] === null)).toBe(true); // copies: printed columns only
  });
});

describe("refresh after the plan changed", () => {
  const rows = (extra: GridCell[][] = [], tasks = "Rà soát quy chế hoạt động của các hội đồng.") => [
    ["MỨC 1, 2, 3"],
    [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
    crit("Tiêu chí 1.1", "Đạt mức 3 (hiện trạng mức 2)", { tasks: "Xây dựng chiến lược phát triển giai đoạn 2025-2030." }),
    crit("Tiêu chí 1.2", "Duy trì mức 2", { tasks }),
    ...extra,
  ];
  const first = report(check(plan2018(rows())).detection ? workbookSnapshot(plan2018(rows())) : workbookSnapshot(plan2018(rows())));
  const typed = clone(first.sheet);
  edit(typed, "1.1#1", 4, "Đã hoàn thành dự thảo chiến lược");
  edit(typed, "1.2#1", 5, "Đang rà soát");

  it("a typo fixed in the plan keeps the row and what was typed; the new text is proposed as the adjustment", () => {
    const again = report(workbookSnapshot(plan2018(rows([], "Rà soát quy chế hoạt động của các Hội đồng trường."))), { existing: typed });
    expect(again.stats).toMatchObject({ kept: 2, added: 0, orphans: 0 });
    expect(cellOf(again.sheet, "1.2#1", 5)).toBe("Đang rà soát");
    expect(cellOf(again.sheet, "1.2#1", 2)).toBe("Rà soát quy chế hoạt động của các hội đồng."); // frozen since the first build
    expect(cellOf(again.sheet, "1.2#1", 3)).toBe("Rà soát quy chế hoạt động của các Hội đồng trường.");
  });

  it("a task inserted in the plan gets a new row and key; the others keep theirs", () => {
    const inserted = [null, null, null, "Tổ chức tập huấn cho thành viên hội đồng.", "Phó Hiệu trưởng", "12/2024"];
    const withTask = [...rows(), inserted];
    const again = report(workbookSnapshot(plan2018(withTask)), { existing: typed });
    expect(again.stats).toMatchObject({ kept: 2, added: 1, orphans: 0 });
    expect(cellOf(again.sheet, "1.2#2", 2)).toBe("Tổ chức tập huấn cho thành viên hội đồng.");
    expect(cellOf(again.sheet, "1.2#1", 5)).toBe("Đang rà soát");
  });

  it("a criterion added to the plan gets new rows; one that left is kept, marked, never deleted, its staff cells untouched", () => {
    const changed = rows().filter((r) => r[1] !== "Tiêu chí 1.1");
    changed.push(crit("Tiêu chí 1.3", "Đạt mức 2 (hiện trạng mức 1)", { tasks: "Phối hợp với Công đoàn." }));
    const again = report(workbookSnapshot(plan2018(changed)), { existing: typed });
    expect(again.stats).toMatchObject({ kept: 1, added: 1, orphans: 1 });
    expect(cellOf(again.sheet, "1.1#1", 4)).toBe("Đã hoàn thành dự thảo chiến lược");
    const orphanRow = rowOf(again.sheet, "1.1#1");
    expect(again.patch.notes?.find((n) => n.cell === `B${orphanRow + 1}`)?.text).toContain("không còn trong kế hoạch");
    const filled = (again.patch.styles ?? []).filter((s) => s.style.fill === "#FCE4D6").map((s) => s.range);
    expect(filled).toEqual([`A${orphanRow + 1}`, `B${orphanRow + 1}`, `C${orphanRow + 1}`, `J${orphanRow + 1}`]); // never a staff column
    expect(cellOf(again.sheet, "1.3#1", 2)).toBe("Phối hợp với Công đoàn.");
  });
});

describe("text stays text", () => {
  it("plan cells such as '- Tham mưu …', '=…', '+…', '1.10', '9/2022', '05/2024' reach the report exactly as written", () => {
    const odd = ["- Tham mưu UBND phường", "=Kế hoạch số 12", "+ Chỉ đạo tổ chuyên môn", "1.10", "9/2022", "05/2024"];
    const rows: GridCell[][] = [["MỨC 1, 2, 3"], [1, "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"], ...odd.map((t, i) => crit(`Tiêu chí 1.${i + 1}`, undefined, { tasks: { value: t, numberFormat: "@" } }))];
    const r = report(workbookSnapshot(plan2018(rows)));
    expect(odd.map((_, i) => cellOf(r.sheet, `1.${i + 1}#1`, 2))).toEqual(odd);
    expect(r.sheet.numberFormats?.[rowOf(r.sheet, "1.4#1")][2]).toBe("@");
  });
});

describe("the report of a TT57 plan", () => {
  it("lists each plan row with its content, activity, indicator, period, person in charge and status", () => {
    const header: GridCell[][] = [["UBND PHƯỜNG BẾN THÀNH"], ["TRƯỜNG THCS VĂN LANG"], ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2026 - 2027"], [], []];
    const rows: GridCell[][] = [
      [1, "Tiêu chí 1.4: Tự đánh giá, cải tiến", "Đạt Mức 2", "Rà soát kế hoạch cải tiến mỗi học kỳ", "100% nhiệm vụ có người phụ trách", "09/2026-12/2026", "Hiệu trưởng", "Ngân sách", "Biên bản rà soát", "Đang thực hiện"],
      [2, "TC 3.2: Đổi mới phương pháp", "Đạt Mức 2", "Tổ chức chuyên đề", "4 chuyên đề/năm", "Hằng năm", "Tổ chuyên môn", "", "Kế hoạch bài dạy", "Chưa thực hiện"],
    ];
    const plan = { source: "t", sheets: [{ name: "Kế hoạch", rows: [...header, HEADER_TT57, ...rows] }] };
    const r = report(workbookSnapshot(plan), { date: "2027-01-20", period: "hk1" });
    expect(r.patch.sheet).toBe("Báo cáo tiến độ - Học kỳ I");
    const v = r.sheet.values;
    const head = v.find((row) => row[0] === "TT")!;
    expect(head).toEqual(["TT", "Nội dung cải tiến", "Hoạt động/giải pháp", "Chỉ số đánh giá kết quả", "Thời gian thực hiện", "Đơn vị/cá nhân phụ trách", "Mức độ thực hiện", "Kết quả thực hiện, minh chứng (Học kỳ I)", "Điều chỉnh (nếu có)", "Ghi chú", "Mã dòng (KHCT)"]);
    const item = v.find((row) => row[10] === "1.4#1")!;
    expect(item.slice(0, 7)).toEqual([1, "Tiêu chí 1.4: Tự đánh giá, cải tiến", "Rà soát kế hoạch cải tiến mỗi học kỳ", "100% nhiệm vụ có người phụ trách", "09/2026-12/2026", "Hiệu trưởng", "Đang thực hiện"]);
    expect(r.stats.late).toBe(1); // ended 12/2026, report on 20/01/2027, not done
    const back = validateWorkbook({ sheets: [...workbookSnapshot(plan).sheets, r.sheet] });
    expect(back.sheet).toBe("Kế hoạch"); // a report KHCT wrote is not taken for the plan
  });
});

describe("a TT57 report longer than a page, read back", () => {
  // its header copies leave out the hidden "Mã dòng (KHCT)" column, so each reads like a TT57 plan's header
  const header: GridCell[][] = [["UBND PHƯỜNG BẾN THÀNH"], ["TRƯỜNG THCS VĂN LANG"], ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2026 - 2027"], [], []];
  const rows: GridCell[][] = Array.from({ length: 60 }, (_, i) => [i + 1, "Tiêu chí 1.4: Tự đánh giá, cải tiến", "Đạt Mức 2", `Hoạt động ${i + 1}: tổ chức chuyên đề, rà soát kế hoạch.`, "4 chuyên đề/năm", "09/2026-12/2026", "Tổ chuyên môn", "Ngân sách", "Biên bản", i % 2 ? "Hoàn thành" : "Đang thực hiện"]);
  const plan = workbookSnapshot({ source: "t", sheets: [{ name: "Kế hoạch", rows: [...header, HEADER_TT57, ...rows] }] });
  const r = report(plan, { date: "2027-01-20", period: "hk1" });
  const copies = r.sheet.values.filter((row) => row[0] === "TT").length - 1;

  it("is one table of every task: its header copies are skipped, not taken for another table", () => {
    expect(copies).toBeGreaterThan(1);
    const back = validateWorkbook({ sheets: [...plan.sheets, r.sheet] }, { sheet: r.patch.sheet });
    expect(back.table?.layout.id).toBe("report-tt57");
    expect(back.table?.rows.filter((row) => row.fields.key)).toHaveLength(60);
    expect(back.diagnostics).toEqual([]);
  });

  it("is counted whole where the office sums up a folder of reports (every task, not the first page's)", () => {
    expect(reportCountsOf({ sheets: [...plan.sheets, r.sheet] })).toMatchObject({ tasks: 60, done: 30, inProgress: 30 });
  });
});

describe("rows staff inserted into the report's table", () => {
  const plan = workbookSnapshot(doc000);
  const PLANNED = 2;
  const DONE = 4;
  const CRITERION = 1;
  /** the report with a row inserted under `after` (a key), holding `cells` by column */
  const inserted = (sheet: SheetSnapshot, after: string, cells: Record<number, string>): SheetSnapshot => {
    const copy = clone(sheet);
    const row = new Array(copy.values[0].length).fill(null);
    for (const [col, text] of Object.entries(cells)) row[Number(col)] = text;
    copy.values.splice(rowOf(copy, after) + 1, 0, row);
    return copy;
  };
  const rowWith = (s: SheetSnapshot, text: string) => s.values.findIndex((r) => r.includes(text));

  it("stay under the row they were inserted after, as typed, refresh after refresh", () => {
    const typed = inserted(report(plan).sheet, "1.9#1", { [PLANNED]: "Tổ chức thêm buổi tập huấn cho tổ trưởng", [DONE]: "Đã tổ chức ngày 12/01/2024" });
    const once = report(plan, { existing: typed });
    expect(once.stats).toMatchObject({ kept: 11, added: 0, orphans: 0, inserted: 1 });
    const at = rowWith(once.sheet, "Đã tổ chức ngày 12/01/2024");
    expect(at).toBe(rowOf(once.sheet, "1.9#1") + 1);
    expect(once.sheet.values[at][PLANNED]).toBe("Tổ chức thêm buổi tập huấn cho tổ trưởng");
    expect(once.sheet.values[at][KEY]).toBeNull(); // still staff's own row: not counted as a task of the plan
    const twice = report(plan, { existing: once.sheet });
    expect(twice.sheet.values.filter((r) => r.includes("Đã tổ chức ngày 12/01/2024"))).toHaveLength(1);
    expect(rowWith(twice.sheet, "Đã tổ chức ngày 12/01/2024")).toBe(rowOf(twice.sheet, "1.9#1") + 1);
    // KHCT's own rows without a key (level groups, standards) are written once, not kept as staff's
    const standards = (s: SheetSnapshot) => s.values.filter((r) => typeof r[CRITERION] === "string" && /^Tiêu chuẩn \d/.test(r[CRITERION] as string)).length;
    expect(standards(twice.sheet)).toBe(standards(report(plan).sheet));
  });

  it("keep what they hold in the criterion column visible: the criterion's merged cell stops above them", () => {
    const last = report(plan).sheet.values.map((r) => r[KEY]).filter((k): k is string => typeof k === "string" && k.includes("#")).pop()!;
    const typed = inserted(report(plan).sheet, last, { [CRITERION]: "Tiêu chí bổ sung của trường", [DONE]: "Đã làm" });
    const again = report(plan, { existing: typed });
    const at = rowWith(again.sheet, "Tiêu chí bổ sung của trường");
    expect(at).toBeGreaterThan(0);
    const covering = (again.patch.merges ?? []).map(parseArea).filter((m) => m.left <= CRITERION && m.right >= CRITERION && m.top <= at && m.bottom >= at);
    expect(covering.filter((m) => m.top !== at)).toEqual([]); // no merged area from a row above hides it
  });

  it("in a TT57 report longer than a page: kept once, and the header copies are written afresh, not kept as staff's rows", () => {
    const header: GridCell[][] = [["UBND PHƯỜNG BẾN THÀNH"], ["TRƯỜNG THCS VĂN LANG"], ["KẾ HOẠCH cải tiến chất lượng giáo dục năm học 2026 - 2027"], [], []];
    const rows: GridCell[][] = Array.from({ length: 60 }, (_, i) => [i + 1, "Tiêu chí 1.4: Tự đánh giá, cải tiến", "Đạt Mức 2", `Hoạt động ${i + 1}: tổ chức chuyên đề.`, "4 chuyên đề/năm", "09/2026-12/2026", "Tổ chuyên môn", "Ngân sách", "Biên bản", "Đang thực hiện"]);
    const tt57 = workbookSnapshot({ source: "t", sheets: [{ name: "Kế hoạch", rows: [...header, HEADER_TT57, ...rows] }] });
    const KEY57 = 10;
    const fresh = report(tt57, { date: "2027-01-20", period: "hk1" });
    const headerRows = (s: SheetSnapshot) => s.values.filter((r) => r[0] === "TT").length;
    const typed = clone(fresh.sheet);
    const at = typed.values.findIndex((r) => r[KEY57] === "1.4#45");
    const row = new Array(typed.values[0].length).fill(null);
    row[7] = "Bổ sung: dự giờ 3 tiết";
    typed.values.splice(at + 1, 0, row);
    const once = report(tt57, { date: "2027-01-25", period: "hk1", existing: typed });
    const twice = report(tt57, { date: "2027-01-30", period: "hk1", existing: once.sheet });
    for (const r of [once, twice]) {
      expect(r.stats.inserted).toBe(1);
      expect(r.sheet.values.filter((x) => x.includes("Bổ sung: dự giờ 3 tiết"))).toHaveLength(1);
      expect(headerRows(r.sheet)).toBe(headerRows(fresh.sheet));
    }
  });

  it("under an answer of the comment block ('+ Ưu điểm:') join that answer, refresh after refresh", () => {
    const fresh = report(plan).sheet;
    const typed = clone(fresh);
    const at = typed.values.findIndex((r) => r[0] === "+ Ưu điểm:");
    typed.values[at][2] = "Tổ chức tốt các chuyên đề.";
    const more = new Array(typed.values[0].length).fill(null);
    more[2] = "Cán bộ quản lý sâu sát.";
    typed.values.splice(at + 1, 0, more);
    const once = report(plan, { existing: typed });
    const answer = (s: SheetSnapshot) => s.values.find((r) => r[0] === "+ Ưu điểm:")![2];
    expect(answer(once.sheet)).toBe("Tổ chức tốt các chuyên đề.\nCán bộ quản lý sâu sát.");
    expect(answer(report(plan, { existing: once.sheet }).sheet)).toBe(answer(once.sheet));
    expect(once.sheet.values.find((r) => r[0] === "+ Hạn chế:")![2]).toBeFalsy(); // the next answer untouched
  });

  it("above the table's first task stay at the top of the table", () => {
    const fresh = report(plan).sheet;
    const firstKey = fresh.values.find((r) => typeof r[KEY] === "string" && (r[KEY] as string).includes("#"))![KEY] as string;
    const typed = clone(fresh);
    const row = new Array(typed.values[0].length).fill(null);
    row[DONE] = "Ghi chú chung của tổ";
    typed.values.splice(rowOf(typed, firstKey), 0, row);
    const again = report(plan, { existing: typed });
    expect(again.stats.inserted).toBe(1);
    expect(rowWith(again.sheet, "Ghi chú chung của tổ")).toBeLessThan(rowOf(again.sheet, firstKey));
  });
});

describe("a plan row whose criterion code cannot be read", () => {
  it("is its own report row, its criterion cell as the plan wrote it (not another task of the criterion above)", () => {
    const rows: GridCell[][] = [["MỨC 1, 2, 3"], crit("Tiêu chí 1.2", undefined, { tasks: "Kiện toàn hội đồng trường." }), crit("- Tiêu chí 1.x: Khối lớp", undefined, { tasks: "Sắp xếp khối lớp." })];
    const r = report(workbookSnapshot(plan2018(rows)));
    const at = (key: string) => [cellOf(r.sheet, key, 1), cellOf(r.sheet, key, 2)];
    expect(at("1.2#1")).toEqual(["Tiêu chí 1.2", "Kiện toàn hội đồng trường."]);
    expect(at("#1")).toEqual(["- Tiêu chí 1.x: Khối lớp", "Sắp xếp khối lớp."]);
  });
});

describe("the report of a continuing-education centre", () => {
  it("is issued by the centre and signed by its director, as its plan is", () => {
    const [plan] = buildTemplate(resolveTemplate({ schoolType: "gdtx", school: "Trung tâm GDNN-GDTX Quận 3", criteria: "1.4", year: "2026-2027" }, "2026-11-23")).sheets;
    const snapshot = { sheets: [applyPatchToSnapshot(null, plan)] };
    const r = report(snapshot, { date: "2027-01-20", planSheet: snapshot.sheets[0] });
    const t = r.sheet.values.flat().filter((v): v is string => typeof v === "string");
    expect(t).toEqual(expect.arrayContaining(["TRUNG TÂM GDNN-GDTX QUẬN 3", "GIÁM ĐỐC"]));
    expect(t.filter((x) => /HIỆU TRƯỞNG|TRƯỜNG TRUNG TÂM/.test(x))).toEqual([]);
  });
});
