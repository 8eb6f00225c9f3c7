import { statSync } from "node:fs";
import { extname } from "node:path";
import type { Lang } from "../core/rules/types";
import { NOT_READ_YET } from "./batch/check-file";
import { BATCH } from "./batch/messages";
import { UnusableInput } from "./read-input";

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * A single file of a kind KHCT does not read (.xls, .ods, .csv, .odt, .pdf …) gets the advice batch
 * mode gives for it ("open it in Excel and save it as .xlsx"), as its one sentence (exit code 2).
 */
export function refuseNotReadYet(file: string, lang: Lang): void {
  const ext = extname(file).toLowerCase();
  const kind = NOT_READ_YET[ext];
  if (!kind || !isFile(file)) return;
  throw new UnusableInput("not-read-yet", BATCH.notReadYet[kind][lang]({ file, ext }));
}
