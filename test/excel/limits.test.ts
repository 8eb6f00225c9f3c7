/**
 * Excel's data-transfer limits, as the double plays Excel on the web: 5 MB per request and per
 * response, 5,000,000 cells per read (over it a read may give null values), 512 merged areas per
 * getMergedAreasOrNullObject. A plan of any size must be read and written within them, and a
 * workbook past the CLI's limits refused with the CLI's own sentence.
 */
import { reportCommand } from "../../src/app/excel-commands";
import { READ_FAILURES } from "../../src/cli/read-messages";
import type { SheetPatch } from "../../src/core/sheet/patch";
import { FIRST_BAND_ROWS, limitationMessages, runCommand, validateInExcel } from "../../src/excel";
import { ExcelDouble, type Quirks } from "../double";
import { crit, plan2018, THPT_HEADER_MERGES } from "../fixtures/plans";
import { excelWith, failure, inExcel } from "./helpers";

/** A task description as long as real ones (a dash list of about 400 characters). */
const task = (i: number) => `- Nhiệm vụ ${i}: rà soát, bổ sung quy chế; ${"phân công thành viên theo dõi, đánh giá định kỳ việc thực hiện và báo cáo kết quả. ".repeat(4)}`;

describe("a plan past Excel's 5 MB response", () => {
  it("is read in row bands: every row reaches the core, as Excel holds it", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => crit(i % 30 === 0 ? `Tiêu chí ${1 + Math.floor(i / 300)}.${1 + ((i / 30) % 10)}` : null, undefined, { tasks: task(i), lead: task(i + 1) }));
    const excel = excelWith(plan2018(rows, { merges: THPT_HEADER_MERGES }), { locale: "vi-VN" });
    let read!: Awaited<ReturnType<typeof validateInExcel>>;
    const trips = await excel.roundTripsOf(async () => (read = await inExcel(excel, (c, caps) => validateInExcel(c, caps))));
    const sheet = read.workbook.sheets.find((s) => s.name === "Kế hoạch")!;
    expect(sheet.values).toHaveLength(3006);
    expect(sheet.values[3005][3]).toBe(task(2999));
    expect(sheet.merges.sort()).toEqual([...THPT_HEADER_MERGES].sort());
    expect(trips).toBeGreaterThan(2); // the bands past the first one
  });
});

describe.each<Quirks["overLimitRead"]>(["null", "error"])("a stray cell far from the table (a read over 5,000,000 cells gives %s)", (overLimitRead) => {
  it("is refused with the CLI's sentence naming the workbook, the sheet and its range, after reading no null grid", async () => {
    const excel = excelWith(plan2018([crit("Tiêu chí 1.1")]), { quirks: { overLimitRead } });
    excel.user.type("Kế hoạch", "DZZ2500", "x"); // 3,328 columns × 2,500 rows
    const e = await failure(inExcel(excel, (c, caps) => validateInExcel(c, caps)));
    expect(e.kind).toBe("too-large");
    const facts = { sheet: "Kế hoạch", range: "A1:DZZ2500", count: 2500 * 3328, limit: 3_000_000 };
    expect(e.text).toEqual({ vi: READ_FAILURES["too-many-cells"].vi("Book1.xlsx", facts), en: READ_FAILURES["too-many-cells"].en("Book1.xlsx", facts) });
  });
});

describe("the CLI's limits", () => {
  it("refuse a sheet with data over 100,000 rows with the CLI's sentence", async () => {
    const excel = excelWith(plan2018([crit("Tiêu chí 1.1")]));
    excel.user.type("Kế hoạch", "B150000", "x");
    const e = await failure(inExcel(excel, (c, caps) => validateInExcel(c, caps)));
    expect(e.text.en).toBe(READ_FAILURES["too-many-rows"].en("Book1.xlsx", { sheet: "Kế hoạch", range: "A1:I150000", count: 150000, limit: 100000 }));
  });

  it("do not apply to hidden sheets and KHCT's lists, which validation does not read", async () => {
    const excel = excelWith(plan2018([crit("Tiêu chí 1.1")]), { sheets: [] });
    excel.user.addSheet("Nháp");
    excel.user.type("Nháp", "A1", "x");
    excel.user.type("Nháp", "Z150000", "x"); // 3.9 million cells
    excel.sheet("Nháp").visibility = "Hidden";
    excel.user.addSheet("KHCT_DM_tt18-2018");
    excel.user.type("KHCT_DM_tt18-2018", "A1", "x");
    excel.user.type("KHCT_DM_tt18-2018", "Z150000", "x");
    const { validation } = await inExcel(excel, (c, caps) => validateInExcel(c, caps));
    expect(validation.sheet).toBe("Kế hoạch");
  });
});

