/**
 * The three real documents as the Word files they were, read straight from Word: the findings equal
 * those on the same plans typed into a workbook (../fixtures/documents), rule for rule, criterion for
 * criterion — but for what only Excel does to a plan (a code "1.10" stored as the number 1.1, a task
 * "-Hiệu trưởng" turned into a formula), which a Word file cannot hold. NFD text and runs split
 * mid-word read the same; so does the document as LibreOffice writes it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../../src/core/rules/types";
import { validateWorkbook, type Validation } from "../../src/core/validate/validate";
import { readDocx } from "../../src/docx/read-docx";
import { doc000 } from "../fixtures/documents/doc000";
import { doc002 } from "../fixtures/documents/doc002";
import { doc004 } from "../fixtures/documents/doc004";
import type { GridWorkbook } from "../fixtures/grid";
import { workbookSnapshot } from "../fixtures/to-snapshot";
import { wordFixture, type Variant, type WordDocumentName } from "../fixtures/docx/word-plans";

/** "rule severity criterion", sorted: what a finding is, wherever the cell. */
const kinds = (v: Validation) => v.diagnostics.map((d: Diagnostic) => `${d.rule} ${d.severity} ${d.criterion ?? "-"}`).sort();
/** The same, with the message (NFC, so NFD text compares equal), the cell and the fix: what the user reads. */
const full = (v: Validation) => v.diagnostics.map((d) => JSON.stringify({ cell: d.cell, rule: d.rule, message: d.message.vi.normalize("NFC"), fix: d.fix?.new.normalize("NFC") }));

const WORKBOOKS: Record<WordDocumentName, GridWorkbook> = { doc000, doc002, doc004 };

/** What only Excel does, by document: findings the workbook has and the Word file cannot, and what the Word file says instead. */
const EXCEL_ONLY: Record<WordDocumentName, { workbook: string[]; word: string[] }> = {
  doc000: { workbook: [], word: [] },
  // E20: "-Hiệu trưởng" typed into Excel became =-Hiệu trưởng (#NAME?); Word keeps the text
  doc002: { workbook: ["cell/formula-text error 3.4"], word: [] },
  // B20, B21: Excel stored the codes 1.9 and 1.10 as numbers (1.10 as 1.1, which also reads as a second 1.1);
  // the Word file has the text "1.9" and "1.10": codes without "Tiêu chí", a hint only
  doc004: {
    workbook: ["criterion/duplicate warning 1.10", "criterion/numeric-code warning 1.10", "criterion/numeric-code warning 1.9"],
    word: ["criterion/bare-code info 1.10", "criterion/bare-code info 1.9"],
  },
};

async function readWord(name: WordDocumentName, variant: Variant = "plain"): Promise<Validation> {
  return validateWorkbook(readDocx(await wordFixture(name, variant)).workbook);
}

describe.each(Object.keys(WORKBOOKS) as WordDocumentName[])("document %s read from Word", (name) => {
  let word: Validation;
  let workbook: Validation;
  beforeAll(async () => {
    word = await readWord(name);
    workbook = validateWorkbook(workbookSnapshot(WORKBOOKS[name]));
  });

  it("gives the workbook's findings, but for what only Excel does", () => {
    const differences = EXCEL_ONLY[name];
    const expected = [...kinds(workbook).filter((k) => !differences.workbook.includes(k)), ...differences.word].sort();
    expect(kinds(word)).toEqual(expected);
    for (const k of differences.workbook) expect(kinds(workbook)).toContain(k);
  });

  it("detects the same standard set, school, year and number of criteria", () => {
    expect(word.detection.set.id).toBe(workbook.detection.set.id);
    expect(word.detection.detectedFrom.map((e) => [e.source, e.evidence])).toEqual(workbook.detection.detectedFrom.map((e) => [e.source, e.evidence]));
    const { yearCell: _a, ...wordSchool } = word.detection.school;
    const { yearCell: _b, ...workbookSchool } = workbook.detection.school;
    expect(wordSchool).toEqual(workbookSchool);
    expect(word.summary.criteria).toBe(workbook.summary.criteria);
  });

  it.each(["nfd", "split-runs"] as Variant[])("in its %s variant gives identical findings", async (variant) => {
    const other = await readWord(name, variant);
    expect(full(other)).toEqual(full(word));
    expect(other.detection.set.id).toBe(word.detection.set.id);
    expect(other.detection.school.name?.normalize("NFC")).toBe(word.detection.school.name);
  });
});

describe("document 004 in Word: a plan table and the school's own report table", () => {
  it("puts each on its own sheet, the plan chosen for validation and the report listed", async () => {
    const doc = readDocx(await wordFixture("doc004"));
    expect(doc.workbook.sheets.map((s) => s.name)).toEqual(["Kế hoạch cải tiến", "Báo cáo thực hiện"]);
    const v = validateWorkbook(doc.workbook);
    expect(v.sheet).toBe("Kế hoạch cải tiến");
    expect(v.otherTables).toEqual([{ sheet: "Báo cáo thực hiện", range: expect.stringMatching(/^A\d+:H\d+$/), bySheet: true }]);
    // the report's header Word repeated after each page break is read once: no row of it is a criterion row
    const report = validateWorkbook(doc.workbook, { sheet: "Báo cáo thực hiện" });
    expect(report.table?.layout.kind).toBe("report");
    expect(report.table?.rows.filter((r) => r.kind === "criterion").map((r) => r.code)).toHaveLength(28);
  });
});

describe("a Word file LibreOffice wrote (a second producer's XML)", () => {
  it("document 002, converted by LibreOffice from a web page, gives the Word file's findings and detection", async () => {
    const libre = validateWorkbook(readDocx(readFileSync(join(__dirname, "..", "fixtures", "docx", "libreoffice", "doc002.docx"))).workbook);
    const word = await readWord("doc002");
    expect(kinds(libre)).toEqual(kinds(word));
    expect(libre.table?.range).toBe(word.table?.range);
    expect(libre.detection.set.id).toBe("tt17-2018");
    expect(libre.detection.school).toMatchObject({ name: "TH CẦU XÁNG", type: "th", year: "2020-2021", governingBody: "UBND HUYỆN HÓC MÔN" });
  });
});
