import type { CellValue } from "../sheet/snapshot";

/**
 * What KHCT keeps inside a workbook, so that the add-in, the `khct` command and a colleague who opens
 * the file on another computer all see the same thing: the school's profile, the cells validation
 * marked (with the fill each had before) and the fixes the pane wrote (with what each cell held).
 */
export interface SchoolProfile {
  /** a school type id ("thpt", "th-thcs" …), see standards/school-types */
  schoolType?: string;
  /** a standard set id ("tt18-2018" …), see standards/standard-sets.json */
  standardSet?: string;
  schoolName?: string;
  governingBody?: string;
  /** school year, "2023-2024" */
  year?: string;
  /** the name printed under the signature of the plan and the report */
  signerName?: string;
}

export const PROFILE_KEYS = ["schoolType", "standardSet", "schoolName", "governingBody", "year", "signerName"] as const satisfies readonly (keyof SchoolProfile)[];

/** A cell validation marked: where it is now, why, and the fill to give back when the mark is cleared. */
export interface MarkRecord {
  sheet: string;
  /** A1 address where the cell is now (Excel moves the stored reference when rows are inserted) */
  cell: string;
  /** rule ids that marked it, e.g. ["criterion/unknown"] */
  rules: string[];
  /** "#RRGGBB" the cell had before marking; null for no fill */
  originalFill: string | null;
  /** "#RRGGBB" KHCT painted; a cell whose fill is no longer this was recoloured by the user */
  markFill: string;
  /** true when KHCT added a note to the cell (and so may remove it) */
  note: boolean;
}

/** What a cell holds: enough to put it back exactly. */
export interface CellContent {
  value: CellValue;
  /** "=…" for a formula cell */
  formula: string | null;
  numberFormat: string | null;
}

/** One fix the pane wrote, so that it can be undone from the pane (Excel cannot undo add-in writes). */
export interface FixRecord {
  /** "F1", "F2" … in the order the fixes were made */
  id: string;
  sheet: string;
  cell: string;
  rule: string;
  before: CellContent;
  /** the text written */
  after: string;
  /** ISO time of the fix */
  at: string;
}

export interface KhctStore {
  profile: SchoolProfile;
  marks: MarkRecord[];
  fixes: FixRecord[];
}

export function emptyStore(): KhctStore {
  return { profile: {}, marks: [], fixes: [] };
}
