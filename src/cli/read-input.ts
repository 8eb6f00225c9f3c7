import { extname } from "node:path";
import type { Lang } from "../core/rules/types";
import type { WorkbookSnapshot } from "../core/sheet/snapshot";
import { DocxReadError, type DocxFailure } from "../docx/read-errors";
import type { WordSources } from "../docx/to-workbook";
import { WorkbookReadError, type ReadFailure } from "../xlsx/read-errors";
import { CliError } from "./cli-error";
import { CLI } from "./messages";
import { WORD_READ_FAILURES } from "./word-read-messages";

/** Why an input file cannot be used: the readers' reasons, no sheet at all, not the sheet asked for, a kind of file KHCT does not read. */
export type InputFailure = ReadFailure | DocxFailure | "no-sheets" | "no-sheet" | "not-read-yet";

/** A file a command cannot work on: one sentence (exit code 2), and its reason for machines. */
export class UnusableInput extends CliError {
  constructor(
    readonly reason: InputFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Files read as Word documents (a .doc is told apart when read: a real one is refused with its own sentence). */
export const WORD_EXTENSIONS = new Set([".docx", ".docm", ".dotx", ".doc"]);

export function isWordFile(file: string): boolean {
  return WORD_EXTENSIONS.has(extname(file).toLowerCase());
}

/** What a command reads: the workbook's (or the Word document's) sheets, and for a Word file where each cell came from. */
export interface InputDocument {
  workbook: WorkbookSnapshot;
  sources?: WordSources;
}

/** Reads a workbook or a Word file; each reader loads when a file of its kind is read. */
async function readAny(file: string, lang: Lang): Promise<InputDocument> {
  try {
    if (isWordFile(file)) {
      const doc = await (await import("../docx/read-docx-file")).readDocxFile(file);
      return { workbook: doc.workbook, sources: doc.sources };
    }
    return { workbook: await (await import("../xlsx/read-workbook")).readWorkbookFile(file) };
  } catch (e) {
    if (e instanceof WorkbookReadError) throw new UnusableInput(e.reason, CLI.read[e.reason][lang](file, e.facts));
    if (e instanceof DocxReadError) throw new UnusableInput(e.reason, WORD_READ_FAILURES[e.reason][lang](file, e.facts));
    throw e;
  }
}

/** Reads the .xlsx or .docx a command works on; every failure becomes one sentence (exit code 2). */
export async function readInput(file: string, sheet: string | undefined, lang: Lang): Promise<InputDocument> {
  const input = await readAny(file, lang);
  const { workbook } = input;
  if (workbook.sheets.length === 0) throw new UnusableInput("no-sheets", CLI.noSheets[lang]);
  if (sheet !== undefined && !workbook.sheets.some((s) => s.name === sheet)) {
    throw new UnusableInput("no-sheet", CLI.noSheet[lang]({ sheet, sheets: workbook.sheets.map((s) => `"${s.name}"`).join(", ") }));
  }
  return input;
}

/** Reads the workbook (or Word document) a command works on, as sheets. */
export async function readInputWorkbook(file: string, sheet: string | undefined, lang: Lang): Promise<WorkbookSnapshot> {
  return (await readInput(file, sheet, lang)).workbook;
}
