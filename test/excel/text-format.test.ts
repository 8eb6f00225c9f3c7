/**
 * The text format "@" only where Excel would change a string, in both hosts: desktop Excel is
 * widely reported to show "####" in a Text cell holding over 255 characters, and task descriptions
 * are that long. Numbers get an explicit General: one written into a cell an earlier write made
 * "@" would be stored as text.
 */
import { reportCommand, templateCommand } from "../../src/app/excel-commands";
import type { Diagnostic } from "../../src/core/rules/types";
import type { SheetPatch, WorkbookPatch } from "../../src/core/sheet/patch";
import type { WorkbookSnapshot } from "../../src/core/sheet/snapshot";
import { emptyStore, STORE_SHEET } from "../../src/core/store";
import { applyFix, runCommand, undoFix } from "../../src/excel";
import type { CommandInput } from "../../src/excel/run-command";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { writePatches } from "../../src/xlsx/write-patches";
import { ExcelDouble } from "../double";
import { crit, plan2018 } from "../fixtures/plans";
import { workbookSnapshot } from "../fixtures/to-snapshot";
import { excelWith, inExcel } from "./helpers";

/** Task descriptions as schools write them: a dash list, far over 255 characters. */
const LONG_TASKS = [
  `- Rà soát, bổ sung quy chế làm việc của hội đồng trường; ${"phân công thành viên theo dõi, đánh giá định kỳ việc thực hiện nghị quyết, báo cáo kết quả trong các kỳ họp. ".repeat(3)}`,
  `Tổ chức bồi dưỡng chuyên môn cho giáo viên theo kế hoạch năm học; ${"mỗi tổ chuyên môn xây dựng chuyên đề, dự giờ, rút kinh nghiệm và lưu hồ sơ minh chứng. ".repeat(3)}`,
];

const plan = plan2018([crit("Tiêu chí 1.1", "Đạt mức 3 (hiện trạng mức 2)", { tasks: LONG_TASKS[0] }), crit("Tiêu chí 1.2", undefined, { tasks: LONG_TASKS[1], period: "9/2023" })]);

/** Every text cell of the double's workbook longer than 255 characters, with its number format. */
function longCellsInExcel(excel: ExcelDouble): { sheet: string; text: string; format: string }[] {
  return excel.model.sheets.flatMap((s) =>
    [...s.cells.entries()]
      .filter(([, c]) => typeof c.value === "string" && c.value.length > 255)
      .map(([key, c]) => {
        const [r, col] = key.split(",").map(Number);
        return { sheet: s.name, text: String(c.value), format: s.numberFormatAt(r, col) };
      }),
  );
}

function computed(command: { compute(input: CommandInput): WorkbookPatch }, workbook: WorkbookSnapshot): SheetPatch[] {
  return command.compute({ workbook, state: { sheets: [], readOnly: null, names: [] } as unknown as CommandInput["state"], store: emptyStore() }).sheets;
}

