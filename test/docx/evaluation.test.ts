/**
 * A self-evaluation kept in Word (a results table, a conclusion, the Mức 4 table) reads as it does
 * in a workbook: the same level for the school, the same checks.
 */
import { evaluateWorkbook } from "../../src/core/evaluation/evaluate";
import { readDocx } from "../../src/docx/read-docx";
import { wordBytes, type WordBlock } from "../../src/docx/word-document";
import { tableFromGrid } from "../fixtures/docx/from-grid";
import { tt18Evaluation } from "../fixtures/evaluation/tt18";
import type { GridSheet } from "../fixtures/grid";
import { workbookSnapshot } from "../fixtures/to-snapshot";

/** A sheet's runs of rows as a document: a run of one-cell rows as lines, a run of wider rows as a table. */
function asDocument(sheet: GridSheet): WordBlock[] {
  const blocks: WordBlock[] = [];
  const filled = (r: number) => (sheet.rows[r - 1] ?? []).some((c) => c !== null && c !== "");
  for (let r = 1; r <= sheet.rows.length; r++) {
    if (!filled(r)) continue;
    let end = r;
    while (end + 1 <= sheet.rows.length && filled(end + 1)) end++;
    const width = Math.max(...sheet.rows.slice(r - 1, end).map((row) => row.length));
    if (width <= 1) for (let k = r; k <= end; k++) blocks.push({ kind: "line", text: String(sheet.rows[k - 1][0]) });
    else {
      const headerRows = sheet.rows[r]?.[0] === null ? 2 : 1;
      blocks.push(tableFromGrid(sheet, { from: r, to: end, headerRows }, new Array(width).fill(10)));
    }
    r = end;
  }
  return blocks;
}

describe("a self-evaluation in Word", () => {
  it("gives the school's level, the counts and the checks the workbook gives", async () => {
    const bytes = await wordBytes({ sections: [{ landscape: false, blocks: asDocument(tt18Evaluation.sheets[0]) }] });
    const doc = readDocx(bytes);
    expect(doc.workbook.sheets.map((s) => s.name)).toEqual(["Tự đánh giá"]);
    const word = evaluateWorkbook(doc.workbook);
    const book = evaluateWorkbook(workbookSnapshot(tt18Evaluation));
    expect(word.result?.level).toBe(4);
    expect(word.result?.level).toBe(book.result?.level);
    expect(word.result?.counts).toEqual(book.result?.counts);
    expect(word.result?.level4?.status).toBe(book.result?.level4?.status);
    expect(word.diagnostics.map((d) => d.rule)).toEqual(book.diagnostics.map((d) => d.rule));
    expect(word.detection.set.id).toBe("tt18-2018");
  });
});
