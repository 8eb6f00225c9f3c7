/**
 * A criterion typed as a number. On a computer whose locale groups digits, "1.10" typed into a
 * General cell may become 110 and "1.1" 11 (a third-party report; strict Excel wants groups of
 * three). The double does that in its opt-in lenient mode; the add-in's read path must hand those
 * numbers to the core exactly as Excel holds them (the reading rules flag them, issue 10).
 */
import { validateInExcel } from "../../src/excel";
import { ExcelDouble } from "../double";
import { crit, plan2018 } from "../fixtures/plans";
import { excelWith, inExcel } from "./helpers";

describe("the double's lenient digit grouping", () => {
  it("reads '1.10' as 110 and '1.1' as 11 on vi-VN, '1,10' as 110 on en-US; strict Excel keeps them as text or decimals", () => {
    const lenientVi = new ExcelDouble({ locale: "vi-VN", lenientGrouping: true });
    lenientVi.user.type("Sheet1", "A1", "1.10");
    lenientVi.user.type("Sheet1", "A2", "1.1");
    lenientVi.user.type("Sheet1", "A3", "1,5");
    expect([lenientVi.look("Sheet1").value("A1"), lenientVi.look("Sheet1").value("A2"), lenientVi.look("Sheet1").value("A3")]).toEqual([110, 11, 1.5]);
    const lenientEn = new ExcelDouble({ locale: "en-US", lenientGrouping: true });
    lenientEn.user.type("Sheet1", "A1", "1,10");
    lenientEn.user.type("Sheet1", "A2", "1.10");
    expect([lenientEn.look("Sheet1").value("A1"), lenientEn.look("Sheet1").value("A2")]).toEqual([110, 1.1]);
    const strict = new ExcelDouble({ locale: "vi-VN" });
    strict.user.type("Sheet1", "A1", "1.10");
    expect(strict.look("Sheet1").value("A1")).toBe("1.10");
  });

  it("keeps a text cell's typing as text even when lenient", () => {
    const excel = new ExcelDouble({ locale: "vi-VN", lenientGrouping: true });
    excel.sheet("Sheet1").ensure(0, 0).format.numberFormat = "@";
    excel.user.type("Sheet1", "A1", "1.10");
    expect(excel.look("Sheet1").value("A1")).toBe("1.10");
  });
});

describe("criteria typed as numbers reach the core as Excel holds them", () => {
  it("delivers 110 and 11 (value, shown text, format) from the plan's criterion cells, unchanged", async () => {
    const excel = excelWith(plan2018([crit("Tiêu chí 1.1"), crit(null), crit(null)]), { locale: "vi-VN", lenientGrouping: true });
    excel.user.type("Kế hoạch", "B8", "1.10");
    excel.user.type("Kế hoạch", "B9", "1.1");
    const { workbook } = await inExcel(excel, (c, caps) => validateInExcel(c, caps));
    const sheet = workbook.sheets.find((s) => s.name === "Kế hoạch")!;
    const at = (row: number, col: number) => ({ value: sheet.values[row - sheet.top][col - sheet.left], text: sheet.text?.[row - sheet.top][col - sheet.left], format: sheet.numberFormats?.[row - sheet.top][col - sheet.left] });
    expect(at(7, 1)).toEqual({ value: 110, text: "110", format: "#,##0" });
    expect(at(8, 1)).toEqual({ value: 11, text: "11", format: "#,##0" });
    expect(at(6, 1)).toEqual({ value: "Tiêu chí 1.1", text: "Tiêu chí 1.1", format: "General" });
  });
});

describe("the check in the add-in names what Excel did and proposes the code (issues 10 and 11 together)", () => {
  it("'1.10' and '1.1' typed under digit grouping: criterion/numeric-code with the fix 'Tiêu chí 1.10' / 'Tiêu chí 1.1', and no level finding on those rows", async () => {
    const excel = excelWith(plan2018([crit("Tiêu chí 1.2"), crit(null), crit(null)]), { locale: "vi-VN", lenientGrouping: true });
    excel.user.type("Kế hoạch", "B8", "1.10");
    excel.user.type("Kế hoạch", "B9", "1.1");
    const { validation } = await inExcel(excel, (c, caps) => validateInExcel(c, caps));
    const numeric = validation.diagnostics.filter((d) => d.rule === "criterion/numeric-code");
    expect(numeric.map((d) => [d.cell, d.criterion, d.fix?.new])).toEqual([
      ["B8", "1.10", "Tiêu chí 1.10"],
      ["B9", "1.1", "Tiêu chí 1.1"],
    ]);
    expect(validation.diagnostics.filter((d) => d.rule === "criterion/unknown")).toEqual([]);
    expect(validation.diagnostics.filter((d) => d.rule.startsWith("level/") && (d.row === 7 || d.row === 8))).toEqual([]);
  });
});
