import type { Lang } from "../../core/rules/types";
import { SheetBuilder } from "../../core/sheet/builder";
import type { PatchValue, SheetPatch } from "../../core/sheet/patch";
import type { FileResult } from "./check-file";
import { BATCH } from "./messages";
import { setName } from "./results";

const WIDTHS = [40, 32, 11, 22, 8, 10, 10, 12, 14, 14, 15, 60];

const LINE_POINTS = 15;

/** How many wrapped lines the longest text of a row takes in its column (Excel does not grow rows on opening). */
function linesNeeded(values: PatchValue[]): number {
  return Math.max(1, ...values.map((v, col) => (typeof v === "string" ? Math.ceil(v.length / (WIDTHS[col] - 2)) : 1)));
}

function summaryRow(r: FileResult, lang: Lang): PatchValue[] {
  if (r.error) return [r.file, null, null, null, null, null, null, null, null, null, null, r.error.message];
  const c = r.reportCounts;
  return [
    r.file,
    r.school.name ?? null,
    r.school.year ?? null,
    setName(r.standardSet.id),
    r.summary.errors,
    r.summary.warnings,
    r.summary.criteria,
    c?.done ?? null,
    c?.inProgress ?? null,
    c?.notStarted ?? null,
    c?.dropped ?? null,
    c ? BATCH.reportSheet[lang](c.sheet) : BATCH.noReport[lang],
  ];
}

/**
 * The summary sheet an education office reads: one row per file, in the order given (worst first),
 * a bold header row that stays in view (and on every printed page), a width for each column, printed
 * landscape on A4 across one page wide.
 */
export function summaryPatch(results: FileResult[], lang: Lang): SheetPatch {
  const width = WIDTHS.length;
  const b = new SheetBuilder(width);
  b.row(BATCH.columns[lang], { font: { bold: true }, fill: "#D9E1F2", wrap: true, vAlign: "center", hAlign: "center", border: "thin" });
  for (const r of results) {
    const values = summaryRow(r, lang);
    const lines = linesNeeded(values);
    const at = b.row(values);
    if (lines > 1) b.height(at, LINE_POINTS * lines);
  }
  if (results.length) b.style(1, 0, results.length, width - 1, { border: "thin", vAlign: "top", wrap: true });
  return b.patch(BATCH.sheet[lang], {
    columnWidths: WIDTHS.map((w, col) => ({ col, width: w })),
    freeze: { rows: 1 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: "$1:$1" },
    activate: true,
  });
}
