/**
 * Which Excel JavaScript API requirement sets KHCT needs, and what it does where a newer one is
 * missing. The manifest declares the minimum (so Office does not offer KHCT where it cannot work);
 * everything newer is checked at run time and degrades. See README › "Phiên bản Excel / Excel versions".
 */

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/**
 * ExcelApi 1.7: used range by values (1.2), merge and column widths (1.2), sheet protection state
 * (1.2), visible rows (1.3), names (1.4), freeze panes (1.7). It is the newest set Office 2019
 * (volume licensed) has; Office 2016 volume licensed stops at 1.1 and cannot run KHCT.
 */
export const MINIMUM_EXCEL_API = "1.7";

/** Features KHCT uses when the host has them. */
export interface ExcelCapabilities {
  /** ExcelApi 1.8: in-cell dropdown lists (data validation) */
  dataValidation: boolean;
  /** ExcelApi 1.8: Workbook.readOnly, to warn that changes cannot be saved to this file */
  readOnlyFlag: boolean;
  /** ExcelApi 1.9: page layout (orientation, fit to width, print titles, print area) */
  pageLayout: boolean;
  /** ExcelApi 1.9: visible cells as compact areas (hidden rows), fill pattern (no fill vs white) */
  specialCells: boolean;
  /** ExcelApi 1.10: threaded comments, to find the cells that cannot take a note */
  threadedComments: boolean;
  /** ExcelApi 1.13: reading merged areas */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes (the yellow ones, not threaded comments) */
  notes: boolean;
  /** ExcelApi 1.20: add-in writes are on the user's undo stack, and a batch can be one undo step (mergeUndoGroup) */
  undoGroups: boolean;
  /**
   * Set while a command runs as one undo group: runs a batch outside the group. Writes Excel cannot
   * undo (a sheet's visibility, on Windows and Mac) fail inside a group, so they go there, first.
   */
  outsideUndoGroup?: (batch: (context: Excel.RequestContext) => Promise<void>) => Promise<void>;
}

/** A feature a command could not use on this host; the pane tells the user. */
export type Limitation = "merges-unread" | "merges-incomplete" | "notes-unavailable" | "dropdowns-unavailable" | "print-setup-unavailable" | "read-only" | "layout-failed";

export const NO_CAPABILITIES: ExcelCapabilities = { dataValidation: false, readOnlyFlag: false, pageLayout: false, specialCells: false, threadedComments: false, mergedAreas: false, notes: false, undoGroups: false };

export function detectCapabilities(isSetSupported: IsSetSupported): ExcelCapabilities {
  const has = (v: string) => isSetSupported("ExcelApi", v);
  return {
    dataValidation: has("1.8"),
    readOnlyFlag: has("1.8"),
    pageLayout: has("1.9"),
    specialCells: has("1.9"),
    threadedComments: has("1.10"),
    mergedAreas: has("1.13"),
    notes: has("1.18"),
    undoGroups: has("1.20"),
  };
}

export function meetsMinimum(isSetSupported: IsSetSupported): boolean {
  return isSetSupported("ExcelApi", MINIMUM_EXCEL_API);
}
