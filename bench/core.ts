import { buildReport } from "../src/core/report/build-report";
import { validateWorkbook } from "../src/core/validate/validate";
import { syntheticPlan } from "./plans";

export interface CoreResult {
  rows: number;
  validateMs: number;
  reportMs: number;
  usPerRow: number;
  heapMB: number;
}

function best<T>(runs: number, f: () => T): { ms: number; value: T } {
  let ms = Infinity;
  let value!: T;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    value = f();
    ms = Math.min(ms, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms, value };
}

/** Core time from a sheet snapshot to diagnostics (no file parsing), and to the report patch. */
export function benchCore(sizes: number[]): CoreResult[] {
  return sizes.map((rows) => {
    const snapshot = syntheticPlan(rows);
    const runs = rows >= 100_000 ? 2 : 5;
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const v = best(runs, () => validateWorkbook({ sheets: [snapshot] }));
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const r = best(runs, () => buildReport({ plan: v.value.table!, detection: v.value.detection, period: "year", date: "2024-03-01" }));
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    clearInterval(sample);
    return {
      rows,
      validateMs: round(v.ms),
      reportMs: round(r.ms),
      usPerRow: round(((v.ms + r.ms) * 1000) / rows),
      heapMB: round((peak - before) / 1048576),
      findings: v.value.diagnostics.length,
    } as CoreResult;
  });
}

export const round = (n: number) => Math.round(n * 100) / 100;
