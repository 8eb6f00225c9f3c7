/**
 * A failed batch keeps what ran before the failure (as Excel does, and the double). So every batch
 * is ordered to make a failure harmless: marks are recorded before cells are painted; a cell holding
 * a threaded comment gets no note (it cannot hold both); optional layout (dropdowns, frozen panes,
 * print setup, notes) comes after all the data, and its failure is reported, not fatal.
 */
import { templateCommand } from "../../src/app/excel-commands";
import { clearMarks, runCommand, validateAndMark, withExcel } from "../../src/excel";
import { installOfficeGlobals, type ExcelDouble } from "../double";
import { doc000 } from "../fixtures/documents/doc000";
import { excelWith, formatsOf } from "./helpers";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function officeWith(): ExcelDouble {
  const excel = excelWith(doc000, { locale: "vi-VN" });
  uninstall = installOfficeGlobals(globalThis as unknown as Record<string, unknown>, excel);
  return excel;
}

describe("marking a plan whose cells hold threaded comments", () => {
  it("paints the cell, adds no note there (a cell holds a note or a threaded comment), notes the others, and clears cleanly", async () => {
    const excel = officeWith();
    excel.user.addComment("Kế hoạch", "C11", "Cô Lan: mức này đã thống nhất chưa?");
    const { marked, limitations } = await withExcel((c, caps) => validateAndMark(c, caps));
    expect([marked, limitations]).toEqual([9, []]);
    const sheet = excel.look("Kế hoạch");
    expect(sheet.fill("C11")).toBe("#FFC7CE");
    expect(sheet.note("C11")).toBeUndefined();
    expect(excel.sheet("Kế hoạch").commentAt(10, 2)).toBe("Cô Lan: mức này đã thống nhất chưa?");
    expect(excel.sheet("Kế hoạch").notes.size).toBe(8);
    expect((await withExcel((c, caps) => clearMarks(c, caps))).cleared).toBe(9);
    expect(formatsOf(excel, "Kế hoạch")).toEqual({});
  });
});

describe("a marking batch that fails half-way", () => {
  it("leaves every painted cell recorded, so clearing the marks gives every fill back", async () => {
    const excel = officeWith();
    excel.failNext(/RangeFill\.color/, { skip: 4 }); // Excel stops after painting four cells
    await expect(withExcel((c, caps) => validateAndMark(c, caps))).rejects.toMatchObject({ code: "GeneralException" });
    expect(Object.values(formatsOf(excel, "Kế hoạch")).filter((f) => f.fill)).toHaveLength(4);
    await withExcel((c, caps) => clearMarks(c, caps));
    expect(formatsOf(excel, "Kế hoạch")).toEqual({});
  });

  it("that fails at a note keeps the fills and the records, and says the layout is incomplete", async () => {
    const excel = officeWith();
    excel.failNext(/NoteCollection\.add/);
    const { marked, limitations } = await withExcel((c, caps) => validateAndMark(c, caps));
    expect([marked, limitations]).toEqual([9, ["layout-failed"]]);
    expect(excel.look("Kế hoạch").fill("C11")).toBe("#FFC7CE");
    await withExcel((c, caps) => clearMarks(c, caps));
    expect(Object.values(formatsOf(excel, "Kế hoạch")).filter((f) => f.fill)).toEqual([]);
  });
});

describe("optional layout fails after the data it decorates", () => {
  it("inserts the whole template (and its list sheet) when freezing the header rows fails, and says so", async () => {
    const excel = officeWith();
    excel.failNext(/FreezePanes/);
    const result = await withExcel((c, caps) => runCommand(c, caps, templateCommand({ standardSet: "tt18-2018", schoolType: "thpt" }, "2024-03-01")));
    expect(result.limitations).toEqual(["layout-failed"]);
    expect(excel.look("Kế hoạch cải tiến").value("B12")).toBe("Tiêu chí 1.1");
    expect(excel.look("KHCT_DM_tt18-2018").value("A1")).toEqual(expect.stringMatching(/^Đạt mức/));
    expect(excel.sheet("Kế hoạch cải tiến").freeze).toBeNull();
  });
});