describe("no cell over 255 characters that KHCT writes carries the text format", () => {
  it("in Excel: the template, the plan's long tasks (a dash list stays text), and the report built from them", async () => {
    const excel = excelWith(plan, { locale: "vi-VN" });
    await inExcel(excel, (c, caps) => runCommand(c, caps, { read: [], compute: () => ({ sheets: [{ sheet: "Ghi chú", create: true, blocks: [{ top: 0, left: 0, values: LONG_TASKS.map((t) => [t]) }] }] }) }));
    await inExcel(excel, (c, caps) => runCommand(c, caps, reportCommand({}, "year", "2024-03-01")));
    await inExcel(excel, (c, caps) => runCommand(c, caps, templateCommand({ standardSet: "tt57-2026-pho-thong", schoolType: "thpt" }, "2026-09-01")));
    const long = longCellsInExcel(excel);
    expect(long.map((l) => l.sheet)).toEqual(expect.arrayContaining(["Ghi chú", "Báo cáo tiến độ - Cả năm học"]));
    expect(long.filter((l) => l.format === "@")).toEqual([]);
    expect(excel.look("Ghi chú").value("A1")).toBe(LONG_TASKS[0]); // "- Rà soát…" arrives as that text, not a formula
    expect(excel.look("Ghi chú").formula("A1")).toBeNull();
  });

  it("in the .xlsx writer: the same template and report, read back", async () => {
    const workbook = workbookSnapshot(plan, "vi-VN");
    const patches = [...computed(templateCommand({ standardSet: "tt18-2018", schoolType: "thpt" }, "2024-03-01"), workbook), ...computed(reportCommand({}, "year", "2024-03-01"), workbook)];
    patches.push({ sheet: "Ghi chú", blocks: [{ top: 0, left: 0, values: LONG_TASKS.map((t) => [t]) }] });
    const read = await readWorkbookBuffer((await writePatches(null, patches)).output);
    const long = read.sheets.flatMap((s) => s.values.flatMap((row, r) => row.map((v, c) => ({ sheet: s.name, v, format: s.numberFormats?.[r]?.[c] ?? null })))).filter((x) => typeof x.v === "string" && x.v.length > 255);
    expect(new Set(long.map((l) => l.sheet))).toEqual(new Set(["Báo cáo tiến độ - Cả năm học", "Ghi chú"]));
    expect(long.filter((l) => l.format === "@")).toEqual([]);
  });

  it("keeps the text format on the template's code columns, where staff type codes Excel would change", async () => {
    const excel = new ExcelDouble({ locale: "vi-VN" });
    await inExcel(excel, (c, caps) => runCommand(c, caps, templateCommand({ standardSet: "tt18-2018", schoolType: "thpt" }, "2024-03-01")));
    const sheet = excel.look("Kế hoạch cải tiến");
    expect([sheet.numberFormat("B12"), sheet.numberFormat("F12"), sheet.numberFormat("G12"), sheet.numberFormat("D12")]).toEqual(["@", "@", "@", "General"]);
    excel.user.type("Kế hoạch cải tiến", "F12", "9/2024");
    excel.user.type("Kế hoạch cải tiến", "B12", "1.10");
    expect([sheet.value("F12"), sheet.value("B12")]).toEqual(["9/2024", "1.10"]);
    expect(sheet.value("A11")).toBe(1); // the standard's number stays a number
  });
});

describe("a number written where an earlier write left the text format", () => {
  it("is stored as text by Excel unless the cell is given General first (the double as Excel)", async () => {
    const excel = new ExcelDouble();
    excel.sheet("Sheet1").ensure(0, 0).format.numberFormat = "@";
    await excel.run(async (context) => void (context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1.1]]));
    expect(excel.look("Sheet1").value("A1")).toBe("1.1");
  });

  it("stays a number in KHCT_DATA, so undoing a fix of a numeric cell gives back the number", async () => {
    const excel = excelWith(plan2018([crit("1.10", undefined, { budget: 1.5 })]), { locale: "en-US" });
    const fixOf = (cell: string, old: string, now: string): Diagnostic => ({ rule: "test/fix", severity: "warning", cell, row: 0, col: 0, message: { vi: "x", en: "x" }, fix: { cell, old, new: now } });
    // a first fix journals a text that looks like a number: its KHCT_DATA cell gets the text format
    await inExcel(excel, (c, caps) => applyFix(c, caps, { sheet: "Kế hoạch", diagnostic: fixOf("B7", "1.10", "Tiêu chí 1.10") }));
    await inExcel(excel, (c, caps) => undoFix(c, caps, "F1"));
    // the next fix journals a number in the same KHCT_DATA cell
    await inExcel(excel, (c, caps) => applyFix(c, caps, { sheet: "Kế hoạch", diagnostic: fixOf("G7", "1.5", "1.500.000 đ") }));
    expect(excel.look("Kế hoạch").value("G7")).toBe("1.500.000 đ");
    await inExcel(excel, (c, caps) => undoFix(c, caps, "F1"));
    expect(excel.look("Kế hoạch").value("G7")).toBe(1.5);
    expect(excel.sheet(STORE_SHEET)).toBeDefined();
  });
});
