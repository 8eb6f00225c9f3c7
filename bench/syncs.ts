import { reportCommand, templateCommand } from "../src/app/excel-commands";
import { clearMarks, detectCapabilities, runCommand, validateAndMark, validateInExcel } from "../src/excel";
import { ExcelDouble } from "../test/double";
import { crit, plan2018 } from "../test/fixtures/plans";
import { patchFromGrid } from "../test/excel/helpers";

export interface SyncResult {
  command: string;
  rows: number;
  syncs: number;
  apiCalls: number;
}

const CODES = ["1.1", "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "5.1", "5.2"];

/** Round trips and API calls per command against the Excel test double, for a plan of `rows` rows. */
export async function benchSyncs(rows: number): Promise<SyncResult[]> {
  const excel = new ExcelDouble({ locale: "vi-VN" });
  const caps = detectCapabilities(excel.isSetSupported);
  const plan = plan2018(Array.from({ length: rows }, (_, i) => crit(`Tiêu chí ${CODES[i % CODES.length]}`))).sheets[0];
  await excel.run((c) => runCommand(c, caps, { read: [], compute: () => ({ sheets: [patchFromGrid(plan, { create: true })] }) }));
  const out: SyncResult[] = [];
  const measure = async (command: string, work: (c: Excel.RequestContext) => Promise<unknown>) => {
    const before = { trips: excel.stats.roundTrips, calls: excel.stats.apiCalls ?? 0 };
    await excel.run((c) => work(c));
    out.push({ command, rows, syncs: excel.stats.roundTrips - before.trips, apiCalls: (excel.stats.apiCalls ?? 0) - before.calls });
  };
  await measure("validate", (c) => validateInExcel(c, caps));
  await measure("validate and mark", (c) => validateAndMark(c, caps));
  await measure("clear marks", (c) => clearMarks(c, caps));
  await measure("build report", (c) => runCommand(c, caps, reportCommand({}, "year", "2024-03-01")));
  await measure("refresh report", (c) => runCommand(c, caps, reportCommand({}, "year", "2024-06-01")));
  await measure("insert template", (c) => runCommand(c, caps, templateCommand({ standardSet: "tt18-2018" }, "2024-03-01")));
  return out;
}
