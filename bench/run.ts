/**
 * `npm run bench`: a benchmark, not a test. Prints a table and writes bench/results.json
 * ({ machine, core, syncs, batch, bundleGzipKB }) so runs can be compared.
 */
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { benchCore } from "./core";

async function main() {
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
  console.log(`KHCT bench on ${machine.cpus} × ${machine.cpu}, Node ${machine.node}\n`);
  const core = benchCore([100, 1_000, 10_000, 100_000]);
  console.log("core: snapshot → diagnostics (validate) and → report patch");
  console.table(core);
  const ratio = core[3].validateMs / core[2].validateMs;
  console.log(`100,000 rows take ${ratio.toFixed(1)}× the time of 10,000 (target ≤ 12×); 10,000 rows validated in ${core[2].validateMs} ms (target < 200 ms)\n`);
  const results = { machine, core, syncs: [] as unknown[], batch: null as unknown, bundleGzipKB: null as number | null };
  writeFileSync(join(__dirname, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log("written: bench/results.json");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
