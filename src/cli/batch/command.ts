import { statSync } from "node:fs";
import { dirname, extname, resolve } from "node:path";
import type { Lang } from "../../core/rules/types";
import { CliError } from "../cli-error";
import { exists, writeAtomically } from "../files";
import type { Io } from "../main";
import { CLI } from "../messages";
import { BATCH } from "./messages";
import { batchInputs } from "./inputs";
import { checkFiles } from "./pool";
import { ProgressBar } from "./progress";
import { batchExitCode, fileLine, sortForSummary, totalsOf } from "./results";
import { summaryPatch } from "./summary-sheet";

export interface BatchOptions {
  sheet?: string;
  standardSet?: string;
  format: "text" | "json";
  /** the summary workbook to write */
  summary?: string;
  force: boolean;
  recursive: boolean;
}

/** Refuses, before any work, a summary KHCT could not write or would overwrite without --force. */
function checkSummaryTarget(path: string, force: boolean, lang: Lang): void {
  if (extname(path).toLowerCase() !== ".xlsx") throw new CliError(BATCH.summaryNotXlsx[lang](path));
  const folder = dirname(resolve(path));
  if (!exists(folder) || !statSync(folder).isDirectory()) throw new CliError(BATCH.summaryFolderMissing[lang](dirname(path)));
  if (exists(path) && !force) throw new CliError(CLI.outputExists[lang](path));
}

/**
 * `khct validate <folder|files…>`: checks every file on all cores, prints one line (or one JSON
 * object) per file, worst first, and writes the summary workbook when asked. A file that cannot be
 * read gets its sentence and the run goes on. Exit codes: 0 every file read and without errors,
 * 1 errors or a file not read, 2 usage errors.
 */
export async function validateBatch(paths: string[], options: BatchOptions, lang: Lang, io: Io): Promise<number> {
  if (options.summary !== undefined) checkSummaryTarget(options.summary, options.force, lang);
  const files = await batchInputs(paths, { recursive: options.recursive, exclude: options.summary ? [options.summary] : [] }, lang);
  const bar = io.tty ? new ProgressBar(files.length, io.err, process.stderr.columns) : undefined;
  const checked = await checkFiles(files, { sheet: options.sheet, standardSet: options.standardSet, lang }, { onResult: (r) => bar?.tick(r.file) });
  bar?.clear();
  const results = sortForSummary(checked);
  if (options.format === "json") {
    for (const r of results) io.out(`${JSON.stringify(r)}\n`);
  } else {
    for (const r of results) io.out(`${fileLine(r, lang)}\n`);
    io.out(`${BATCH.total[lang](totalsOf(results))}\n`);
  }
  if (options.summary !== undefined) {
    const { writePatches } = await import("../../xlsx/write-patches");
    const { output } = await writePatches(null, [summaryPatch(results, lang)]);
    await writeAtomically(resolve(options.summary), output);
    (options.format === "json" ? io.err : io.out)(`${BATCH.summaryWritten[lang](options.summary)}\n`);
  }
  return batchExitCode(results);
}
