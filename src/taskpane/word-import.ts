/**
 * The Word reader in the task pane: a .docx the user picked, read in the browser with the same code
 * as `khct import` (nothing leaves the machine), as the sheets to insert. Its own webpack chunk,
 * loaded when a file is picked, so the pane's first load does not carry it.
 */
import { WORD_FAILURES } from "../app/word-read-messages";
import type { Bilingual } from "../core/rules/types";
import type { SheetPatch } from "../core/sheet/patch";
import { EXCEL_DEFAULT_FONT } from "../core/print/looks";
import { importPatches } from "../docx/import-patches";
import { DocxReadError, readDocx } from "../docx/read-docx";
import { ZIP_LIMITS } from "../ooxml/limits";

/** A Word file the pane cannot read: its sentence, in both languages. */
export class WordFileError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

const MB = 1024 * 1024;

function refusal(e: DocxReadError, file: string): WordFileError {
  const reason = e.reason === "missing" || e.reason === "not-a-file" ? "not-docx" : e.reason;
  return new WordFileError({ vi: WORD_FAILURES[reason].vi(file, e.facts), en: WORD_FAILURES[reason].en(file, e.facts) });
}

/** The sheets a Word file's plan becomes, each to be created under a free name. */
export function wordSheets(bytes: Uint8Array, fileName: string): SheetPatch[] {
  try {
    if (bytes.length > ZIP_LIMITS.fileBytes) throw new DocxReadError("too-large", "", { megabytes: Math.ceil(bytes.length / MB), limit: ZIP_LIMITS.fileBytes / MB });
    // laid out for the open workbook, whose default font (Excel's Calibri 11) sets its column widths
    return importPatches(readDocx(bytes), EXCEL_DEFAULT_FONT);
  } catch (e) {
    if (e instanceof DocxReadError) throw refusal(e, fileName);
    throw e;
  }
}
