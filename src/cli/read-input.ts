import type { Lang } from "../core/rules/types";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import { readWorkbookFile, WorkbookReadError, type ReadFailure } from "../xlsx/read-workbook";
import { CliError } from "./cli-error";
import { CLI } from "./messages";

/** Why an input workbook cannot be used: the reader's reasons, no sheet at all, not the sheet asked for, a kind of file KHCT does not read. */
export type InputFailure = ReadFailure | "no-sheets" | "no-sheet" | "not-read-yet";

/** A workbook a command cannot work on: one sentence (exit code 2), and its reason for machines. */
export class UnusableInput extends CliError {
  constructor(
    readonly reason: InputFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the .xlsx a command works on; every failure becomes one sentence (exit code 2). */
export async function readInputWorkbook(file: string, sheet: string | undefined, lang: Lang): Promise<WorkbookSnapshot> {
  let workbook: WorkbookSnapshot;
  try {
    workbook = await readWorkbookFile(file);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new UnusableInput(e.reason, CLI.read[e.reason][lang](file, e.facts));
    throw e;
  }
  if (workbook.sheets.length === 0) throw new UnusableInput("no-sheets", CLI.noSheets[lang]);
  if (sheet !== undefined && !workbook.sheets.some((s) => s.name === sheet)) {
    throw new UnusableInput("no-sheet", CLI.noSheet[lang]({ sheet, sheets: workbook.sheets.map((s) => `"${s.name}"`).join(", ") }));
  }
  return workbook;
}
