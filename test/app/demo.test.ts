/**
 * `npm run demo` is what a new user runs first: the plan it writes must print as a principal would
 * sign it. Staff fill the rows in Excel, which grows each row to its text as they type; the demo
 * fills them in code, so it must give the rows the heights their text needs.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runDemo } from "../../src/app/demo";
import { rowPointsForLines } from "../../src/core/measure/excel-geometry";
import { layoutSheet } from "../../src/core/print/layout-sheet";
import { layoutWorkbookFile } from "../../src/xlsx/write-layout";
import { readWorkbookBuffer } from "../../src/xlsx/read-workbook";

describe("npm run demo", () => {
  const dir = mkdtempSync(join(tmpdir(), "khct-demo-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a plan whose every row is as tall as its text needs (nothing spills into the row below when printed)", async () => {
    await runDemo(dir, "vi", () => undefined);
    const bytes = readFileSync(join(dir, "ke-hoach-thpt-nguyen-du.xlsx"));
    const plan = (await readWorkbookBuffer(bytes)).sheets[0];
    const short: string[] = [];
    let measured = 0;
    await layoutWorkbookFile(bytes, [plan.name], (_sheet, looks) => {
      const has = new Map((looks.rowHeights ?? []).map((h) => [h.row, h.height]));
      for (const { row, height } of layoutSheet(plan, looks).rowHeights) {
        measured++;
        const now = has.get(row) ?? rowPointsForLines(1, looks.defaultFont); // a row without a height of its own
        if (now + 0.5 < height) short.push(`row ${row + 1}: ${now} pt, needs ${height} pt`);
      }
      return null;
    });
    expect(measured).toBeGreaterThan(20);
    expect(short).toEqual([]);
  });
});
