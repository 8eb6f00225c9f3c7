/**
 * Round trips to Excel do not grow with a plan that fits the first band (FIRST_BAND_ROWS rows): the
 * same count at 10 rows and at 1,500. Budgets: validate ≤ 2, insert a template ≤ 2, build a report
 * ≤ 3 (the rest are measured and pinned). Past the first band, reads go in row bands within Excel's
 * payload limits and large writes in chunks: the counts at 5,000 rows are pinned too, to show what
 * banding adds (npm run bench reports 100, 1,000 and 10,000 rows).
 */
import { reportCommand, templateCommand } from "../../src/app/excel-commands";
import type { Diagnostic } from "../../src/core/rules/types";
import { applyFix, clearMarks, readProfile, revealCell, runCommand, saveProfile, undoFix, validateAndMark, validateInExcel } from "../../src/excel";
import { ExcelDouble } from "../double";
import { crit, plan2018, taskRows, THPT_HEADER_MERGES } from "../fixtures/plans";
import { inExcel, patchFromGrid } from "./helpers";

async function measure(rows: number): Promise<Record<string, number>> {
  const excel = new ExcelDouble({ locale: "vi-VN" });
  // the first row carries a finding the pane can fix
  const plan = plan2018([crit("Tiêu chí 1.2", "Đạt mức 3 (hiện trạng mức 2)"), ...taskRows(rows - 1)], { merges: THPT_HEADER_MERGES }).sheets[0];
  const trips: Record<string, number> = {};
  const step = async (name: string, work: (context: Excel.RequestContext, caps: Parameters<Parameters<typeof inExcel>[1]>[1]) => Promise<unknown>) => {
    trips[name] = await excel.roundTripsOf(() => inExcel(excel, work));
  };
  await step("fill the plan rows (as staff typed them)", (c, caps) => runCommand(c, caps, { read: [], compute: () => ({ sheets: [patchFromGrid(plan, { create: true })] }) }));
  let fixable!: Diagnostic;
  await step("validate", async (c, caps) => {
    const v = await validateInExcel(c, caps);
    fixable = v.validation.diagnostics.find((d) => d.fix)!;
  });
  await step("build report", (c, caps) => runCommand(c, caps, reportCommand({}, "year", "2024-03-01")));
  await step("refresh report", (c, caps) => runCommand(c, caps, reportCommand({}, "year", "2024-06-01")));
  await step("validate and mark", (c, caps) => validateAndMark(c, caps));
  await step("clear marks", (c, caps) => clearMarks(c, caps));
  await step("reveal a cell", (c) => revealCell(c, "Kế hoạch", "C7"));
  await step("apply a fix", (c, caps) => applyFix(c, caps, { sheet: "Kế hoạch", diagnostic: fixable }));
  await step("undo the fix", (c, caps) => undoFix(c, caps, "F1"));
  await step("save the school profile", (c, caps) => saveProfile(c, caps, { schoolType: "thpt", standardSet: "tt18-2018" }));
  await step("read the school profile", (c, caps) => readProfile(c, caps));
  // last, so that the steps above work on the filled plan rather than on the empty template
  await step("insert template", (c, caps) => runCommand(c, caps, templateCommand({ standardSet: "tt18-2018", schoolType: "thpt", year: "2023-2024" }, "2023-09-01")));
  return trips;
}

describe("round trips stay constant while a plan fits the first band, and grow by bands past it", () => {
  let small: Record<string, number>;
  let medium: Record<string, number>;
  let large: Record<string, number>;

  beforeAll(async () => {
    small = await measure(10);
    medium = await measure(1500);
    large = await measure(5000);
  }, 180_000);

  it("takes the same number of round trips for every command at 10 and at 1,500 rows", () => {
    expect(medium).toEqual(small);
  });

  it("validates in 2, inserts a template in 2, builds a report in 3", () => {
    expect(small["validate"]).toBeLessThanOrEqual(2);
    expect(small["insert template"]).toBeLessThanOrEqual(2);
    expect(small["build report"]).toBeLessThanOrEqual(3);
    expect(small["refresh report"]).toBeLessThanOrEqual(3);
  });

  it("pins the measured counts of the other commands", () => {
    expect(small).toEqual({
      "insert template": 2,
      "fill the plan rows (as staff typed them)": 2,
      validate: 2,
      "build report": 3,
      "refresh report": 3,
      "validate and mark": 4,
      "clear marks": 4,
      "reveal a cell": 1,
      "apply a fix": 3,
      "undo the fix": 4,
      "save the school profile": 3,
      "read the school profile": 2,
    });
  });

  it("adds round trips past the first band only where reads and writes pass Excel's payload limits", () => {
    // reads: the rest of each sheet past its first 2,000 rows in bands of about 3 MB, one per sync;
    // writes: chunks of about 4 MB of requests. The rest is as for a small plan.
    expect(large).toEqual({ ...small, validate: 4, "build report": 5, "refresh report": 8, "validate and mark": 8 });
  });
});
