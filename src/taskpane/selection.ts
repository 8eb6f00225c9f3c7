/**
 * Which criterion the user's selection is on: read the selected cell's row and look for a code.
 * Selection events need ExcelApi 1.2; where Excel cannot tell, the help follows the findings the
 * user clicks.
 */
import { findCriterionRefsInProse, parseCriterionText } from "../core/text/criterion-ref";

/** Columns read on the selected row: plan tables are far narrower. */
const ROW_WIDTH = "Z";

export async function criterionAtSelection(): Promise<string | null> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    selected.load("address,rowIndex");
    await context.sync();
    const sheet = selected.address.includes("!") ? selected.address.slice(0, selected.address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'") : null;
    if (!sheet) return null;
    const row = selected.rowIndex + 1;
    const cells = context.workbook.worksheets.getItem(sheet).getRange(`A${row}:${ROW_WIDTH}${row}`);
    cells.load("values");
    await context.sync();
    for (const v of cells.values[0] ?? []) {
      if (typeof v !== "string" || v.trim() === "") continue;
      const code = parseCriterionText(v)?.code ?? findCriterionRefsInProse(v)[0]?.code;
      if (code) return code;
    }
    return null;
  });
}

/** Calls `onChange` whenever the selection moves; returns how to stop. */
export function watchSelection(onChange: () => void): () => void {
  let remove: (() => void) | null = null;
  Excel.run(async (context) => {
    const handler = context.workbook.onSelectionChanged.add(async () => onChange());
    await context.sync();
    remove = () =>
      void Excel.run(handler.context, async (ctx) => {
        handler.remove();
        await ctx.sync();
      }).catch(() => undefined);
  }).catch(() => undefined);
  return () => remove?.();
}
