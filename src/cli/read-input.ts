import type { Lang } from "../core/rules/types";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import { readWorkbookFile, WorkbookReadError } from "../xlsx/read-workbook";
import { CliError } from "./main";
import { CLI } from "./messages";

/** Reads the .xlsx a command works on; every failure becomes one sentence (exit code 2). */
export async function readInputWorkbook(file: string, sheet: string | undefined, lang: Lang): Promise<WorkbookSnapshot> {
  let workbook: WorkbookSnapshot;
  try {
    workbook = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new CliError(CLI.read[e.reason][lang](file));
    throw e;
  }
  if (workbook.sheets.length === 0) throw new CliError(CLI.noSheets[lang]);
  if (sheet !== undefined && !workbook.sheets.some((s) => s.name === sheet)) {
    throw new CliError(CLI.noSheet[lang]({ sheet, sheets: workbook.sheets.map((s) => `"${s.name}"`).join(", ") }));
  }
  return workbook;
}
