import type { ZipFacts } from "../ooxml/limits";

/** Why a Word file cannot be read; the CLI and the pane turn each into one sentence. */
export type DocxFailure =
  | "missing"
  | "not-a-file"
  | "too-large"
  /** an OLE container: Word 97-2003 (.doc) or a password-protected .docx */
  | "doc-or-encrypted"
  /** not a Word .docx (an RTF or HTML file saved as .doc, a damaged zip, a package without a document) */
  | "not-docx"
  | "too-many-parts"
  | "unzipped-too-large"
  | "too-many-rows"
  | "too-many-cells";

/** What the sentence about a refusal can name: the zip's facts, and the sheet and range a table would span. */
export type DocxFacts = ZipFacts & { sheet?: string; range?: string };

export class DocxReadError extends Error {
  constructor(
    readonly reason: DocxFailure,
    readonly detail = "",
    readonly facts: DocxFacts = {},
  ) {
    super(`${reason}${detail ? `: ${detail}` : ""}`);
  }
}
