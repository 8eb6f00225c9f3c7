/**
 * `xl/workbook.xml`: the list of sheets (name, id, relationship, visibility), the defined names and
 * the active tab. Each edit touches only the element it is about; the rest stays as written.
 */
import { escapeAttribute, escapeText } from "./xml-escape";
import {
  attributes,
  findChild,
  insertChildAt,
  joinElement,
  localName,
  parseDocument,
  prefixForNamespace,
  prefixOf,
  qualify,
  replaceChildAt,
  serializeDocument,
  splitElement,
  withAttributes,
  appendChildren,
  withChildren,
  type SplitElement,
  type XmlDocument,
} from "./xml-raw";

const RELS_NS = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];

/** Children of <workbook>, in schema order (elements of extensions sit before <bookViews>). */
const WORKBOOK_ORDER = ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: SheetState;
}

export interface DefinedName {
  name: string;
  /** the formula, without "=" */
  formula: string;
  /** set for a name local to one sheet (its index in the sheet list) */
  localSheetId?: number;
}

export class WorkbookPart {
  private doc: XmlDocument;
  private root: SplitElement;
  private readonly relPrefix: string;
  private changed = false;

  constructor(xml: string) {
    this.doc = parseDocument(xml);
    this.root = splitElement(this.doc.root);
    let prefix: string | undefined;
    for (const ns of RELS_NS) prefix ??= prefixForNamespace(this.root.startTag, ns);
    if (prefix === undefined) {
      prefix = "r";
      this.root = { ...this.root, startTag: withAttributes(this.root.startTag, { "xmlns:r": RELS_NS[0] }) };
    }
    this.relPrefix = prefix;
  }

  private q(name: string): string {
    return qualify(prefixOf(this.root.qname), name);
  }

  private child(name: string): SplitElement | undefined {
    const el = findChild(this.root.children, name);
    return el ? splitElement(el.raw) : undefined;
  }

  /** Replaces the child `name` (or inserts it at its place in schema order). */
  private putChild(name: string, split: SplitElement): void {
    const raw = joinElement(split);
    const at = this.root.children.findIndex((c) => localName(c.qname) === name);
    if (at >= 0) {
      this.root = replaceChildAt(this.root, at, { qname: this.root.children[at].qname, raw });
    } else {
      const rank = WORKBOOK_ORDER.indexOf(name);
      const before = this.root.children.findIndex((c) => WORKBOOK_ORDER.indexOf(localName(c.qname)) > rank);
      this.root = insertChildAt(this.root, before < 0 ? this.root.children.length : before, { qname: this.q(name), raw });
    }
    this.changed = true;
  }

  private emptyChild(name: string): SplitElement {
    return splitElement(`<${this.q(name)}></${this.q(name)}>`);
  }

  sheets(): SheetEntry[] {
    const sheets = this.child("sheets");
    if (!sheets) return [];
    return sheets.children
      .filter((c) => localName(c.qname) === "sheet")
      .map((c) => {
        const a = attributes(c.raw);
        const state = a.get("state");
        return {
          name: a.get("name") ?? "",
          sheetId: Number(a.get("sheetId") ?? 0),
          relId: a.get(qualify(this.relPrefix, "id")) ?? "",
          state: state === "hidden" || state === "veryHidden" ? state : "visible",
        };
      });
  }

  /** Appends a sheet to the tab list; returns its entry. */
  addSheet(name: string, relId: string): SheetEntry {
    const sheetId = Math.max(0, ...this.sheets().map((s) => s.sheetId)) + 1;
    const sheets = this.child("sheets") ?? this.emptyChild("sheets");
    const q = this.q("sheet");
    const raw = `<${q} name="${escapeAttribute(name)}" sheetId="${sheetId}" ${qualify(this.relPrefix, "id")}="${escapeAttribute(relId)}"/>`;
    this.putChild("sheets", appendChildren(sheets, [{ qname: q, raw }]));
    return { name, sheetId, relId, state: "visible" };
  }

  setState(index: number, state: SheetState): void {
    const sheets = this.child("sheets")!;
    const at = sheets.children.map((c, i) => (localName(c.qname) === "sheet" ? i : -1)).filter((i) => i >= 0)[index];
    const el = sheets.children[at];
    if ((attributes(el.raw).get("state") ?? "visible") === state) return;
    this.putChild("sheets", replaceChildAt(sheets, at, { qname: el.qname, raw: withAttributes(el.raw, { state: state === "visible" ? null : state }) }));
  }

  /** Adds a defined name, replacing one of the same name and scope (names ignore case in Excel). */
  setDefinedName(name: DefinedName): void {
    const names = this.child("definedNames") ?? this.emptyChild("definedNames");
    const same = (raw: string) => {
      const a = attributes(raw);
      const local = a.get("localSheetId");
      return (a.get("name") ?? "").toUpperCase() === name.name.toUpperCase() && (local === undefined ? name.localSheetId === undefined : Number(local) === name.localSheetId);
    };
    const q = this.q("definedName");
    const scope = name.localSheetId !== undefined ? ` localSheetId="${name.localSheetId}"` : "";
    const raw = `<${q} name="${escapeAttribute(name.name)}"${scope}>${escapeText(name.formula)}</${q}>`;
    const at = names.children.findIndex((c) => same(c.raw));
    const next = at >= 0 ? replaceChildAt(names, at, { qname: names.children[at].qname, raw }) : appendChildren(names, [{ qname: q, raw }]);
    this.putChild("definedNames", next);
  }

  /** Removes the defined name of that name and scope, if there is one. */
  removeDefinedName(name: string, localSheetId?: number): void {
    const names = this.child("definedNames");
    if (!names) return;
    const at = names.children.findIndex((c) => {
      const a = attributes(c.raw);
      const local = a.get("localSheetId");
      return (a.get("name") ?? "").toUpperCase() === name.toUpperCase() && (local === undefined ? localSheetId === undefined : Number(local) === localSheetId);
    });
    if (at < 0) return;
    const rest = names.children.filter((_, i) => i !== at);
    if (rest.some((c) => localName(c.qname) === "definedName")) this.putChild("definedNames", withChildren(names, rest));
    else this.dropChild("definedNames");
  }

  private dropChild(name: string): void {
    this.root = withChildren(this.root, this.root.children.filter((c) => localName(c.qname) !== name));
    this.changed = true;
  }

  activeTab(): number {
    const view = this.child("bookViews")?.children.find((c) => localName(c.qname) === "workbookView");
    return Number((view && attributes(view.raw).get("activeTab")) ?? 0);
  }

  setActiveTab(index: number): void {
    if (this.activeTab() === index && this.child("bookViews")) return;
    const views = this.child("bookViews") ?? this.emptyChild("bookViews");
    const at = views.children.findIndex((c) => localName(c.qname) === "workbookView");
    const q = this.q("workbookView");
    const next =
      at >= 0
        ? replaceChildAt(views, at, { qname: views.children[at].qname, raw: withAttributes(views.children[at].raw, { activeTab: String(index) }) })
        : appendChildren(views, [{ qname: q, raw: `<${q} activeTab="${index}"/>` }]);
    this.putChild("bookViews", next);
  }

  /** The new workbook.xml, or undefined if nothing changed. */
  serialize(): string | undefined {
    if (!this.changed) return undefined;
    return serializeDocument({ ...this.doc, root: joinElement(this.root) });
  }
}
