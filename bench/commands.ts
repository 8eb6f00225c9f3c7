/**
 * The commands a user runs, whole (process start included), against the fixed floor (bench/floor.js):
 * `khct validate` and `khct report` on filled plan templates of 10,000 and 80,000 rows and on the
 * bundled sample, with each process's peak resident memory. Runs alternate (floor, validate, report,
 * floor, …) so that the machine's load falls on all alike; medians.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { round } from "./core";
import { alternate } from "./process";
import { filledTemplate } from "./workbooks";

const ROOT = join(__dirname, "..");
const KHCT = join(ROOT, "bin", "khct.js");
const FLOOR = join(__dirname, "floor.js");
export const SAMPLE = join(ROOT, "samples", "ke-hoach-thpt-mau.xlsx");

export interface CommandTimes {
  file: string;
  rows: number | null;
  floorMs: number;
  floorMiB: number;
  validateMs: number;
  validateMiB: number;
  reportMs: number | null;
  reportMiB: number | null;
}

const validate = (file: string) => [KHCT, "validate", file, "--format", "json"];
const report = (file: string, out: string) => [KHCT, "report", file, "-o", out, "--force", "--date", "2024-12-01"];

/** Floor, validate and (when `withReport`) report on one file, `runs` times each, alternating. */
function measure(file: string, rows: number | null, runs: number, withReport: boolean, dir: string): CommandTimes {
  const commands: Record<string, string[]> = { floor: [FLOOR, file], validate: validate(file) };
  if (withReport) commands.report = report(file, join(dir, "bao-cao.xlsx"));
  const m = alternate(commands, runs);
  return {
    file: rows === null ? "samples/ke-hoach-thpt-mau.xlsx" : `${rows.toLocaleString("en")} rows`,
    rows,
    floorMs: round(m.floor.ms),
    floorMiB: round(m.floor.rssMiB),
    validateMs: round(m.validate.ms),
    validateMiB: round(m.validate.rssMiB),
    reportMs: m.report ? round(m.report.ms) : null,
    reportMiB: m.report ? round(m.report.rssMiB) : null,
  };
}

/** The whole commands on the sample, 10k and `largeRows` rows (`runs` alternations; the large file fewer). */
export async function benchCommands(runs = 7, largeRows = 80_000): Promise<CommandTimes[]> {
  const dir = mkdtempSync(join(tmpdir(), "khct-bench-commands-"));
  try {
    const ten = join(dir, "ke-hoach-10k.xlsx");
    const large = join(dir, "ke-hoach-large.xlsx");
    writeFileSync(ten, await filledTemplate(10_000));
    writeFileSync(large, await filledTemplate(largeRows));
    return [measure(SAMPLE, null, runs, true, dir), measure(ten, 10_000, runs, true, dir), measure(large, largeRows, Math.max(1, Math.ceil(runs / 3)), true, dir)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
