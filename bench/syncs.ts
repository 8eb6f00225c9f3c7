import { reportCommand, templateCommand } from "../src/app/excel-commands";
import type { Diagnostic } from "../src/core/rules/types";
import { applyFix, clearMarks, detectCapabilities, runCommand, validateAndMark, validateInExcel } from "../src/excel";
import { ExcelDouble } from "../test/double";
import { crit, plan2018, taskRows, THPT_HEADER_MERGES } from "../test/fixtures/plans";
import { patchFromGrid } from "../test/excel/helpers";

export interface SyncResult {
  command: string;
  rows: number;
  syncs: number;
  apiCalls: number;
}

/**
 * Round trips and API calls per command against the Excel test double (which enforces Excel on the
 * web's 5 MB request and response limits), for a plan of `rows` task rows laid out as schools do:
 * a merged header, criteria in order, a finding one row in 50.
 */
export async function benchSyncs(rows: number): Promise<SyncResult[]> {
  const excel = new ExcelDouble({ locale: "vi-VN" });
  const caps = detectCapabilities(excel.isSetSupported);
  const plan = plan2018([crit("Tiêu chí 1.2", "Đạt mức 3 (hiện trạng mức 2)"), ...taskRows(rows - 1)], { merges: THPT_HEADER_MERGES }).sheets[0];
  await excel.run((c) => runCommand(c, caps, { read: [], compute: () => ({ sheets: [patchFromGrid(plan, { create: true })] }) }));
  const out: SyncResult[] = [];
  const measure = async (command: string, work: (c: Excel.RequestContext) => Promise<unknown>) => {
    const before = { trips: excel.stats.roundTrips, calls: excel.stats.apiCalls ?? 0 };
    await excel.run((c) => work(c));
    out.push({ command, rows, syncs: excel.stats.roundTrips - before.trips, apiCalls: (excel.stats.apiCalls ?? 0) - before.calls });
  };
  let fixable!: Diagnostic;
  await measure("validate", async (c) => (fixable = (await validateInExcel(c, caps)).validation.diagnostics.find((d) => d.fix)!));
  await measure("validate and mark", (c) => validateAndMark(c, caps));
  await measure("clear marks", (c) => clearMarks(c, caps));
  await measure("apply a fix", (c) => applyFix(c, caps, { sheet: "Kế hoạch", diagnostic: fixable }));
  await measure("build report", (c) => runCommand(c, caps, reportCommand({}, "year", "2024-03-01")));
  await measure("refresh report", (c) => runCommand(c, caps, reportCommand({}, "year", "2024-06-01")));
  await measure("insert template", (c) => runCommand(c, caps, templateCommand({ standardSet: "tt18-2018" }, "2024-03-01")));
  return out;
}

/** The rows measured: a normal plan, a large one (both read in one band), a very large one (read in row bands). */
export const SYNC_ROWS = [100, 1_000, 10_000];

/** One line per command: round trips at each size, and what banding adds past the first band. */
export function syncTable(results: SyncResult[]): Record<string, string | number>[] {
  const commands = [...new Set(results.map((r) => r.command))];
  const at = (command: string, rows: number) => results.find((r) => r.command === command && r.rows === rows)!;
  return commands.map((command) => {
    const row: Record<string, string | number> = { command };
    for (const rows of SYNC_ROWS) row[`${rows.toLocaleString("en-US")} rows`] = at(command, rows).syncs;
    const added = at(command, SYNC_ROWS[2]).syncs - at(command, SYNC_ROWS[1]).syncs;
    row["banding adds"] = added ? `+${added}` : "0";
    row[`API calls (${SYNC_ROWS[0]})`] = at(command, SYNC_ROWS[0]).apiCalls;
    return row;
  });
}
