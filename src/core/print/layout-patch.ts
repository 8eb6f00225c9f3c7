import { applyPatchToSnapshot } from "../sheet/apply";
import type { SheetPatch } from "../sheet/patch";
import { layoutSheet, type SheetLayout } from "./layout-sheet";
import { looksOfPatch, type FontLook } from "./looks";

/**
 * A sheet KHCT builds, laid out for print before it is written: measured row heights (the
 * builder's own heights kept for rows the layout leaves alone, such as the room to sign), page
 * breaks, print area and page setup. `workbookFont` is the default font of the workbook the sheet
 * goes into.
 */
export function withLayout(patch: SheetPatch, workbookFont: FontLook): { patch: SheetPatch; layout: SheetLayout } {
  const layout = layoutSheet(applyPatchToSnapshot(null, patch), looksOfPatch(patch, workbookFont));
  return { patch: patchWithLayout(patch, layout), layout };
}

/** The patch with a layout made for it (by withLayout, or by a builder that has already laid the same patch out). */
export function patchWithLayout(patch: SheetPatch, layout: SheetLayout): SheetPatch {
  const measured = new Set(layout.rowHeights.map((h) => h.row));
  const kept = (patch.rowHeights ?? []).filter((h) => !measured.has(h.row));
  return { ...patch, rowHeights: [...kept, ...layout.rowHeights].sort((a, b) => a.row - b.row), print: { ...layout.print } };
}
