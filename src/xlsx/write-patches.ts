/**
 * The .xlsx host's write side: sheet patches into a workbook file.
 *
 * KHCT writes only the parts a patch is about into the user's zip: the patched sheets' parts (and
 * their notes), and the few shared parts it must touch to add them — [Content_Types].xml,
 * xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/styles.xml (formats appended), xl/sharedStrings.xml
 * (strings appended). Every other part (other sheets, drawings, charts, images, comments,
 * conditional formats, data validations, custom XML, VBA, theme, document properties) is copied as
 * it was, byte for byte. docProps/app.xml keeps its old list of sheet titles: Excel and LibreOffice
 * read the sheet list from the workbook part and rewrite app.xml on their next save.
 */
import { columnName } from "../core/sheet/address";
import type { SheetPatch } from "../core/sheet/patch";
import { checkedArea } from "./sheet-data";
import { activateSheet } from "./activate-sheet";
import { emptyWorkbookPackage } from "./new-workbook";
import { OoxmlPackage } from "./ooxml-package";
import { freeSheetName, sheetNameKey, sheetReference } from "../core/sheet/sheet-names";
import { renameSheetReferences, sheetRenames, type SheetRenames } from "../core/sheet/sheet-references";
import { isType, REL } from "./relationships";
import { WorkbookEditor } from "./workbook-editor";
import { WorkbookWriteError } from "./write-errors";
import { writeSheet, type SheetTarget } from "./write-sheet";

export interface WriteResult {
  output: Buffer;
  /** the name each patch was written to, in the order of the patches ("Kế hoạch cải tiến (2)") */
  sheetNames: string[];
  /** the parts written anew (the others are the input's bytes): what checkWrittenWorkbook checks */
  parts: string[];
}

/**
 * Writes `patches` into a copy of `input` (never changed), or into a new workbook when `input` is
 * null (every patch then creates its sheet).
 *
 * - `create: true` adds a sheet after the existing ones, under the patch's name or the first free
 *   "Name (2)", "Name (3)" …; the patches' formulas, list sources and names that refer to the name
 *   asked for are pointed at the name given.
 * - Without `create` the patch replaces the contents of the existing sheet of that name (see
 *   write-sheet.ts for what is kept and what is rewritten). `clear` and `unmerges` need no work:
 *   the whole sheet is written from the patch.
 * - `names` become workbook-level defined names (one of the same name is replaced, others kept);
 *   `print.repeatRows` becomes the sheet's _xlnm.Print_Titles and `print.printArea` its _xlnm.Print_Area
 *   (null removes them); `visibility` and `activate` set the
 *   tab's state and the sheet Excel opens on.
 */
