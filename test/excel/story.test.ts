/**
 * The user's story, end to end, with the real adapter against the double: a school fills its plan,
 * checks it, sees the cells marked, edits around them, clears the marks, jumps to a finding, applies
 * a fix and takes it back, and builds a sheet from the plan. Fixtures: the three real documents.
 */
import { validateWorkbook } from "../../src/core/validate/validate";
import type { WorkbookPatch } from "../../src/core/sheet/patch";
import { STORE_SHEET, MARK_FILLS } from "../../src/core/store";
import { applyFix, clearMarks, KhctExcelError, readJournal, revealCell, runCommand, undoFix, validateAndMark, validateInExcel } from "../../src/excel";
import { ExcelDouble } from "../double";
import { doc000 } from "../fixtures/documents/doc000";
import { doc002 } from "../fixtures/documents/doc002";
import { doc004 } from "../fixtures/documents/doc004";
import { check, findings } from "../fixtures/plans";
import { workbookSnapshot } from "../fixtures/to-snapshot";
import { excelWith, formatsOf, inExcel, patchFromGrid, storeIn } from "./helpers";
import { evaluationSummaryCommand, reportCommand, templateCommand } from "../../src/app/excel-commands";
import { tt18Evaluation } from "../fixtures/evaluation/tt18";
import { T } from "../../src/taskpane/i18n";

/** The 1-based row of the first cell holding `text` on a sheet of the double. */
function rowWith(excel: ExcelDouble, sheet: string, text: string): number {
  for (const [key, cell] of excel.sheet(sheet).cells) if (cell.value === text) return Number(key.split(",")[0]) + 1;
  throw new Error(`${text} not on ${sheet}`);
}

