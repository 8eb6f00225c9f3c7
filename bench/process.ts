import { spawnSync } from "node:child_process";
import { join } from "node:path";

const MAX_RSS = join(__dirname, "max-rss.js");

export interface ProcessRun {
  ms: number;
  /** peak resident set size */
  rssMiB: number;
  status: number | null;
}

/** Runs `node <args>` to its end: wall time from spawn to exit (process start included) and peak memory. */
export function runNode(args: string[]): ProcessRun {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", MAX_RSS, ...args], { stdio: ["ignore", "ignore", "ignore", "pipe"], maxBuffer: 1 << 20 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const kib = Number(String(r.output?.[3] ?? "").trim() || NaN);
  return { ms, rssMiB: kib / 1024, status: r.status };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Commands run alternately (A, B, A, B …) `runs` times each, so that the machine's load falls on
 * all alike; the median time and median peak memory of each.
 */
export function alternate(commands: Record<string, string[]>, runs: number): Record<string, { ms: number; rssMiB: number }> {
  const times: Record<string, ProcessRun[]> = {};
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of Object.entries(commands)) (times[name] ??= []).push(runNode(args));
  }
  const out: Record<string, { ms: number; rssMiB: number }> = {};
  for (const [name, runsOf] of Object.entries(times)) {
    out[name] = { ms: median(runsOf.map((r) => r.ms)), rssMiB: median(runsOf.map((r) => r.rssMiB)) };
  }
  return out;
}
