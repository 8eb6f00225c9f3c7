import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateWorkbook } from "../src/core/validate/validate";
import { exportPlan } from "../src/docx/export-plan";
import { readDocxFile } from "../src/docx/read-docx-file";
import { wordBytes } from "../src/docx/word-document";
import { readWorkbookFile } from "../src/xlsx/read-workbook";
import { writePatches } from "../src/xlsx/write-patches";
import { round } from "./core";
import { syntheticPlan } from "./plans";
import { median } from "./process";

export interface WordResult {
  rows: number;
  /** in process: median ms to read the file and validate the plan, as .xlsx and as .docx */
  workbookMs: number;
  wordMs: number;
  ratio: number;
  /** the whole command a user runs (`khct validate <file> --format json`, process start included): median ms */
  workbookProcessMs: number;
  wordProcessMs: number;
  processRatio: number;
  findings: number;
}

const ROOT = join(__dirname, "..");

/**
 * The same plan of `rows` criterion rows as a workbook and as the Word document `khct export` makes
 * of it, read from disk and validated: in process, as `khct validate` does it (node:zlib inflating
 * both), and as the whole command a user runs. Runs alternate between the two so that the machine's
 * load falls on both alike.
 */
export async function benchWord(rows = 300, runs = 9): Promise<WordResult> {
  const dir = mkdtempSync(join(tmpdir(), "khct-bench-word-"));
  try {
    const plan = syntheticPlan(rows);
    const xlsx = join(dir, "ke-hoach.xlsx");
    const docx = join(dir, "ke-hoach.docx");
    writeFileSync(xlsx, (await writePatches(null, [{ sheet: plan.name, blocks: [{ top: 0, left: 0, values: plan.values }], merges: plan.merges }])).output);
    writeFileSync(docx, await wordBytes(exportPlan({ sheets: [plan] }).spec));
    const fromWorkbook = async () => validateWorkbook(await readWorkbookFile(xlsx));
    const fromWord = async () => validateWorkbook((await readDocxFile(docx)).workbook);
    const a = (await fromWorkbook()).summary;
    const b = (await fromWord()).summary;
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`the Word plan's findings ${JSON.stringify(b)} differ from the workbook's ${JSON.stringify(a)}`);
    const times = { workbook: [] as number[], word: [] as number[] };
    for (let i = 0; i < runs; i++) {
      for (const [kind, work] of [["workbook", fromWorkbook], ["word", fromWord]] as const) {
        const t = process.hrtime.bigint();
        await work();
        times[kind].push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
    const workbookMs = median(times.workbook);
    const wordMs = median(times.word);
    // the command a user runs, from the compiled CLI
    execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], { stdio: "inherit" });
    const processes = { workbook: [] as number[], word: [] as number[] };
    for (let i = 0; i < Math.max(5, Math.ceil(runs / 2)); i++) {
      for (const [kind, file] of [["workbook", xlsx], ["word", docx]] as const) {
        const t = process.hrtime.bigint();
        spawnSync(process.execPath, [join(ROOT, "bin", "khct.js"), "validate", file, "--format", "json"], { stdio: "ignore" });
        processes[kind].push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
    const workbookProcessMs = median(processes.workbook);
    const wordProcessMs = median(processes.word);
    return {
      rows,
      workbookMs: round(workbookMs),
      wordMs: round(wordMs),
      ratio: round(wordMs / workbookMs),
      workbookProcessMs: round(workbookProcessMs),
      wordProcessMs: round(wordProcessMs),
      processRatio: round(wordProcessMs / workbookProcessMs),
      findings: a.errors + a.warnings + a.infos,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
