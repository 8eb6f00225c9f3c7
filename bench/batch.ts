import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetPatch } from "../src/core/sheet/patch";
import { writePatches } from "../src/xlsx/write-patches";
import { syntheticPlan } from "./plans";
import { round } from "./core";

export interface BatchResult {
  files: number;
  rowsPerFile: number;
  seconds: number;
  filesPerSecond: number;
  threads: number;
  exitCode: number;
  linesOut: number;
}

const ROOT = join(__dirname, "..");

/** A folder of `files` plan workbooks of `rows` criterion rows each, each for another school. */
async function writePlans(dir: string, files: number, rows: number): Promise<void> {
  const plan = syntheticPlan(rows);
  for (let i = 1; i <= files; i++) {
    const values = plan.values.map((r) => [...r]);
    values[1][0] = `TRƯỜNG THPT SỐ ${i}`;
    const patch: SheetPatch = { sheet: "Kế hoạch", blocks: [{ top: 0, left: 0, values }], merges: ["A4:I4"] };
    writeFileSync(join(dir, `truong-${String(i).padStart(3, "0")}.xlsx`), (await writePatches(null, [patch])).output);
  }
}

/** One run of `khct validate <folder> --format json` as its own process: seconds and what it printed. */
async function runBatch(dir: string): Promise<{ seconds: number; code: number; stdout: string }> {
  const started = process.hrtime.bigint();
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
    execFile(process.execPath, [join(ROOT, "bin", "khct.js"), "validate", dir, "--format", "json"], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 2) : 0, stdout }),
    );
  });
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, code, stdout };
}

/**
 * The CLI over an education office's folder: `khct validate <folder> --format json` run as its own
 * process from the bundled dist/ (built first), so the time includes process and worker start. The
 * median of `runs` runs over the same folder (one run on a shared machine varies by ±10 %).
 */
export async function benchBatch(files = 200, rows = 50, runs = 3): Promise<BatchResult> {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], { stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "khct-bench-"));
  try {
    await writePlans(dir, files, rows);
    const all: { seconds: number; code: number; stdout: string }[] = [];
    for (let i = 0; i < runs; i++) all.push(await runBatch(dir));
    const { seconds, code, stdout } = [...all].sort((a, b) => a.seconds - b.seconds)[Math.floor(all.length / 2)];
    const linesOut = stdout.trim().split("\n").length;
    if (linesOut !== files) throw new Error(`khct printed ${linesOut} JSON lines for ${files} files`);
    return {
      files,
      rowsPerFile: rows,
      seconds: round(seconds),
      filesPerSecond: round(files / seconds),
      threads: availableParallelism(),
      exitCode: code,
      linesOut,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
