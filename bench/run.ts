/**
 * `npm run bench`: a benchmark, not a test. Prints its tables, then issue 13's targets, each figure
 * of this one run beside its target, and writes bench/results.json ({ machine, commands, core,
 * targets, syncs, batch, word, bundleGzipKB, wordChunkGzipKB }) so runs can be compared.
 * `npm run bench -- --quick`: fewer runs and sizes (no 100,000-row core, 20,000 rows for the large
 * file), for everyday use; it prints what it measured and writes nothing.
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { benchBatch } from "./batch";
import { benchCommands } from "./commands";
import { benchCore } from "./core";
import { benchSyncs, SYNC_ROWS, syncTable, type SyncResult } from "./syncs";
import { benchWord } from "./word";
import { printTargets, targetLines } from "./targets";
import { bundleSizes } from "../scripts/bundle-size";

async function main() {
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
  console.log(`KHCT bench on ${machine.cpus} × ${machine.cpu}, Node ${machine.node}\n`);
  const quick = process.argv.includes("--quick");
  const batch = await benchBatch(quick ? 60 : 200, 100);
  console.log(`CLI: khct validate <folder> --format json over ${batch.files} workbooks of ${batch.rowsPerFile} rows, ${batch.threads} worker threads`);
  console.table([batch]);
  console.log(`${batch.files} workbooks in ${batch.seconds} s, ${batch.filesPerSecond} files/s (target ≥ 150 files/s)\n`);
  const commands = await benchCommands(quick ? 3 : 7, quick ? 20_000 : 80_000);
  console.log("whole commands (process start included), medians of alternating runs: the zlib floor (bench/floor.js), khct validate, khct report; peak resident memory");
  console.table(commands);
  const core = benchCore(quick ? [100, 1_000, 10_000] : [100, 1_000, 10_000, 100_000]);
  console.log("core: snapshot → diagnostics (validate) and → report patch");
  console.table(core);
  console.log(`10,000 rows validated in ${core[2].validateMs} ms in the core (target < 200 ms)\n`);
  const targets = targetLines(commands, core, batch);
  console.log("issue 13's targets, from this run:");
  printTargets(targets);
  console.log("");
  if (quick) return;
  const word = await benchWord(300);
  console.log("A 300-row plan read from disk and validated: as .xlsx, and as the .docx `khct export` makes of it (medians)");
  console.table([word]);
  console.log(`the Word plan takes ${word.ratio}× the workbook's time in process, ${word.processRatio}× as the whole command (target ≤ 1.5×)\n`);
  const syncs: SyncResult[] = [];
  for (const rows of SYNC_ROWS) syncs.push(...(await benchSyncs(rows)));
  console.log("Excel host against the test double (Excel on the web's 5 MB limits): round trips (syncs) per command");
  console.table(syncTable(syncs));
  const uneven = syncs.filter((s) => s.rows === SYNC_ROWS[0] && syncs.find((l) => l.rows === SYNC_ROWS[1] && l.command === s.command)?.syncs !== s.syncs);
  console.log(uneven.length ? `sync counts differ between 100 and 1,000 rows: ${uneven.map((u) => u.command).join(", ")}\n` : "sync counts are the same at 100 and 1,000 rows (one band); at 10,000 rows banding adds what the last column says\n");
  let bundleGzipKB: number | null = null;
  let wordChunkGzipKB: number | null = null;
  try {
    const sizes = bundleSizes();
    bundleGzipKB = Math.round(sizes.filter((s) => s.firstLoad).reduce((n: number, s: { gzipKB: number }) => n + s.gzipKB, 0) * 10) / 10;
    wordChunkGzipKB = sizes.find((s) => s.entry === "word")?.gzipKB ?? null;
    console.log(`task-pane JavaScript: ${bundleGzipKB} KB gzip at first load (budget 200); the Word reader, loaded on demand: ${wordChunkGzipKB} KB gzip\n`);
  } catch {
    console.log("task-pane JavaScript: not built (run npm run build first)\n");
  }
  const results = { machine, commands, core, targets, syncs, batch, word, bundleGzipKB, wordChunkGzipKB };
  writeFileSync(join(__dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("written: bench/results.json");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
