/**
 * "Nhập kế hoạch từ Word" in Excel (the test double): the Word file's plan goes in as new sheets in
 * one write, text stays text ("1.10" is not turned into 1.1), and checking the workbook then finds
 * what checking the Word file finds.
 */
import { runCommand, validateInExcel } from "../../src/excel";
import { validateWorkbook } from "../../src/core/validate/validate";
import { readDocx } from "../../src/docx/read-docx";
import { wordSheets, WordFileError } from "../../src/taskpane/word-import";
import { ExcelDouble } from "../double";
import { wordFixture } from "../fixtures/docx/word-plans";
import { oleContainer } from "../fixtures/hostile";
import { inExcel } from "./helpers";

/** "C11 level/unavailable" of each finding. */
const found = (v: { diagnostics: { cell: string | null; rule: string }[] }) => v.diagnostics.map((d) => `${d.cell} ${d.rule}`);

describe("importing a Word plan into the open workbook", () => {
  it("inserts the document's sheets in one write (two round trips in all) beside the user's own sheet", async () => {
    const excel = new ExcelDouble({ locale: "vi-VN", sheets: ["Kế hoạch cải tiến"] });
    const sheets = wordSheets(await wordFixture("doc004"), "bao-cao-004.docx");
    const trips = await excel.roundTripsOf(() => inExcel(excel, (c, caps) => runCommand(c, caps, { read: [], compute: () => ({ sheets }) })));
    expect(trips).toBe(2);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Kế hoạch cải tiến", "Kế hoạch cải tiến (2)", "Báo cáo thực hiện"]);
  });

  it("keeps codes as text in Excel, and the check in Excel finds what the check of the Word file finds", async () => {
    const bytes = await wordFixture("doc004");
    const excel = new ExcelDouble({ locale: "vi-VN", sheets: ["Sheet1"] });
    await inExcel(excel, (c, caps) => runCommand(c, caps, { read: [], compute: () => ({ sheets: wordSheets(bytes, "x.docx") }) }));
    const inWord = validateWorkbook(readDocx(bytes).workbook);
    const { validation } = await inExcel(excel, (c, caps) => validateInExcel(c, caps));
    expect(validation.sheet).toBe("Kế hoạch cải tiến");
    expect(found(validation)).toEqual(found(inWord));
    const codes = [...excel.model.sheet("Kế hoạch cải tiến")!.cells.values()].map((c) => c.value).filter((v) => v === "1.10" || v === 1.1);
    expect(codes).toEqual(["1.10"]);
  });

  it("a .doc or damaged file picked by mistake gets its sentence in both languages, and nothing is written", async () => {
    const e = (() => {
      try {
        wordSheets(oleContainer(), "ke-hoach.doc");
      } catch (x) {
        return x as WordFileError;
      }
      throw new Error("read");
    })();
    expect(e).toBeInstanceOf(WordFileError);
    expect(e.text.vi).toContain('"ke-hoach.doc" là tệp Word 97-2003 (.doc)');
    expect(e.text.en).toContain("is a Word 97-2003 (.doc) file");
  });
});
