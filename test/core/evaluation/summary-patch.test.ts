import { evaluateWorkbook } from "../../../src/core/evaluation/evaluate";
import { buildSummaryPatch } from "../../../src/core/evaluation/summary-patch";
import { isFormulaValue, type FormulaValue, type SheetPatch } from "../../../src/core/sheet/patch";
import { SheetView } from "../../../src/core/sheet/snapshot";
import type { GridWorkbook } from "../../fixtures/grid";
import { workbookSnapshot } from "../../fixtures/to-snapshot";
import { FormulaSheet } from "../../fixtures/evaluation/formula";
import { mistakesEvaluation } from "../../fixtures/evaluation/mistakes";
import { oneColumnEvaluation } from "../../fixtures/evaluation/one-column";
import { tt17Evaluation } from "../../fixtures/evaluation/tt17";
import { tt18Evaluation } from "../../fixtures/evaluation/tt18";
import { tt19Evaluation } from "../../fixtures/evaluation/tt19";
import { tt57Evaluation } from "../../fixtures/evaluation/tt57";

function summary(book: GridWorkbook) {
  const evaluation = evaluateWorkbook(workbookSnapshot(book));
  return { evaluation, patch: buildSummaryPatch(evaluation)! };
}

/** The block as label → value (formulas as their cached values). */
function byLabel(patch: SheetPatch): Record<string, unknown> {
  const rows = patch.blocks[0].values;
  return Object.fromEntries(rows.filter((r) => typeof r[0] === "string").map((r) => [r[0], r[1] !== null && isFormulaValue(r[1]) ? r[1].cached : r[1]]));
}

function levelCell(patch: SheetPatch): FormulaValue {
  return patch.blocks[0].values.find((r) => r[0] === "Mức đánh giá của trường")![1] as FormulaValue;
}

const FIXTURES: [string, GridWorkbook][] = [
  ["TT17", tt17Evaluation],
  ["TT18", tt18Evaluation],
  ["TT19", tt19Evaluation],
  ["TT57", tt57Evaluation],
  ["one column", oneColumnEvaluation],
  ["every mistake", mistakesEvaluation],
];

describe("the summary block written next to the self-evaluation table", () => {
  it("sits one column right of the TT17 table, level with its header, with counts, rates, the level and the national standard", () => {
    const { patch } = summary(tt17Evaluation);
    expect(patch.sheet).toBe("Tự đánh giá");
    expect(patch.blocks[0]).toMatchObject({ top: 5, left: 7 }); // H6; the table ends at F
    expect(patch.blocks[0].values[1]).toEqual(["Mức", "Số tiêu chí đạt", "Tổng số tiêu chí", "Tỷ lệ đạt", "Số tiêu chí không đạt", "Tỷ lệ không đạt"]);
    expect(byLabel(patch)).toMatchObject({ "Mức 1": 27, "Mức 2": 18, "Mức 3": 1, "Yêu cầu Mức 4": 0, "Mức đánh giá của trường": 1, "Chuẩn quốc gia (mức độ)": 0 });
    const mức2 = patch.blocks[0].values[3];
    expect(mức2[1]).toEqual({ formula: "=COUNTA(D8:E39)", cached: 18 });
    expect(mức2[2]).toBe(27);
    expect(mức2[3]).toEqual({ formula: "=IF(J9=0,0,I9/J9)", cached: 18 / 27 });
    expect(patch.styles).toContainEqual({ range: "K8:K11", style: { numberFormat: "0.0%" } });
    expect(levelCell(patch).formula).toBe("=IF(AND(I8>=J8,I9>=J9,I10>=J10,I11>=J11),4,IF(AND(I8>=J8,I9>=J9,I10>=J10),3,IF(AND(I8>=J8,I9>=J9),2,IF(AND(I8>=J8),1,0))))");
  });

  it.each(FIXTURES)("%s: every formula computes the value cached beside it", (_name, book) => {
    const { evaluation, patch } = summary(book);
    const sheet = new FormulaSheet(evaluation.view, patch);
    const formulas = patch.blocks[0].values.flat().filter((v): v is FormulaValue => v !== null && isFormulaValue(v));
    expect(formulas.length).toBeGreaterThan(10);
    for (const f of formulas) expect(sheet.evaluate(f.formula)).toBeCloseTo(f.cached as number, 10);
  });

  it.each(FIXTURES.slice(0, 5))("%s: the level the formulas give is the level KHCT computes", (_name, book) => {
    const { evaluation, patch } = summary(book);
    expect(levelCell(patch).cached).toBe(evaluation.result!.level);
  });

  it("stays live: once staff move the nine Mức 1 marks to Mức 2, the formulas give Mức 2", () => {
    const { evaluation, patch } = summary(tt17Evaluation);
    const snapshot = structuredClone(evaluation.view.snapshot);
    for (const row of snapshot.values) {
      if (row[2] === "x") {
        row[2] = null;
        row[3] = "x";
      }
    }
    const sheet = new FormulaSheet(new SheetView(snapshot), patch);
    expect(sheet.evaluate(levelCell(patch).formula)).toBe(2);
  });

  it("TT57: counts the mandatory criteria and the others on their own rows, and the level formula asks 5 of the other 7", () => {
    const { patch } = summary(tt57Evaluation);
    expect(byLabel(patch)).toMatchObject({ "Mức 2 – tiêu chí bắt buộc": 8, "Mức 2 – tiêu chí khác": 5, "Mức đánh giá của trường": 2, "Chuẩn quốc gia (mức độ)": 2 });
    expect(levelCell(patch).formula).toMatch(/^=IF\(AND\(.*>=5.*\),2,IF\(AND\(.*>=5\),1,0\)\)$/);
  });

  it("TT19: writes no Mức 4 row, and says why Mức 4 is not computed", () => {
    const { patch } = summary(tt19Evaluation);
    const labels = patch.blocks[0].values.map((r) => r[0]);
    expect(labels).not.toContain("Yêu cầu Mức 4");
    expect(String(labels[labels.length - 1])).toContain("Mức 4: không tính được");
  });

  it("never covers a cell staff filled: a note right of the table pushes the block further right", () => {
    const book = structuredClone(tt17Evaluation);
    book.sheets[0].rows[8][8] = "Ghi chú của tổ trưởng"; // I9
    const { patch } = summary(book);
    expect(patch.blocks[0].left).toBe(9); // J
  });
});
