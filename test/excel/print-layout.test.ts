/**
 * Printing from Excel: the Excel host writes the same row heights, page breaks, print area and page
 * setup as the .xlsx host — for the template it inserts, and for "Chuẩn bị bản in" after staff
 * typed — and on Excel 2019 (ExcelApi 1.7, no page layout) it sets row heights only and says how to
 * print.
 */
import { prepareForPrint, readProfile, runCommand, saveProfile } from "../../src/excel";
import { templateCommand } from "../../src/app/excel-commands";
import { layoutSheet } from "../../src/core/print/layout-sheet";
import { EXCEL_DEFAULT_FONT } from "../../src/core/print/looks";
import type { SheetPatch } from "../../src/core/sheet/patch";
import { buildTemplate } from "../../src/core/template/build-template";
import { resolveTemplate } from "../../src/core/template/options";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";
import { layoutWorkbookFile } from "../../src/xlsx/write-layout";
import { writePatches } from "../../src/xlsx/write-patches";
import { ExcelDouble } from "../double";
import { TT57_ITEMS } from "../fixtures/print/tt57-texts";
import { gridToXlsx } from "../fixtures/to-xlsx";
import { elements, partText } from "../xlsx/helpers";
import { inExcel } from "./helpers";

const PROFILE = { schoolType: "thcs", schoolName: "THCS Văn Lang", year: "2026-2027" };
const TODAY = "2026-11-23";
const SHEET = "Kế hoạch cải tiến";

/** The template the pane inserts, as the core builds it for a workbook whose default font is Excel's. */
const templatePatch = () => buildTemplate(resolveTemplate({ schoolType: "thcs", school: "THCS Văn Lang", year: "2026-2027" }, TODAY), EXCEL_DEFAULT_FONT).sheets;

/** Staff type long texts into the plan table (values only: what typing changes). */
function typing(patch: SheetPatch): SheetPatch {
  const values = patch.blocks[0].values;
  const first = values.findIndex((r) => r[0] === "TT" && r.includes("Hoạt động/giải pháp")) + 1;
  const typed = TT57_ITEMS.slice(0, 3).map((p) => [null, p.content, p.goal, p.tasks, p.indicator, p.period, p.lead, p.resources, p.evidence, p.status]);
  return { sheet: patch.sheet, blocks: [{ top: first, left: 0, values: typed }] };
}

const heightsIn = (excel: ExcelDouble) => {
  const s = excel.sheet(SHEET);
  return { fixed: Object.fromEntries([...s.rowHeights].sort((a, b) => a[0] - b[0])), auto: [...s.autoRows].sort((a, b) => a - b) };
};

describe("the template inserted from the pane prints as the .xlsx host prints it", () => {
  it("row heights (rows staff type into left to Excel), explicit scale, margins, page numbers from page 2, KHCT's breaks, print area, no print titles over TT57's three tables", async () => {
    const excel = new ExcelDouble({ sheets: ["Sheet1"] });
    await inExcel(excel, (context, caps) => runCommand(context, caps, templateCommand(PROFILE, TODAY)));
    const [plan] = templatePatch();
    const sheet = excel.sheet(SHEET);
    const expectFixed = Object.fromEntries(plan.rowHeights!.filter((h) => !h.auto).map((h) => [h.row, h.height]));
    expect(heightsIn(excel).fixed).toEqual(expectFixed);
    expect(heightsIn(excel).auto).toEqual(plan.rowHeights!.filter((h) => h.auto).map((h) => h.row));
    expect(sheet.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: plan.print!.scale },
      printTitleRows: null,
      printArea: plan.print!.printArea,
      headersFooters: { state: "FirstAndDefault", defaultCenterHeader: '&"Times New Roman,Regular"&13&P', firstCenterHeader: "" },
      pageBreaks: plan.print!.pageBreaks,
    });
    expect([sheet.pageLayout.leftMargin, sheet.pageLayout.rightMargin, sheet.pageLayout.topMargin, sheet.pageLayout.bottomMargin].map((m) => Math.round((m / 72) * 25.4))).toEqual([30, 15, 20, 20]); // mm
    expect(plan.print!.pageBreaks!.length).toBeGreaterThan(0);

    // the .xlsx host, given the same patch
    const { output } = await writePatches(await gridToXlsx({ source: "t", sheets: [{ name: "Sheet1", rows: [] }] }), [{ ...plan, create: true }]);
    const xml = await partText(output, "xl/worksheets/sheet2.xml");
    expect([...elements(xml, "brk")].map((b) => Number(/id="(\d+)"/.exec(b)![1]))).toEqual(plan.print!.pageBreaks);
    expect(elements(xml, "pageSetup")[0]).toContain(`scale="${plan.print!.scale}"`);
  });
});