describe("a write past Excel's 5 MB request", () => {
  it("goes in chunks of rows, data first, and every row arrives", async () => {
    const excel = new ExcelDouble();
    const values = Array.from({ length: 12_000 }, (_, i) => [`Dòng ${i + 1}`, task(i)]);
    const patch: SheetPatch = { sheet: "Lớn", create: true, blocks: [{ top: 0, left: 0, values }], freeze: { rows: 1 } };
    const trips = await excel.roundTripsOf(() => inExcel(excel, (c, caps) => runCommand(c, caps, { read: [], compute: () => ({ sheets: [patch] }) })));
    expect(trips).toBeGreaterThan(2);
    expect(excel.look("Lớn").value("B12000")).toBe(task(11_999));
    expect(excel.look("Lớn").value("A1")).toBe("Dòng 1");
    expect(excel.sheet("Lớn").freeze).toEqual({ rows: 1, columns: 0 });
  });
});

/** A plan with `n` task rows, each merging its task across D:E (a form-heavy layout). */
function mergedPlan(n: number) {
  const rows = Array.from({ length: n }, (_, i) => crit(i === 0 ? "Tiêu chí 1.1" : null, undefined, { tasks: `Việc ${i + 1}`, lead: null }));
  return plan2018(rows, { merges: [...THPT_HEADER_MERGES, ...rows.map((_, i) => `D${i + 7}:E${i + 7}`)] });
}

describe.each<[Quirks["tooManyMerges"], Quirks["mergedAreas"]]>([
  ["error", "intersecting"],
  ["null", "intersecting"],
  ["error", "top-left"],
  ["null", "top-left"],
])("more than 512 merged areas (over the limit Excel gives %s; it returns the areas %s the range)", (tooManyMerges, mergedAreas) => {
  it("reads every merged area, in tiles, and checks the plan as the .xlsx reader would", async () => {
    const excel = excelWith(mergedPlan(700), { quirks: { tooManyMerges, mergedAreas } });
    const { workbook, limitations } = await inExcel(excel, (c, caps) => validateInExcel(c, caps));
    expect(limitations).toEqual([]);
    expect(workbook.sheets[0].merges).toHaveLength(707);
  });

  it("reads a merged area across two bands once", async () => {
    const excel = excelWith(plan2018(Array.from({ length: FIRST_BAND_ROWS + 100 }, () => crit(null)), { merges: [...THPT_HEADER_MERGES, `H${FIRST_BAND_ROWS - 1}:H${FIRST_BAND_ROWS + 3}`] }), { quirks: { tooManyMerges, mergedAreas } });
    const { workbook } = await inExcel(excel, (c, caps) => validateInExcel(c, caps));
    expect(workbook.sheets[0].merges.filter((m) => m.startsWith("H"))).toEqual([`H${FIRST_BAND_ROWS - 1}:H${FIRST_BAND_ROWS + 3}`]);
  });
});

describe("merged areas Excel will not give", () => {
  it("are reported in the pane's words, and the plan is checked as if those cells were not merged", async () => {
    const excel = excelWith(mergedPlan(700));
    excel.failNext(/RangeAreas\.load/, { inRoundTrip: 4 }); // the tiles' sync, after the sheet list, the band and its retry
    const { limitations, workbook } = await inExcel(excel, (c, caps) => validateInExcel(c, caps));
    expect(limitations).toEqual(["merges-incomplete"]);
    expect(limitationMessages["merges-incomplete"].vi).toContain("ô gộp");
    expect(workbook.sheets[0].values.length).toBe(706);
  });
});

describe("a report refreshed over a sheet whose old merged areas no longer match its rows", () => {
  it("never writes into a cell covered by an old merged area", async () => {
    const plan = plan2018(Array.from({ length: 40 }, (_, i) => crit(i % 4 === 0 ? `Tiêu chí ${1 + Math.floor(i / 20)}.${1 + ((i / 4) % 5)}` : null)), { merges: THPT_HEADER_MERGES });
    const excel = excelWith(plan, { locale: "vi-VN" });
    await inExcel(excel, (c, caps) => runCommand(c, caps, reportCommand({}, "year", "2024-03-01")));
    // the plan grows by ten tasks: the report's summary, signature and their merged cells move down
    for (let r = 0; r < 10; r++) excel.user.insertRows("Kế hoạch", 8);
    for (let r = 8; r < 18; r++) excel.user.type("Kế hoạch", `D${r}`, `Việc mới ${r}`);
    const refreshed = await inExcel(excel, (c, caps) => runCommand(c, caps, reportCommand({}, "year", "2024-06-01")));
    expect(refreshed.applied.sheets[0].created).toBe(false);
  });
});