describe("a THPT school inserts the TT18 plan template from the pane", () => {
  const excel = new ExcelDouble({ locale: "vi-VN", sheets: ["Sheet1"] });

  it("gets a new sheet in two round trips: header, 9-column table, text codes, dropdowns from a very hidden list sheet, print setup", async () => {
    const trips = await excel.roundTripsOf(() => inExcel(excel, (context, caps) => runCommand(context, caps, templateCommand({ standardSet: "tt18-2018", schoolType: "thpt", schoolName: "THPT Nguyễn Du", year: "2025-2026" }, "2025-09-01"))));
    expect(trips).toBe(2);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Kế hoạch cải tiến", "KHCT_DM_tt18-2018"]);
    expect(excel.sheet("KHCT_DM_tt18-2018").visibility).toBe("VeryHidden");
    const plan = excel.look("Kế hoạch cải tiến");
    expect(plan.value("A2")).toBe("TRƯỜNG THPT NGUYỄN DU");
    expect(plan.value("B9")).toBe("Tiêu chuẩn, tiêu chí");
    expect([plan.value("B12"), plan.numberFormat("B12")]).toEqual(["Tiêu chí 1.1", "@"]);
    const sheet = excel.sheet("Kế hoạch cải tiến");
    expect(sheet.freeze).toEqual({ rows: 9, columns: 0 });
    expect(sheet.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$9:$9" });
    expect(sheet.validations.some((v) => JSON.stringify(v.rule).includes("KHCT_DM_tt18-2018"))).toBe(true);
    expect(excel.model.activeSheet?.name).toBe("Kế hoạch cải tiến");
  });

  it("inserting it again never overwrites: the new sheet gets a free name and the list sheet is reused", async () => {
    await inExcel(excel, (context, caps) => runCommand(context, caps, templateCommand({ standardSet: "tt18-2018" }, "2025-09-01")));
    expect(excel.sheetNames()).toEqual(["Sheet1", "Kế hoạch cải tiến", "KHCT_DM_tt18-2018", "Kế hoạch cải tiến (2)"]);
    expect(excel.look("Kế hoạch cải tiến").value("A2")).toBe("TRƯỜNG THPT NGUYỄN DU");
  });
});

describe("THPT Thạnh Lộc (document 000) fills, checks and marks its plan in Excel on a Vietnamese PC", () => {
  const excel = new ExcelDouble({ locale: "vi-VN", sheets: ["Sheet1"] });
  const plan = doc000.sheets[0];

  it("fills the plan rows as staff typed them, in two round trips, every text arriving as the same text", async () => {
    const trips = await excel.roundTripsOf(() => inExcel(excel, (context, caps) => runCommand(context, caps, { read: [], compute: () => ({ sheets: [patchFromGrid(plan, { create: true, activate: true })] }) })));
    expect(trips).toBe(2);
    expect(excel.sheetNames()).toEqual(["Sheet1", "Kế hoạch"]);
    const sheet = excel.look("Kế hoạch");
    expect([sheet.value("F11"), sheet.numberFormat("F11")]).toEqual(["10/2023-05/2024", "@"]); // not a date
    expect(sheet.value("A10")).toBe(1); // a number stays a number
    expect(excel.model.activeSheet?.name).toBe("Kế hoạch");
  });

  it("is checked in two round trips with exactly the findings the core gives for the document", async () => {
    let result!: Awaited<ReturnType<typeof validateInExcel>>;
    const trips = await excel.roundTripsOf(async () => (result = await inExcel(excel, (context, caps) => validateInExcel(context, caps))));
    expect(trips).toBe(2);
    expect(findings(result.validation)).toEqual(findings(check(doc000)));
    expect(result.validation.table?.range).toBe("A8:I28");
    expect(result.limitations).toEqual([]);
  });

  it("marks the nine cells in question with a fill by severity and a note naming the rule, remembering the fill each had", async () => {
    excel.user.setFill("Kế hoạch", "C12", "#FFFF00"); // staff had highlighted this one
    const untouchedBefore = formatsOf(excel, "Kế hoạch");
    const { marked, limitations } = await inExcel(excel, (context, caps) => validateAndMark(context, caps));
    expect([marked, limitations]).toEqual([9, []]);
    const sheet = excel.look("Kế hoạch");
    expect([sheet.fill("C11"), sheet.fill("C12"), sheet.fill("B17")]).toEqual([MARK_FILLS.error, MARK_FILLS.error, MARK_FILLS.warning]);
    expect(sheet.note("C11")).toMatch(/^KHCT \[level\/unavailable\]\nTiêu chí 1\.2 chỉ có đến mức 2/);
    expect(sheet.note("B17")).toMatch(/^KHCT \[standard\/title-mismatch\]/);
    const store = await storeIn(excel);
    expect(store.marks.map((m) => `${m.cell} ${m.originalFill ?? "none"}`)).toEqual(["C11 none", "C12 #FFFF00", "C13 none", "C14 none", "C16 none", "B17 none", "B25 none", "C26 none", "C27 none"]);
    expect(excel.sheet(STORE_SHEET).visibility).toBe("VeryHidden");
    const after = formatsOf(excel, "Kế hoạch");
    const changed = Object.keys(after).filter((cell) => JSON.stringify(after[cell]) !== JSON.stringify(untouchedBefore[cell]));
    expect(changed).toEqual(["C11", "C12", "C13", "C14", "C16", "B17", "B25", "C26", "C27"]);
  });

  it("clears the marks after staff inserted rows above and recoloured one marked cell: each fill back as it was, nothing else touched", async () => {
    excel.user.insertRows("Kế hoạch", 9, 2); // the marked cells move down two rows
    excel.user.setFill("Kế hoạch", "C13", "#00B050"); // (was C11) recoloured by hand after marking
    excel.user.addNote("Kế hoạch", "D20", "Hỏi lại tổ chuyên môn");
    excel.user.type("Kế hoạch", "H20", "Đã rà soát");
    const marked = ["C13", "C14", "C15", "C16", "C18", "B19", "B27", "C28", "C29"];
    const others = Object.fromEntries(Object.entries(formatsOf(excel, "Kế hoạch")).filter(([cell]) => !marked.includes(cell)));
    const { cleared } = await inExcel(excel, (context, caps) => clearMarks(context, caps));
    expect(cleared).toBe(9);
    const sheet = excel.look("Kế hoạch");
    expect(sheet.fill("C13")).toBe("#00B050"); // the user's colour stays
    expect(sheet.fill("C14")).toBe("#FFFF00"); // the highlight staff had before marking
    expect(marked.filter((c) => c !== "C13" && c !== "C14").map((c) => sheet.fill(c))).toEqual(Array(7).fill(null));
    expect(marked.map((c) => sheet.note(c))).toEqual(Array(9).fill(undefined));
    expect(sheet.note("D20")).toBe("Hỏi lại tổ chuyên môn");
    for (const [key, look] of Object.entries(others)) expect(formatsOf(excel, "Kế hoạch")[key]).toEqual(look);
  });

  it("takes staff to a finding's cell in one round trip", async () => {
    excel.user.deleteRows("Kế hoạch", 9, 2);
    excel.model.activeSheet = excel.sheet("Sheet1");
    const trips = await excel.roundTripsOf(() => inExcel(excel, (context) => revealCell(context, "Kế hoạch", "C11")));
    expect(trips).toBe(1);
    expect([excel.model.activeSheet?.name, excel.model.selection]).toEqual(["Kế hoạch", { sheet: "Kế hoạch", address: "C11" }]);
  });
});

describe("TH Cầu Xáng (document 002): a fix written from the pane, and taken back from the pane", () => {
  it("turns the #NAME? lead back into its text, records the fix, and undoes it to the formula exactly", async () => {
    const excel = excelWith(doc002);
    const { validation } = await inExcel(excel, (context, caps) => validateInExcel(context, caps));
    const finding = validation.diagnostics.find((d) => d.rule === "cell/formula-text")!;
    const record = await inExcel(excel, (context, caps) => applyFix(context, caps, { sheet: validation.sheet, diagnostic: finding, now: "2024-03-01T08:00:00Z" }));
    const sheet = excel.look("Kế hoạch");
    expect([sheet.value("E20"), sheet.formula("E20"), sheet.numberFormat("E20")]).toEqual(["-Hiệu trưởng", null, "@"]);
    expect(findings((await inExcel(excel, (context, caps) => validateInExcel(context, caps))).validation)).toEqual([]);
    expect(record).toMatchObject({ id: "F1", cell: "E20", rule: "cell/formula-text", before: { value: "#NAME?", formula: "=-Hiệu trưởng", numberFormat: "General" }, after: "-Hiệu trưởng" });
    expect(await inExcel(excel, (context, caps) => readJournal(context, caps))).toEqual([record]);

    await inExcel(excel, (context, caps) => undoFix(context, caps, "F1"));
    expect([sheet.value("E20"), sheet.formula("E20"), sheet.numberFormat("E20")]).toEqual(["#NAME?", "=-Hiệu trưởng", "General"]);
    expect(findings((await inExcel(excel, (context, caps) => validateInExcel(context, caps))).validation)).toEqual(["E20 cell/formula-text"]);
    expect(await inExcel(excel, (context, caps) => readJournal(context, caps))).toEqual([]);
  });

  it("does not undo a fix the user edited over, and writes nothing", async () => {
    const excel = excelWith(doc002);
    const { validation } = await inExcel(excel, (context, caps) => validateInExcel(context, caps));
    const finding = validation.diagnostics[0];
    await inExcel(excel, (context, caps) => applyFix(context, caps, { sheet: validation.sheet, diagnostic: finding }));
    excel.user.type("Kế hoạch", "E20", "Phó hiệu trưởng");
    await expect(inExcel(excel, (context, caps) => undoFix(context, caps, "F1"))).rejects.toMatchObject({ kind: "undo-outdated" });
    expect(excel.look("Kế hoạch").value("E20")).toBe("Phó hiệu trưởng");
    expect(await inExcel(excel, (context, caps) => readJournal(context, caps))).toHaveLength(1);
  });

  it("does not apply a fix to a cell that changed since the check", async () => {
    const excel = excelWith(doc002);
    const { validation } = await inExcel(excel, (context, caps) => validateInExcel(context, caps));
    excel.user.type("Kế hoạch", "E20", "Hiệu trưởng");
    const attempt = inExcel(excel, (context, caps) => applyFix(context, caps, { sheet: validation.sheet, diagnostic: validation.diagnostics[0] }));
    await expect(attempt).rejects.toBeInstanceOf(KhctExcelError);
    await expect(attempt).rejects.toMatchObject({ kind: "fix-outdated" });
    expect(excel.model.sheet(STORE_SHEET)).toBeUndefined();
  });
});

/**
 * Stands in for core/report until it lands: a header, one row per criterion of the plan (columns A:B),
 * a formula counting them; column C is for staff and no block covers it.
 */
function reportStandIn(workbook: Parameters<typeof validateWorkbook>[0]): WorkbookPatch {
  const v = validateWorkbook(workbook, { sheet: "Kế hoạch" });
  const codes = [...new Set((v.table?.rows ?? []).filter((r) => r.code).map((r) => r.code!))];
  const rows = codes.map((code) => [`Tiêu chí ${code}`, "Chưa thực hiện"]);
  return {
    sheets: [
      {
        sheet: "Tiến độ",
        blocks: [
          { top: 0, left: 0, values: [["Tiêu chí", "Tình trạng", "Ghi chú của trường"]] },
          { top: 1, left: 0, values: [...rows, [{ formula: `=COUNTA(A2:A${rows.length + 1})`, cached: rows.length }, null]] },
        ],
        styles: [{ range: "A1:C1", style: { font: { bold: true }, fill: "#D9E2F3", border: "thin" } }],
        columnWidths: [{ col: 0, width: 18 }],
        freeze: { rows: 1 },
        print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: "$1:$1" },
        validations: [{ range: `B2:B${rows.length + 1}`, items: ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"] }],
      },
    ],
  };
}

describe("notes on a report refreshed from the pane (ExcelApi 1.18)", () => {
  const sheet = "Báo cáo tiến độ - Cả năm học";
  const excel = excelWith(doc004, { locale: "vi-VN" });
  const notesOf = () => [...excel.sheet(sheet).notes].map(([key, text]) => ({ row: Number(key.split(",")[0]) + 1, col: Number(key.split(",")[1]), text }));

  it("KHCT's late notes are rewritten with the new date, not refused as a second note on their cells; a staff note follows its task", async () => {
    const first = await inExcel(excel, (context, caps) => runCommand(context, caps, reportCommand({}, "year", "2024-06-20")));
    expect(first.limitations).toEqual([]);
    const late = notesOf().filter((n) => n.text.startsWith("KHCT:"));
    expect(late.length).toBeGreaterThan(10);
    // staff write long results in the first tasks (their rows grow, the header copies move) and a note on a later task
    const keys = [...excel.sheet(sheet).cells].filter(([, c]) => typeof c.value === "string" && /#\d+$/.test(c.value)).map(([k, c]) => ({ row: Number(k.split(",")[0]) + 1, key: String(c.value) })).sort((a, b) => a.row - b.row);
    for (const { row } of keys.slice(0, 8)) excel.user.type(sheet, `E${row}`, `Đã triển khai đầy đủ: ${"tổ chức họp, phân công, kiểm tra, đánh giá, báo cáo kết quả. ".repeat(6)}`);
    const noted = keys[keys.length - 3];
    excel.user.addNote(sheet, `H${noted.row}`, "Cô Lan: cần bổ sung minh chứng");
    const command = reportCommand({}, "year", "2024-06-25");
    const again = await inExcel(excel, (context, caps) => runCommand(context, caps, command));
    expect(again.limitations).toEqual([]);
    const now = rowWith(excel, sheet, noted.key);
    expect(now).not.toBe(noted.row); // the rows did move
    expect(notesOf().filter((n) => !n.text.startsWith("KHCT:"))).toEqual([{ row: now, col: 7, text: "Cô Lan: cần bổ sung minh chứng" }]);
    const khct = notesOf().filter((n) => n.text.startsWith("KHCT:"));
    expect(khct).toHaveLength(command.outcome()!.late);
    expect(khct.every((n) => n.text.includes("25/06/2024") && n.col === 8 && /#\d+$/.test(String(excel.look(sheet).value(`J${n.row}`))))).toBe(true);
  });
});

describe("a threaded comment staff started on a report's cell", () => {
  it("gets no KHCT note in its place: the refresh writes the other late notes and reports nothing failed", async () => {
    const sheet = "Báo cáo tiến độ - Cả năm học";
    const excel = excelWith(doc004, { locale: "vi-VN" });
    await inExcel(excel, (context, caps) => runCommand(context, caps, reportCommand({}, "year", "2024-03-01")));
    const row = rowWith(excel, sheet, "1.2#1");
    excel.user.addComment(sheet, `I${row}`, "Chờ kinh phí của phường");
    const command = reportCommand({}, "year", "2024-06-20");
    const r = await inExcel(excel, (context, caps) => runCommand(context, caps, command));
    expect(r.limitations).toEqual([]);
    expect(excel.sheet(sheet).commentAt(row - 1, 8)).toBe("Chờ kinh phí của phường");
    expect(excel.sheet(sheet).noteAt(row - 1, 8)).toBeUndefined();
    expect(excel.sheet(sheet).notes.size).toBe(command.outcome()!.late - 1);
  });
});

describe("notes on a report refreshed from the pane, when Excel refuses a note part way", () => {
  it("loses no note's text: a note moving with its task is added at its new cell before its old one is touched", async () => {
    const sheet = "Báo cáo tiến độ - Cả năm học";
    const excel = excelWith(doc004, { locale: "vi-VN" });
    await inExcel(excel, (context, caps) => runCommand(context, caps, reportCommand({}, "year", "2024-06-20")));
    const keys = [...excel.sheet(sheet).cells].filter(([, c]) => typeof c.value === "string" && /#\d+$/.test(c.value)).map(([k]) => Number(k.split(",")[0]) + 1).sort((a, b) => a - b);
    for (const row of keys.slice(0, 8)) excel.user.type(sheet, `E${row}`, `Đã triển khai đầy đủ: ${"tổ chức họp, phân công, kiểm tra, đánh giá, báo cáo kết quả. ".repeat(6)}`);
    excel.user.addNote(sheet, `H${keys[keys.length - 3]}`, "Cô Lan: cần bổ sung minh chứng");
    excel.failNext(/NoteCollection\.add/); // e.g. the new cell holds a threaded comment
    const r = await inExcel(excel, (context, caps) => runCommand(context, caps, reportCommand({}, "year", "2024-06-25")));
    expect(r.limitations).toContain("layout-failed");
    expect([...excel.sheet(sheet).notes.values()]).toContain("Cô Lan: cần bổ sung minh chứng");
  });
});

describe("THPT chuyên Lê Hồng Phong (document 004): a sheet built from the plan, then refreshed", () => {
  const excel = excelWith(doc004, { locale: "vi-VN" });

  it("builds the execution-status report from the plan in three round trips", async () => {
    const command = reportCommand({}, "year", "2024-03-01");
    const trips = await excel.roundTripsOf(() => inExcel(excel, (context, caps) => runCommand(context, caps, command)));
    expect(trips).toBe(3);
    expect(command.outcome()).toEqual({ sheet: "Báo cáo tiến độ - Cả năm học", tasks: 28, late: 0, refreshed: false, kept: 0, added: 28, orphans: 0, inserted: 0 });
    const report = excel.look("Báo cáo tiến độ - Cả năm học");
    const row = rowWith(excel, "Báo cáo tiến độ - Cả năm học", "1.2#1");
    expect(report.value(`B${row}`)).toBe("Tiêu chí 1.2");
    expect(excel.sheet("Báo cáo tiến độ - Cả năm học").hiddenColumns.has(9)).toBe(true);
  });

  it("refreshes the report without losing what staff typed in it, and never makes a second copy", async () => {
    const row = rowWith(excel, "Báo cáo tiến độ - Cả năm học", "1.2#1");
    excel.user.type("Báo cáo tiến độ - Cả năm học", `E${row}`, "- Đã kiện toàn hội đồng trường");
    excel.user.type("Báo cáo tiến độ - Cả năm học", `I${row}`, "Hoàn thành");
    const command = reportCommand({}, "year", "2024-06-20");
    await inExcel(excel, (context, caps) => runCommand(context, caps, command));
    expect(command.outcome()?.refreshed).toBe(true);
    const after = rowWith(excel, "Báo cáo tiến độ - Cả năm học", "1.2#1");
    expect(excel.look("Báo cáo tiến độ - Cả năm học").value(`E${after}`)).toBe("- Đã kiện toàn hội đồng trường");
    expect(excel.look("Báo cáo tiến độ - Cả năm học").value(`I${after}`)).toBe("Hoàn thành");
    expect(excel.sheetNames().filter((n) => n.startsWith("Báo cáo"))).toEqual(["Báo cáo tiến độ - Cả năm học"]);
  });

  it("keeps a row staff inserted under a task in Excel, and the pane says what the refresh kept", async () => {
    const sheet = "Báo cáo tiến độ - Cả năm học";
    const row = rowWith(excel, sheet, "1.2#1");
    excel.user.insertRows(sheet, row + 1);
    excel.user.type(sheet, `E${row + 1}`, "- Đã tổ chức thêm buổi họp ngày 12/01/2024");
    const command = reportCommand({}, "year", "2024-06-25");
    await inExcel(excel, (context, caps) => runCommand(context, caps, command));
    const after = rowWith(excel, sheet, "1.2#1");
    expect(excel.look(sheet).value(`E${after + 1}`)).toBe("- Đã tổ chức thêm buổi họp ngày 12/01/2024");
    const outcome = command.outcome()!;
    expect(outcome).toMatchObject({ refreshed: true, tasks: 28, added: 0, orphans: 0, inserted: 1 });
    expect(T.reportDone.vi(outcome)).toBe(`Đã cập nhật báo cáo "${sheet}": 28 công việc, giữ nguyên ${outcome.kept} dòng đã nhập, thêm 0, 0 dòng không còn trong kế hoạch (đã đánh dấu), giữ nguyên 1 dòng cán bộ tự chèn vào bảng, ${outcome.late} quá hạn.`);
    expect(T.reportDone.en(outcome)).toContain("1 rows staff inserted into the table kept");
  });

  it("reads the plan, computes in the core and writes the new sheet in three round trips", async () => {
    const trips = await excel.roundTripsOf(() => inExcel(excel, (context, caps) => runCommand(context, caps, { read: ["Kế hoạch"], compute: ({ workbook }) => reportStandIn(workbook) })));
    expect(trips).toBe(3);
    const sheet = excel.look("Tiến độ");
    expect([sheet.value("A2"), sheet.value("A3")]).toEqual(["Tiêu chí 1.1", "Tiêu chí 1.2"]);
    expect(sheet.value("A30")).toBe(28);
    expect(excel.sheet("Tiến độ").freeze).toEqual({ rows: 1, columns: 0 });
    expect(excel.sheet("Tiến độ").pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$1" });
    expect(excel.sheet("Tiến độ").validations[0]).toMatchObject({ rule: { list: { inCellDropDown: true, source: "Chưa thực hiện,Đang thực hiện,Hoàn thành" } } });
  });

  it("refreshes the same sheet (no second copy) and leaves the column staff type in alone", async () => {
    excel.user.type("Tiến độ", "C2", "Đã họp hội đồng trường");
    await inExcel(excel, (context, caps) => runCommand(context, caps, { read: ["Kế hoạch"], compute: ({ workbook }) => reportStandIn(workbook) }));
    expect(excel.sheetNames().filter((n) => n.startsWith("Tiến độ"))).toEqual(["Tiến độ"]);
    expect(excel.look("Tiến độ").value("C2")).toBe("Đã họp hội đồng trường");
  });

  it("creates a new sheet under a free name when asked to create one that exists", async () => {
    const { applied } = await inExcel(excel, (context, caps) => runCommand(context, caps, { read: [], compute: () => ({ sheets: [{ sheet: "Kế hoạch", create: true, blocks: [{ top: 0, left: 0, values: [["x"]] }] }] }) }));
    expect(applied.sheets).toEqual([{ asked: "Kế hoạch", name: "Kế hoạch (2)", created: true }]);
  });

  it("gives the core the same snapshot of the plan as the .xlsx reader would (values, text, merges)", async () => {
    const read = await inExcel(excel, (context, caps) => validateInExcel(context, caps, { sheet: "Kết quả thực hiện" }));
    expect(findings(read.validation)).toEqual(findings(check(doc004, { sheet: "Kết quả thực hiện" }, "vi-VN")));
    const expected = workbookSnapshot(doc004, "vi-VN").sheets[1];
    const actual = read.workbook.sheets.find((s) => s.name === "Kết quả thực hiện")!;
    expect(actual.merges.sort()).toEqual([...(expected.merges ?? [])].sort());
    expect(actual.values).toEqual(expected.values.map((r) => r.slice(0, actual.values[0].length)));
  });
});

describe("a plan with nothing to mark", () => {
  it("is checked and left untouched: no fill, no data sheet", async () => {
    const excel = excelWith(doc002);
    excel.user.type("Kế hoạch", "E20", "'-Hiệu trưởng");
    const { marked, result } = await inExcel(excel, (context, caps) => validateAndMark(context, caps));
    expect([marked, findings(result.validation)]).toEqual([0, []]);
    expect(excel.sheetNames()).toEqual(["Kế hoạch"]);
  });
});

describe("a THPT school writes the summary of its self-evaluation (TT18) beside the table, from the pane", () => {
  const excel = excelWith(tt18Evaluation, { locale: "vi-VN" });

  it("writes only the summary's cells, as live formulas Excel recalculates, in three round trips", async () => {
    const sheet = tt18Evaluation.sheets[0].name;
    const before = formatsOf(excel, sheet);
    const valuesBefore = [...excel.sheet(sheet).cells].map(([k, c]) => [k, c.value]);
    const command = evaluationSummaryCommand({});
    const trips = await excel.roundTripsOf(() => inExcel(excel, (context, caps) => runCommand(context, caps, command)));
    expect(trips).toBe(3);
    expect(command.written()).toBe(sheet);
    const cells = [...excel.sheet(sheet).cells];
    const formulas = cells.filter(([, c]) => c.formula);
    expect(formulas.length).toBeGreaterThan(5);
    expect(formulas.some(([, c]) => /^=COUNT/.test(String(c.formula)))).toBe(true);
    // every cell that was there holds what it held
    for (const [k, v] of valuesBefore) expect(excel.sheet(sheet).cells.get(k as string)?.value).toEqual(v);
    expect(Object.keys(before).every((cell) => JSON.stringify(formatsOf(excel, sheet)[cell]) === JSON.stringify(before[cell]))).toBe(true);
  });
});