export async function writePatches(input: Buffer | null, patches: SheetPatch[]): Promise<WriteResult> {
  const book = await WorkbookEditor.open(input ? await loadPackage(input) : emptyWorkbookPackage());
  const targets = resolveTargets(book, patches, input === null);
  const renames = sheetRenames(targets.flatMap((t, i) => (t.created ? [{ asked: patches[i].sheet, given: t.name }] : [])));
  for (let i = 0; i < patches.length; i++) await writeSheet(book, targets[i], patches[i], renames);
  patches.forEach((patch, i) => applyWorkbookSettings(book, patch, targets[i], renames));
  await settleActiveSheet(book, patches, targets, input === null);
  book.save();
  return { output: await book.pkg.toBuffer(), sheetNames: targets.map((t) => t.name), parts: book.pkg.writtenParts() };
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

async function loadPackage(input: Buffer): Promise<OoxmlPackage> {
  if (!input.subarray(0, 4).equals(ZIP_MAGIC)) throw new WorkbookWriteError("not-xlsx", "not a zip file");
  try {
    return await OoxmlPackage.load(input);
  } catch (e) {
    throw new WorkbookWriteError("not-xlsx", e instanceof Error ? e.message : String(e));
  }
}

/** Where each patch goes: new sheets are added to the tab list here, so every later step knows their index. */
function resolveTargets(book: WorkbookEditor, patches: SheetPatch[], createAll: boolean): SheetTarget[] {
  const askedNew = new Set<string>();
  return patches.map((patch) => {
    const sheets = book.workbook.sheets();
    if (patch.create || createAll) {
      const key = sheetNameKey(patch.sheet);
      if (askedNew.has(key)) throw new WorkbookWriteError("same-new-sheet-twice", patch.sheet);
      askedNew.add(key);
      const name = freeSheetName(patch.sheet, sheets.map((s) => s.name));
      const { path } = book.addWorksheet(name);
      return { name, index: sheets.length, path, created: true };
    }
    const index = findSheet(sheets.map((s) => s.name), patch.sheet);
    if (index < 0) throw new WorkbookWriteError("no-such-sheet", patch.sheet);
    const rel = book.sheetRelationship(sheets[index]);
    const path = book.sheetPath(sheets[index]);
    if (!rel || !isType(rel.type, REL.worksheet) || !path || !book.pkg.has(path)) throw new WorkbookWriteError("not-a-worksheet", sheets[index].name);
    return { name: sheets[index].name, index, path, created: false };
  });
}

/** The sheet of exactly that name, else the one Excel would take for it (names ignore case). */
function findSheet(names: string[], wanted: string): number {
  const exact = names.indexOf(wanted);
  return exact >= 0 ? exact : names.findIndex((n) => sheetNameKey(n) === sheetNameKey(wanted));
}

/** A defined name Excel accepts: letters, digits, _ . \ ; not a cell address; at most 255 characters. */
function checkName(name: string): void {
  const ok = name.length <= 255 && /^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(?:[RrCc]|R\d*C\d*)$/i.test(name);
  if (!ok) throw new WorkbookWriteError("bad-name", name);
}

function applyWorkbookSettings(book: WorkbookEditor, patch: SheetPatch, target: SheetTarget, renames: SheetRenames): void {
  for (const { name, range } of patch.names ?? []) {
    checkName(name);
    book.workbook.setDefinedName({ name, formula: renameSheetReferences(range.replace(/^=/, ""), renames) });
  }
  applyPrintNames(book, patch.print, target);
  if (patch.visibility) book.workbook.setState(target.index, patch.visibility);
}

/** The sheet's print titles (_xlnm.Print_Titles) and print area (_xlnm.Print_Area): set, removed (null), or kept (undefined). */
export function applyPrintNames(book: WorkbookEditor, print: SheetPatch["print"], target: { name: string; index: number }): void {
  const repeat = print?.repeatRows;
  if (repeat === null) book.workbook.removeDefinedName("_xlnm.Print_Titles", target.index);
  else if (repeat !== undefined) {
    if (!/^\$?\d+:\$?\d+$/.test(repeat)) throw new WorkbookWriteError("bad-address", repeat);
    book.workbook.setDefinedName({ name: "_xlnm.Print_Titles", localSheetId: target.index, formula: `${sheetReference(target.name)}!${repeat}` });
  }
  const area = print?.printArea;
  if (area === null) book.workbook.removeDefinedName("_xlnm.Print_Area", target.index);
  else if (area !== undefined) {
    const a = checkedArea(area);
    book.workbook.setDefinedName({ name: "_xlnm.Print_Area", localSheetId: target.index, formula: `${sheetReference(target.name)}!${absoluteArea(a)}` });
  }
}

/** "$A$1:$H$60" */
function absoluteArea(a: { top: number; left: number; bottom: number; right: number }): string {
  return `$${columnName(a.left)}$${a.top + 1}:$${columnName(a.right)}$${a.bottom + 1}`;
}

/**
 * The sheet Excel opens on: the last patch asking for it; in a new workbook, the first visible
 * sheet; and never a hidden sheet (Excel cannot show one): then the first visible sheet.
 */
async function settleActiveSheet(book: WorkbookEditor, patches: SheetPatch[], targets: SheetTarget[], newWorkbook: boolean): Promise<void> {
  const sheets = book.workbook.sheets();
  const firstVisible = sheets.findIndex((s) => s.state === "visible");
  if (firstVisible < 0) throw new WorkbookWriteError("no-visible-sheet");
  const asked = patches.map((p, i) => (p.activate ? targets[i].index : -1)).filter((i) => i >= 0);
  let active = asked.length ? asked[asked.length - 1] : newWorkbook ? firstVisible : book.workbook.activeTab();
  if (sheets[active]?.state !== "visible") active = firstVisible;
  if (asked.length || newWorkbook || active !== book.workbook.activeTab()) await activateSheet(book, active);
}
