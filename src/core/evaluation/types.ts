import type { Field } from "../plan/field";

/** What a column of a self-evaluation table holds, found from its header text. */
export type EvaluationRole =
  | "tt"
  | "criterion"
  | "mandatory" // TT57: "Tiêu chí bắt buộc" (a mark says the criterion is mandatory, not its level)
  | "failed" // "Không đạt"
  | "passed" // "Đạt" (the Mức 4 table)
  | "level1"
  | "level2"
  | "level3"
  | "levelValue" // the one-column variant: "Mức đạt được" holding "Mức 2", "Không đạt"
  | "unmetContent" // "Nội dung không đạt"
  | "metContent" // "Nội dung đã đạt" (the Mức 4 table)
  | "notes";

/** A mark ("x", "✓", "×") in a result column. */
export interface Mark {
  /** the level the column stands for: 0 "Không đạt", 1–3 "Mức 1–3"; in the Mức 4 table 0 "Không đạt", 1 "Đạt" */
  level: number;
  cell: string;
  row: number;
  col: number;
  text: string;
}

/** "levels": one row per criterion, the level it reached; "level4": one row per Mức 4 requirement. */
export type EvaluationTableKind = "levels" | "level4";

export interface EvaluationRow {
  /** 0-based sheet row */
  row: number;
  /** the cell naming the criterion ("Tiêu chí 1.2: …") or the Mức 4 requirement ("Tiêu chí 2") */
  codeField?: Field;
  /** levels table: the criterion code meant (a number 1.1 after 1.9 was typed "1.10") */
  code?: string;
  /** Mức 4 table: the requirement's number */
  requirement?: number;
  /** the standard heading above the row */
  standardNo?: number;
  /** marks in the result columns, left to right */
  marks: Mark[];
  /** one-column variant: the level as written */
  valueField?: Field;
  /** the level the row states (one mark, or a readable value); undefined when it states none or several */
  level?: number;
  /** TT57 tables: the row is marked as a mandatory criterion ("Bắt buộc" column, "(*)") */
  markedMandatory?: boolean;
}

export interface EvaluationTable {
  kind: EvaluationTableKind;
  sheet: string;
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  /** A1 range from the header's first cell to the last row's last column */
  range: string;
  left: number;
  right: number;
  criterionColumn: number;
  /** result columns, left to right, with the level each stands for */
  markColumns: { col: number; level: number }[];
  /** one-column variant: the column holding "Mức 2", "Không đạt" */
  valueColumn?: number;
  mandatoryColumn?: number;
  /** criterion (or requirement) rows, and rows with marks whose criterion cannot be read */
  rows: EvaluationRow[];
}

/** A sentence stating the school's level or national-standard degree ("Trường đạt Mức 2"). */
export interface Conclusion {
  sheet: string;
  field: Field;
  /** what it states: the school's level (Mức) or the national-standard degree (chuẩn quốc gia mức độ) */
  subject: "level" | "nationalStandard";
  /** "chưa đạt … Mức 1": the school is below `level` */
  negative: boolean;
  level: number;
}
