/**
 * What a command writes to one sheet, as plain data. The core builds patches (template, report,
 * fixes, marks); hosts apply them in one go: the Excel host in one `context.sync()`, the .xlsx host
 * into the workbook file. A host knows nothing of plans; a patch knows nothing of hosts.
 *
 * Coordinates are 0-based (row 0 is Excel row 1, col 0 is column A); ranges are A1 strings.
 */

/** A formula written with the value the core computed, so viewers that do not recalculate show it. */
export interface FormulaValue {
  formula: string; // "=COUNTIF(E8:E40,\"x\")"
  cached: number | string;
}

export type PatchValue = string | number | boolean | null | FormulaValue;

export function isFormulaValue(v: PatchValue): v is FormulaValue {
  return typeof v === "object" && v !== null && "formula" in v;
}

/**
 * A rectangle of values written at (top, left). Strings are text and must arrive as the same text:
 * hosts give each cell the number format of `cell-input.ts` before writing ("@" on short strings
 * Excel would change, a quote prefix on long ones), so "1.10", "9/2022", "=x" and "- Tham mưu" stay
 * text.
 */
export interface Block {
  top: number;
  left: number;
  values: PatchValue[][];
}

export interface Style {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  /** fill colour "#RRGGBB"; null removes the fill */
  fill?: string | null;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right" | "justify";
  vAlign?: "top" | "center" | "bottom";
  /** thin borders on every edge of every cell of the range */
  border?: "thin" | "none";
  numberFormat?: string;
}

export interface StyledRange {
  range: string;
  style: Style;
}

/** An in-cell dropdown; free text stays allowed unless `strict`. */
export interface ListValidation {
  range: string;
  /** the items (joined length ≤ 255 characters) … */
  items?: string[];
  /** … or a reference to cells holding them: "='KHCT lists'!$A$1:$A$40" */
  source?: string;
  strict?: boolean;
  prompt?: string;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paper: "A4";
  fitToWidth: boolean;
  /** print scale in percent (10–400), used when not fitting to width: KHCT's page breaks are placed for it */
  scale?: number;
  /** page numbers centred at the top (Nghị định 30/2020), none on the first page */
  pageNumbers?: { fromPage: 2; font: string; size: number };
  /** rows repeated at the top of each printed page, e.g. "$8:$8"; null removes them */
  repeatRows?: string | null;
  /** what prints, e.g. "A1:H60" (columns for staff only, such as a status column, stay outside); null removes it */
  printArea?: string | null;
  margins?: { left: number; right: number; top: number; bottom: number; header?: number; footer?: number }; // inches
  /** rows (0-based) that start a new printed page; [] removes the sheet's manual breaks */
  pageBreaks?: number[];
}

export interface Note {
  cell: string;
  text: string;
  author?: string;
}

export interface SheetPatch {
  /** the sheet to write, or the name to give a new one */
  sheet: string;
  /** create a new sheet; the host picks a free name from `sheet` ("Kế hoạch cải tiến (2)") */
  create?: boolean;
  /** sheet visibility to set */
  visibility?: "visible" | "hidden" | "veryHidden";
  /** cells cleared — values and formats — before the blocks are written (rows a refreshed sheet no longer uses) */
  clear?: string[];
  blocks: Block[];
  styles?: StyledRange[];
  merges?: string[];
  unmerges?: string[];
  /** column widths in characters (Excel's unit) */
  columnWidths?: { col: number; width: number }[];
  hiddenColumns?: number[];
  /** points; `auto` rows keep Excel's automatic height (it grows them as staff type), starting at this height */
  rowHeights?: { row: number; height: number; auto?: boolean }[];
  validations?: ListValidation[];
  freeze?: { rows: number; columns?: number };
  print?: PrintSetup;
  notes?: Note[];
  /** cells whose note is deleted before `notes` are written (a refreshed report's old notes, see report/report-notes.ts) */
  removeNotes?: string[];
  /** workbook-level names this sheet needs ("KHCT_KEYS" → "'Báo cáo'!$J$8:$J$40") */
  names?: { name: string; range: string }[];
  /** make this the active sheet after writing */
  activate?: boolean;
}

export function emptyPatch(sheet: string): SheetPatch {
  return { sheet, blocks: [] };
}

/** A patch for several sheets at once (a report plus its hidden list sheet). */
export interface WorkbookPatch {
  sheets: SheetPatch[];
}
