/**
 * Writes a patch's notes into a sheet: into the sheet's comments part and VML drawing when it has
 * them (its other notes, and any form controls in the drawing, stay), else into new parts related
 * from the sheet, with their content types.
 */
import type { Note } from "../core/sheet/patch";
import { CONTENT_TYPE } from "./content-types";
import { relativeTarget, resolveTarget } from "./ooxml-package";
import { addRelationship, isType, readRelationships, REL } from "./relationships";
import { distinctNotes, EMPTY_COMMENTS, emptyVml, mergeComments, mergeVmlNotes, vmlIdBlocks } from "./notes-part";
import type { WorkbookEditor } from "./workbook-editor";

export interface WrittenNotes {
  /** the sheet's relationships part, with the comments and VML relationships in it */
  sheetRels: string | undefined;
  /** the id of the sheet's relationship to its VML drawing, for <legacyDrawing> */
  vmlRelId: string;
}

/** `removed`: cells whose notes are deleted (a refreshed report's old notes), before `patchNotes` are written. */
export async function writeNotes(book: WorkbookEditor, sheetPath: string, sheetRels: string | undefined, patchNotes: Note[], removed: string[] = []): Promise<WrittenNotes> {
  const pkg = book.pkg;
  const notes = distinctNotes(patchNotes);
  let rels = sheetRels;
  const related = (type: string) => {
    const rel = readRelationships(rels).find((r) => isType(r.type, type) && !r.external);
    return rel ? { id: rel.id, path: resolveTarget(sheetPath, rel.target) } : undefined;
  };
  const relate = (type: string, path: string) => {
    const added = addRelationship(rels, type, relativeTarget(sheetPath, path));
    rels = added.xml;
    return added.id;
  };

  const comments = related(REL.comments);
  const commentsPath = comments?.path ?? pkg.freePath((n) => `${book.partsFolder()}comments${n}.xml`);
  const oldComments = comments && pkg.has(comments.path) ? await pkg.readText(comments.path) : undefined;
  pkg.writeText(commentsPath, mergeComments(oldComments ?? EMPTY_COMMENTS, notes, removed));
  if (!comments) relate(REL.comments, commentsPath);
  book.setContentType(commentsPath, CONTENT_TYPE.comments);

  const vml = related(REL.vmlDrawing);
  const vmlPath = vml?.path ?? pkg.freePath((n) => `${book.partsFolder()}drawings/vmlDrawing${n}.vml`);
  const oldVml = vml && pkg.has(vml.path) ? await pkg.readText(vml.path) : undefined;
  pkg.writeText(vmlPath, mergeVmlNotes(oldVml ?? emptyVml(await freeVmlIdBlock(book)), notes, removed));
  const vmlRelId = vml?.id ?? relate(REL.vmlDrawing, vmlPath);
  book.setContentType(vmlPath, CONTENT_TYPE.vmlDrawing);

  return { sheetRels: rels, vmlRelId };
}

/** A VML shape-id block no drawing of the workbook uses yet. */
async function freeVmlIdBlock(book: WorkbookEditor): Promise<number> {
  let max = 0;
  for (const path of book.pkg.paths().filter((p) => p.toLowerCase().endsWith(".vml"))) {
    max = Math.max(max, ...vmlIdBlocks(await book.pkg.readText(path)));
  }
  return max + 1;
}
