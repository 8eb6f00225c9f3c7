/** Issue 13's speed targets, each figure of one bench run beside its target. */
import type { BatchResult } from "./batch";
import type { CommandTimes } from "./commands";
import type { CoreResult } from "./core";
import { round } from "./core";

export interface TargetLine {
  what: string;
  measured: number | null;
  target: string;
  met: boolean | null;
}

const atMost = (what: string, measured: number | null | undefined, limit: number, unit = "×"): TargetLine => ({
  what,
  measured: measured == null ? null : round(measured),
  target: `≤ ${limit}${unit}`,
  met: measured == null ? null : measured <= limit,
});

export function targetLines(commands: CommandTimes[], core: CoreResult[], batch: BatchResult): TargetLine[] {
  const sample = commands.find((c) => c.rows === null);
  const ten = commands.find((c) => c.rows === 10_000);
  const large = commands.find((c) => c.rows !== null && c.rows > 10_000);
  const core10k = core.find((c) => c.rows === 10_000);
  const core100k = core.find((c) => c.rows === 100_000);
  return [
    atMost("validate 10k rows, whole process ÷ zlib floor", ten && ten.validateMs / ten.floorMs, 3),
    atMost("validate bundled sample, whole process ÷ zlib floor", sample && sample.validateMs / sample.floorMs, 2),
    atMost("validate 10k rows, peak memory (MiB)", ten?.validateMiB, 110, " MiB"),
    atMost("report 10k rows ÷ validate 10k rows (whole processes)", ten?.reportMs != null ? ten.reportMs / ten.validateMs : null, 1.5),
    atMost(`report ${large?.rows?.toLocaleString("en") ?? "80,000"} rows, peak memory (MiB)`, large?.reportMiB, 800, " MiB"),
    atMost("core validate, 100k ÷ 10k rows", core10k && core100k ? core100k.validateMs / core10k.validateMs : null, 11),
    atMost("core report, 100k ÷ 10k rows", core10k && core100k ? core100k.reportMs / core10k.reportMs : null, 11),
    { what: `batch of ${batch.files} workbooks × ${batch.rowsPerFile} rows (files/s)`, measured: batch.filesPerSecond, target: "≥ 150 files/s", met: batch.filesPerSecond >= 150 },
  ];
}

export function printTargets(lines: TargetLine[]): void {
  console.table(lines.map((l) => ({ what: l.what, measured: l.measured ?? "not measured", target: l.target, met: l.met === null ? "—" : l.met ? "yes" : "MISSED" })));
}
