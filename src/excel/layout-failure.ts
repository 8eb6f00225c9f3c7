import { a1 } from "../core/sheet/address";
import { isFormulaValue, type PatchValue, type WorkbookPatch } from "../core/sheet/patch";
import type { ApplyResult, AppliedSheet } from "./apply-patch";

/**
 * The optional layout a patch ends with — dropdown lists, frozen panes, print setup, notes — is
 * queued after all its data. When the sync fails at one of these APIs (office-js issues report
 * `freezeRows` and fit-to-page failing on some builds; a cell with a threaded comment refuses a
 * note), the operations queued before it are in the workbook — if Excel keeps them, as the test
 * double does. That is checked rather than assumed: one cell the patch wrote last is read back, and
 * only if it holds what was written does the command succeed, with the "layout-failed" limitation.
 */
const LAYOUT_APIS = /DataValidation|FreezePanes|PageLayout|Note/;

function isLayoutFailure(e: unknown): boolean {
  const where = (e as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  return typeof where === "string" && LAYOUT_APIS.test(where);
}

/** The last cell the patch writes a value to, and that value. */
function lastWrite(patch: WorkbookPatch, sheets: AppliedSheet[]): { sheet: string; cell: string; value: PatchValue } | null {
  for (let i = patch.sheets.length - 1; i >= 0; i--) {
    const blocks = patch.sheets[i].blocks;
    for (let b = blocks.length - 1; b >= 0; b--) {
      const block = blocks[b];
      for (let r = block.values.length - 1; r >= 0; r--) {
        const c = block.values[r].findIndex((v) => v !== null && v !== "");
        if (c >= 0) return { sheet: sheets[i].name, cell: a1(block.top + r, block.left + c), value: block.values[r][c] };
      }
    }
  }
  return null;
}

/** Reads back the patch's last value (one sync): true when it is there. */
async function dataLanded(context: Excel.RequestContext, patch: WorkbookPatch, sheets: AppliedSheet[]): Promise<boolean> {
  const probe = lastWrite(patch, sheets);
  if (!probe) return false;
  try {
    const range = context.workbook.worksheets.getItem(probe.sheet).getRange(probe.cell).load("values,formulas");
    await context.sync();
    const v = probe.value;
    if (v !== null && isFormulaValue(v)) return typeof range.formulas[0][0] === "string" && String(range.formulas[0][0]).startsWith("=");
    return range.values[0][0] === v;
  } catch {
    return false;
  }
}

/** Syncs a queued patch; a failure of its optional layout alone is reported as a limitation once the data is shown to be written. */
export async function syncKeepingData(context: Excel.RequestContext, patch: WorkbookPatch, result: ApplyResult): Promise<ApplyResult> {
  try {
    await context.sync();
    return result;
  } catch (e) {
    if (!isLayoutFailure(e) || !(await dataLanded(context, patch, result.sheets))) throw e;
    return { ...result, limitations: [...result.limitations, "layout-failed"] };
  }
}
