import type { Lang } from "../core/rules/types";
import type { DocxFacts, DocxFailure } from "../docx/read-errors";
import { WORD_FAILURES } from "../app/word-read-messages";
import { READ_FAILURES } from "./read-messages";

export { WORD_PLACE } from "../app/word-read-messages";

/** Why a Word file cannot be read, and what to do about it: one sentence each (a missing file said as for a workbook). */
export const WORD_READ_FAILURES = {
  ...WORD_FAILURES,
  missing: READ_FAILURES.missing,
  "not-a-file": READ_FAILURES["not-a-file"],
} satisfies Record<DocxFailure, Record<Lang, (file: string, facts: DocxFacts) => string>>;
