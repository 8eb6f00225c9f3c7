/**
 * Writes one patch into one worksheet part: a new sheet, or an existing sheet whose contents the
 * patch replaces (the report builder writes the whole report, staff's typing included).
 *
 * Replacing a sheet
 * - rewrites from the patch: the cells (values, formulas, formats), the rows (heights; hidden rows
 *   and outline levels are not in a patch and are lost), the used range (<dimension>) and the merged
 *   areas; and, only when the patch sets them: column widths and hidden columns (<cols>), dropdown
 *   lists (<dataValidations>), frozen panes (the pane of the first <sheetView>; zoom, grid lines and
 *   the rest of the view kept), print setup (<pageSetup> attributes paperSize, orientation,
 *   fitToWidth/fitToHeight or scale, others kept; <sheetPr><pageSetUpPr fitToPage>; <pageMargins>;
 *   <headerFooter> when the patch asks for page numbers; manual <rowBreaks>), and the
 *   notes of the cells it writes notes for (see notes-part.ts);
 * - keeps as they were: drawings (charts, images, shapes: <drawing> and its relationship), the
 *   sheet's other notes and its VML drawing, conditional formats, sheet protection, auto-filter,
 *   hyperlinks, print options, header and footer and page breaks (unless the patch sets them), form controls, OLE objects,
 *   background picture, extension data (<extLst>, so Excel 2010+ conditional formats and lists
 *   stored there stay too), and every relationship of the sheet;
 * - refuses (WorkbookWriteError "sheet-has-table") a sheet holding an Excel table or a PivotTable:
 *   their header cells must match the table's definition, and the patch rewrites the cells;
 * - loses the old cells' own formats and the old merges (they belonged to the old contents), and the
 *   workbook's calculation chain (see WorkbookEditor.dropCalcChain).
 */
import { digitPixels } from "../core/measure/excel-geometry";
import type { SheetPatch } from "../core/sheet/patch";
import { CONTENT_TYPE } from "./content-types";
import { relsPathOf } from "./ooxml-package";
import { isType, readRelationships, REL } from "./relationships";
import { renderSheetData } from "./sheet-data";
import type { SheetRenames } from "../core/sheet/sheet-references";
import type { WorkbookEditor } from "./workbook-editor";
import { composeWorksheet, elementsOf } from "./worksheet-compose";
import { patchElements } from "./worksheet-elements";
import { WorkbookWriteError } from "./write-errors";
import { writeNotes } from "./write-notes";

export interface SheetTarget {
  name: string;
  /** index in the tab list */
  index: number;
  path: string;
  created: boolean;
}

export async function writeSheet(book: WorkbookEditor, target: SheetTarget, patch: SheetPatch, renames: SheetRenames): Promise<void> {
  const relsPath = relsPathOf(target.path);
  const oldRels = await book.pkg.readTextIfPresent(relsPath);
  const oldXml = await book.pkg.readText(target.path);
  if (!target.created) {
    if (readRelationships(oldRels).some((r) => isType(r.type, REL.table) || isType(r.type, REL.pivotTable))) {
      throw new WorkbookWriteError("sheet-has-table", target.name);
    }
    book.dropCalcChain();
  }
  const { sheetData, dimension } = renderSheetData(patch, { styles: book.styles, strings: book.strings, renames });
  let rels = oldRels;
  let legacyDrawingRelId: string | undefined;
  if (patch.notes?.length || patch.removeNotes?.length) {
    const written = await writeNotes(book, target.path, rels, patch.notes ?? [], patch.removeNotes);
    rels = written.sheetRels;
    legacyDrawingRelId = written.vmlRelId;
  }
  const digitPx = digitPixels(book.styles.workbookFont());
  const xml = composeWorksheet(oldXml, patchElements(patch, elementsOf(oldXml), { sheetData, dimension, legacyDrawingRelId }, renames, digitPx));
  book.pkg.writeText(target.path, xml);
  if (rels !== undefined && rels !== oldRels) {
    book.pkg.writeText(relsPath, rels);
    book.setContentType(relsPath, CONTENT_TYPE.relationships);
  }
}
