/** A part's relationships (`_rels/….rels`), read with the XML parser (see part-names.ts for resolving their targets). */
import { parseXml } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** True when `type` is `expected` or its strict-OOXML twin (…/purl.oclc.org/ooxml/officeDocument/relationships/…). */
export function isRelationshipType(type: string, expected: string): boolean {
  return type === expected || type.endsWith(`/relationships/${expected.slice(expected.lastIndexOf("/") + 1)}`);
}

export function readRelationships(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  parseXml(xml, {
    open: (e) => {
      const id = e.attr("Id");
      const target = e.attr("Target");
      if (e.local === "Relationship" && id !== undefined && target !== undefined) out.push({ id, type: e.attr("Type") ?? "", target, external: e.attr("TargetMode") === "External" });
    },
    close: () => undefined,
    text: () => undefined,
  });
  return out;
}
