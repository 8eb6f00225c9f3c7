import { isKhctSheet } from "../core/validate/validate";
import { STORE_SHEET } from "../core/store";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import type { ExcelCapabilities, Limitation } from "./capabilities";
import { readSheets } from "./read-snapshot";
import { readWorkbookState, sheetNamed, type SheetInfo, type WorkbookState } from "./workbook-state";

export interface WorkbookRead {
  state: WorkbookState;
  workbook: WorkbookSnapshot;
  limitations: Limitation[];
}

export function uniqueLimitations(lists: Limitation[][]): Limitation[] {
  return [...new Set(lists.flat())];
}

/**
 * The sheets a command that looks for the plan reads: the visible sheets the core may choose from
 * (not KHCT's own lists and data), every such sheet when none is visible, the sheets `named` (a sheet
 * the user chose, a report to refresh — hidden or not), and KHCT's data sheet. Hidden sheets and
 * KHCT's dropdown lists are not read otherwise: the core never picks them.
 */
export function sheetsToRead(state: WorkbookState, named: string[] = []): SheetInfo[] {
  const candidates = state.sheets.filter((s) => !isKhctSheet(s.name));
  const visible = candidates.filter((s) => s.visibility === "Visible");
  const out = [...(visible.length ? visible : candidates)];
  for (const name of [...named, STORE_SHEET]) {
    const info = sheetNamed(state, name);
    if (info && !out.includes(info)) out.push(info);
  }
  return out;
}

/** Reads sheets already known to exist: one sync for normal plans (row bands for larger sheets); KHCT's data sheet as values and formulas only. */
export async function readSnapshots(context: Excel.RequestContext, state: WorkbookState, sheets: SheetInfo[], caps: ExcelCapabilities): Promise<{ workbook: WorkbookSnapshot; limitations: Limitation[] }> {
  if (!sheets.length) return { workbook: { sheets: [] }, limitations: [] };
  const reads = await readSheets(
    context,
    sheets.map((info) => ({ info, kind: info.name === STORE_SHEET ? ("data" as const) : ("plan" as const) })),
    caps,
    state.name,
  );
  return { workbook: { sheets: reads.map((r) => r.snapshot) }, limitations: uniqueLimitations(reads.map((r) => r.limitations)) };
}

/**
 * Two syncs for a normal plan, whatever its rows: the sheet list (with protection and read-only
 * state), then the sheets `sheetsToRead` picks (with `named`).
 */
export async function readWorkbook(context: Excel.RequestContext, caps: ExcelCapabilities, named: string[] = []): Promise<WorkbookRead> {
  const state = await readWorkbookState(context, caps);
  const { workbook, limitations } = await readSnapshots(context, state, sheetsToRead(state, named), caps);
  return { state, workbook, limitations };
}
