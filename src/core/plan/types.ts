import type { Layout, Role } from "../layouts/layouts";
import type { CriterionRef, Level4Ref } from "../text/criterion-ref";
import type { Field } from "./field";

export type RowKind =
  | "group" // "MỨC 1, 2, 3"
  | "standard" // "Tiêu chuẩn 3: Cơ sở vật chất …"
  | "criterion" // a row citing one criterion ("Tiêu chí 1.2")
  | "task" // another task of the criterion above (inside its merged area, or with its own lead or period)
  | "level4" // a Mức 4 requirement ("Tiêu chí 2" under MỨC 4)
  | "item"; // a row of a TT57 table (criteria cited in its text)

export interface PlanRow {
  kind: RowKind;
  /** 0-based sheet row */
  row: number;
  fields: Partial<Record<Role, Field>>;
  /** the cell holding the criterion code or the standard heading */
  codeField?: Field;
  /** criterion rows: the code as written */
  ref?: CriterionRef;
  /** the code the row most probably means (a numeric 1.1 after 1.9 was typed "1.10") */
  code?: string;
  /** criterion rows whose code cell cannot be read ("Tiêu chí 1.a", "- 1.x", the number 2023) */
  unreadableCode?: boolean;
  /** criterion rows holding a whole number Excel made of a code under digit grouping (110): the codes it may stand for ("1.10") */
  groupedCodes?: string[];
  /** item rows: criteria cited in the text, with the field citing them */
  refs?: { ref: CriterionRef; field: Field }[];
  /** group rows */
  levels?: number[];
  /** standard rows */
  standardNo?: number;
  standardTitle?: string;
  level4?: Level4Ref;
  /** context in effect for this row */
  group?: PlanRow;
  standardRow?: PlanRow;
  /** task rows: the criterion (or item) row they belong to */
  parent?: PlanRow;
}

export interface PlanTable {
  sheet: string;
  layout: Layout;
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  /** A1 range from the header's first cell to the last row's last column */
  range: string;
  columns: Partial<Record<Role, number>>;
  /** the header text of each column, as written (for messages) */
  headers: Partial<Record<Role, string>>;
  left: number;
  right: number;
  rows: PlanRow[];
}