describe("Chuẩn bị bản in after staff typed into the plan", () => {
  it("re-measures in four round trips, writes only heights and print settings, and lays the sheet out as khct layout lays out the saved file", async () => {
    const excel = new ExcelDouble({ sheets: ["Sheet1"] });
    await inExcel(excel, (context, caps) => runCommand(context, caps, templateCommand(PROFILE, TODAY)));
    const [plan, lists] = templatePatch();
    await inExcel(excel, (context, caps) => runCommand(context, caps, { read: [], compute: () => ({ sheets: [typing(plan)] }) }));
    const before = excel.look(SHEET);
    const valuesBefore = [...excel.sheet(SHEET).cells].map(([k, c]) => [k, c.value]);

    let prepared: Awaited<ReturnType<typeof prepareForPrint>> | undefined;
    const trips = await excel.roundTripsOf(async () => {
      prepared = await inExcel(excel, (context, caps) => prepareForPrint(context, caps));
    });
    expect(trips).toBe(4);
    expect(prepared!.sheets.map((s) => s.sheet)).toEqual([SHEET]);
    expect(prepared!.limitations).toEqual([]);
    expect([...excel.sheet(SHEET).cells].map(([k, c]) => [k, c.value])).toEqual(valuesBefore); // nothing typed is written
    expect(excel.look(SHEET).value("B28")).toBe(before.value("B28"));

    // the same file saved and laid out by `khct layout`
    const typed = { ...plan, blocks: [{ ...plan.blocks[0], values: plan.blocks[0].values.map((r, i) => (typing(plan).blocks[0].values[i - typing(plan).blocks[0].top] ?? r)) }] };
    const file = (await writePatches(await gridToXlsx({ source: "t", sheets: [{ name: "Sheet1", rows: [] }] }), [{ ...typed, create: true }, { ...lists, create: true }])).output;
    const snapshot = (await readWorkbookBuffer(file)).sheets.find((s) => s.name === SHEET)!;
    let layout: ReturnType<typeof layoutSheet> | undefined;
    const { output: laidOut } = await layoutWorkbookFile(file, [SHEET], (_name, looks) => {
      layout = layoutSheet(snapshot, looks);
      return { sheet: SHEET, rowHeights: layout.rowHeights, print: layout.print };
    });
    expect(excel.sheet(SHEET).pageLayout.pageBreaks).toEqual(layout!.print.pageBreaks);
    expect(excel.sheet(SHEET).pageLayout.zoom).toEqual({ scale: layout!.print.scale });
    const fixed = Object.fromEntries(layout!.rowHeights.filter((h) => !h.auto).map((h) => [h.row, h.height]));
    for (const [row, height] of Object.entries(fixed)) expect([row, excel.sheet(SHEET).rowHeights.get(Number(row))]).toEqual([row, height]);
    // the typed rows grew: measured taller than one line
    const typedRow = typing(plan).blocks[0].top;
    expect(layout!.rowHeights.find((h) => h.row === typedRow)!.height).toBeGreaterThan(60);
    expect(elements(await partText(laidOut, "xl/worksheets/sheet2.xml"), "brk").length).toBe(layout!.print.pageBreaks!.length);
  });

  it("on Excel 2019 (ExcelApi 1.7) sets the row heights only and tells the pane how to print", async () => {
    const excel = new ExcelDouble({ sheets: ["Sheet1"], version: "office-2019-volume" });
    await inExcel(excel, (context, caps) => runCommand(context, caps, templateCommand(PROFILE, TODAY)));
    const [plan] = templatePatch();
    await inExcel(excel, (context, caps) => runCommand(context, caps, { read: [], compute: () => ({ sheets: [typing(plan)] }) }));
    const prepared = await inExcel(excel, (context, caps) => prepareForPrint(context, caps));
    // Excel 2019 cannot read merged areas either (ExcelApi 1.13): a heading is measured across the empty cells after it
    expect(prepared.limitations).toEqual(["merges-unread", "print-setup-unavailable"]);
    expect(excel.sheet(SHEET).rowHeights.get(4)).toBe(16.5); // "KẾ HOẠCH": one line, not a word per line of column A
    const sheet = excel.sheet(SHEET);
    expect(sheet.pageLayout).toMatchObject({ paperSize: "Letter", pageBreaks: [], printArea: null });
    expect(sheet.rowHeights.get(typing(plan).blocks[0].top) ?? sheet.autoRows.has(typing(plan).blocks[0].top)).toBeTruthy();
  });
});

describe("the signer's name from the school profile", () => {
  it("is stored with the workbook and printed under the signature of the template the pane inserts", async () => {
    const excel = new ExcelDouble({ sheets: ["Sheet1"] });
    const profile = { ...PROFILE, signerName: "Nguyễn Thị Lan" };
    await inExcel(excel, (context, caps) => saveProfile(context, caps, profile));
    expect((await inExcel(excel, (context, caps) => readProfile(context, caps))).profile.signerName).toBe("Nguyễn Thị Lan");
    await inExcel(excel, (context, caps) => runCommand(context, caps, templateCommand(profile, TODAY)));
    const values = [...excel.sheet(SHEET).cells.values()].map((c) => c.value);
    expect(values).toContain("Nguyễn Thị Lan");
    expect(values).not.toContain("(Ký, ghi rõ họ tên, đóng dấu)");
  });
});
