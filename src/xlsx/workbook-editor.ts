/**
 * The workbook-level parts every write goes through: the package's content types, the workbook and
 * its relationships, styles and shared strings. Each is read once, edited in memory and written back
 * on `save()` only if it changed.
 */
import { CONTENT_TYPE, CONTENT_TYPES_PATH, ensureOverride, removeOverride } from "./content-types";
import { DEFAULT_STYLES } from "./new-workbook";
import { OoxmlPackage, relativeTarget, relsPathOf, resolveTarget } from "./ooxml-package";
import { addRelationship, isType, readRelationships, REL, removeRelationships, type Relationship } from "./relationships";
import { EMPTY_SHARED_STRINGS, SharedStringsPart } from "./shared-strings-part";
import { StylesPart } from "./styles-part";
import { WorkbookPart, type SheetEntry } from "./workbook-part";
import { NEW_WORKSHEET } from "./worksheet-compose";
import { WorkbookWriteError } from "./write-errors";

export class WorkbookEditor {
  private readonly originals: Map<string, string>;

  private constructor(
    readonly pkg: OoxmlPackage,
    readonly workbookPath: string,
    readonly workbook: WorkbookPart,
    private workbookRels: string,
    private contentTypes: string,
    readonly styles: StylesPart,
    readonly strings: SharedStringsPart,
    private readonly stylesPath: string | undefined,
    private readonly stringsPath: string | undefined,
  ) {
    this.originals = new Map([
      [relsPathOf(workbookPath), workbookRels],
      [CONTENT_TYPES_PATH, contentTypes],
    ]);
  }

  static async open(pkg: OoxmlPackage): Promise<WorkbookEditor> {
    const rootRels = readRelationships(await pkg.readTextIfPresent("_rels/.rels"));
    const main = rootRels.find((r) => isType(r.type, REL.officeDocument) && !r.external);
    const workbookPath = main ? resolveTarget("", main.target) : "";
    const contentTypes = await pkg.readTextIfPresent(CONTENT_TYPES_PATH);
    if (!main || !pkg.has(workbookPath) || contentTypes === undefined) throw new WorkbookWriteError("not-xlsx", "no workbook part");
    const workbookRels = (await pkg.readTextIfPresent(relsPathOf(workbookPath))) ?? "";
    const rels = readRelationships(workbookRels);
    const partOf = (type: string) => {
      const rel = rels.find((r) => isType(r.type, type) && !r.external);
      const path = rel ? resolveTarget(workbookPath, rel.target) : undefined;
      return path && pkg.has(path) ? path : undefined;
    };
    const stylesPath = partOf(REL.styles);
    const stringsPath = partOf(REL.sharedStrings);
    const styles = new StylesPart(stylesPath ? await pkg.readText(stylesPath) : DEFAULT_STYLES);
    const strings = new SharedStringsPart(stringsPath ? await pkg.readText(stringsPath) : EMPTY_SHARED_STRINGS);
    return new WorkbookEditor(pkg, workbookPath, new WorkbookPart(await pkg.readText(workbookPath)), workbookRels, contentTypes, styles, strings, stylesPath, stringsPath);
  }

  relationships(): Relationship[] {
    return readRelationships(this.workbookRels);
  }

  /** The relationship behind a sheet of the tab list. */
  sheetRelationship(sheet: SheetEntry): Relationship | undefined {
    return this.relationships().find((r) => r.id === sheet.relId);
  }

  /** The part a sheet is stored in, or undefined. */
  sheetPath(sheet: SheetEntry): string | undefined {
    const rel = this.sheetRelationship(sheet);
    return rel && !rel.external ? resolveTarget(this.workbookPath, rel.target) : undefined;
  }

  /** Adds a relationship from the workbook to `path`; returns its id. */
  relateFromWorkbook(type: string, path: string): string {
    const { xml, id } = addRelationship(this.workbookRels || undefined, type, relativeTarget(this.workbookPath, path));
    this.workbookRels = xml;
    return id;
  }

  setContentType(path: string, type: string): void {
    this.contentTypes = ensureOverride(this.contentTypes, path, type);
  }

  /** A new, empty worksheet part at the end of the tab list. */
  addWorksheet(name: string): { entry: SheetEntry; path: string } {
    const path = this.pkg.freePath((n) => `${this.partsFolder()}worksheets/sheet${n}.xml`);
    this.pkg.writeText(path, NEW_WORKSHEET);
    const relId = this.relateFromWorkbook(REL.worksheet, path);
    this.setContentType(path, CONTENT_TYPE.worksheet);
    return { entry: this.workbook.addSheet(name, relId), path };
  }

  /** The folder of the workbook part, where its parts go ("xl/"). */
  partsFolder(): string {
    const i = this.workbookPath.lastIndexOf("/");
    return i < 0 ? "" : this.workbookPath.slice(0, i + 1);
  }

  /**
   * Drops the calculation chain. Excel lists in it the formula cells of every sheet; after a sheet is
   * rewritten it would name cells that no longer hold formulas, which Excel reports as damage. Excel
   * rebuilds the chain on its next calculation.
   */
  dropCalcChain(): void {
    const chains = this.relationships().filter((r) => isType(r.type, REL.calcChain));
    if (chains.length === 0) return;
    for (const rel of chains) {
      const path = resolveTarget(this.workbookPath, rel.target);
      this.pkg.remove(path);
      this.contentTypes = removeOverride(this.contentTypes, path);
    }
    this.workbookRels = removeRelationships(this.workbookRels, new Set(chains.map((r) => r.id)));
  }

  /** Writes back the workbook-level parts that changed. */
  save(): void {
    const styles = this.styles.serialize();
    if (styles !== undefined || !this.stylesPath) this.writeWorkbookPart(this.stylesPath, "styles.xml", REL.styles, CONTENT_TYPE.styles, styles ?? DEFAULT_STYLES);
    const strings = this.strings.serialize();
    if (strings !== undefined) this.writeWorkbookPart(this.stringsPath, "sharedStrings.xml", REL.sharedStrings, CONTENT_TYPE.sharedStrings, strings);
    const workbook = this.workbook.serialize();
    if (workbook !== undefined) this.pkg.writeText(this.workbookPath, workbook);
    this.writeIfChanged(relsPathOf(this.workbookPath), this.workbookRels);
    this.writeIfChanged(CONTENT_TYPES_PATH, this.contentTypes);
  }

  /** Writes a part the workbook relates to, creating the part, its relationship and its content type if it had none. */
  private writeWorkbookPart(path: string | undefined, name: string, relType: string, contentType: string, xml: string): void {
    if (path) {
      this.pkg.writeText(path, xml);
      return;
    }
    const created = `${this.partsFolder()}${name}`;
    this.pkg.writeText(created, xml);
    this.relateFromWorkbook(relType, created);
    this.setContentType(created, contentType);
  }

  private writeIfChanged(path: string, xml: string): void {
    if (this.originals.get(path) !== xml) this.pkg.writeText(path, xml);
  }
}
