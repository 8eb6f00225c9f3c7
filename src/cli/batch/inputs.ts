import { readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import type { Lang } from "../../core/rules/types";
import { CliError } from "../cli-error";
import { NOT_READ_YET, READ_EXTENSIONS } from "./check-file";
import { BATCH } from "./messages";

/** Hidden files, Excel's lock files (~$ke-hoach.xlsx) and KHCT's own temporary files are never inputs. */
function isSkipped(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$") || name.endsWith(".khct-tmp");
}

/** A file a folder holds that the batch looks at: a workbook, a Word document, or a document it reports as not read yet. */
function isCandidate(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return !isSkipped(name) && (READ_EXTENSIONS.has(ext) || ext in NOT_READ_YET);
}

async function filesOf(folder: string, recursive: boolean): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (recursive && !isSkipped(entry.name)) out.push(...(await filesOf(path, true)));
    } else if (entry.isFile() && isCandidate(entry.name)) out.push(path);
  }
  return out;
}

export interface InputOptions {
  /** walk subfolders too */
  recursive: boolean;
  /** paths never taken as inputs (the summary KHCT writes) */
  exclude: string[];
}

/**
 * The files a batch checks: the files named (whatever their extension: the reader says what they
 * are) and, for each folder named, its .xlsx/.xlsm and .docx/.doc files and the documents KHCT
 * reports as not read yet (.xls, .xlsb, .ods, .csv, .odt, .pdf), sorted, each once. Subfolders only with
 * `recursive`. A path that does not exist, or nothing to check, is a usage error (exit code 2).
 */
export async function batchInputs(paths: string[], options: InputOptions, lang: Lang): Promise<string[]> {
  const excluded = new Set(options.exclude.map((p) => resolve(p)));
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (file: string) => {
    const key = resolve(file);
    if (seen.has(key) || excluded.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const path of paths) {
    const s = await stat(path).catch(() => undefined);
    if (!s) throw new CliError(BATCH.missingPath[lang](path));
    if (!s.isDirectory()) {
      add(path);
      continue;
    }
    const found = (await filesOf(path, options.recursive)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    found.forEach(add);
  }
  if (files.length === 0) throw new CliError(BATCH.nothingToCheck[lang](paths.map((p) => `"${p}"`).join(", ")));
  return files;
}
