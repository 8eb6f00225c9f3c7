/** A part's relationships (`_rels/….rels`): read, add and remove, keeping the others as written. */
import { escapeAttribute } from "./xml-escape";
import { attributes, editChildren, editRoot, localName, parseDocument, prefixOf, qualify, splitElement } from "./xml-raw";

const PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Relationship types KHCT reads or writes (transitional OOXML; strict files use other URIs, see `isType`). */
export const REL = {
  officeDocument: `${OFFICE_RELS}/officeDocument`,
  worksheet: `${OFFICE_RELS}/worksheet`,
  styles: `${OFFICE_RELS}/styles`,
  sharedStrings: `${OFFICE_RELS}/sharedStrings`,
  calcChain: `${OFFICE_RELS}/calcChain`,
  comments: `${OFFICE_RELS}/comments`,
  vmlDrawing: `${OFFICE_RELS}/vmlDrawing`,
  table: `${OFFICE_RELS}/table`,
  pivotTable: `${OFFICE_RELS}/pivotTable`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export { isRelationshipType as isType } from "../ooxml/relationships";

export const EMPTY_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS_NS}"></Relationships>`;

export function readRelationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  return splitElement(parseDocument(xml).root)
    .children.filter((c) => localName(c.qname) === "Relationship")
    .map((c) => {
      const a = attributes(c.raw);
      return { id: a.get("Id") ?? "", type: a.get("Type") ?? "", target: a.get("Target") ?? "", external: a.get("TargetMode") === "External" };
    });
}

/** An id no relationship in `xml` uses: rId1, rId2 … after the highest. */
export function freeRelationshipId(xml: string | undefined): string {
  const used = new Set(readRelationships(xml).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

/** Adds a relationship; returns the new part text and the id given. */
export function addRelationship(xml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const base = xml ?? EMPTY_RELS;
  const id = freeRelationshipId(base);
  const out = editRoot(base, (root) =>
    editChildren(root, (children, split) => [
      ...children,
      { qname: qualify(prefixOf(split.qname), "Relationship"), raw: `<${qualify(prefixOf(split.qname), "Relationship")} Id="${id}" Type="${escapeAttribute(type)}" Target="${escapeAttribute(target)}"/>` },
    ]),
  );
  return { xml: out, id };
}

export function removeRelationships(xml: string, ids: Set<string>): string {
  return editRoot(xml, (root) => editChildren(root, (children) => children.filter((c) => !ids.has(attributes(c.raw).get("Id") ?? ""))));
}
