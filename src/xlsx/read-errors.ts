/** Why a file cannot be read; the CLI turns each into one sentence for the user. */
export type ReadFailure =
  | "missing"
  | "not-a-file"
  | "too-large"
  | "xls-or-encrypted"
  | "not-xlsx"
  | "too-many-cells"
  | "too-many-rows"
  | "too-many-parts"
  | "unzipped-too-large";

/** What the sentence about a refusal can name: the part, the sheet, the sizes and the limit. */
export interface ReadFacts {
  /** the zip entry ("xl/worksheets/sheet1.xml"); absent when all parts together are too large */
  part?: string;
  megabytes?: number;
  sheet?: string;
  /** the used range ("A1:XFD300") */
  range?: string;
  /** rows, cells or parts counted */
  count?: number;
  limit?: number;
}

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: ReadFailure,
    readonly detail = "",
    readonly facts: ReadFacts = {},
  ) {
    super(`${reason}${detail ? `: ${detail}` : ""}`);
  }
}
