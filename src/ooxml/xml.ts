/**
 * A real XML parser (saxes) under a small streaming interface: elements arrive with their local
 * name and namespace URI (so "w:p", "ns0:p" and a default-namespace "p" are the same element) and
 * their attributes by local name. Entities, CDATA and character references are saxes's job; no
 * regular expression ever reads the XML.
 */
import { SaxesParser } from "saxes";

export interface XmlElement {
  local: string;
  /** the namespace URI ("" when none) */
  ns: string;
  /** attribute values by local name ("w:val" → "val"); namespace declarations left out */
  attrs: Record<string, string>;
}

export interface XmlVisitor {
  open(element: XmlElement): void;
  close(local: string, ns: string): void;
  text(text: string): void;
}

/** XML that is not well-formed. */
export class XmlFormatError extends Error {}

const XML_NS = "http://www.w3.org/XML/1998/namespace";

function split(qname: string): [prefix: string, local: string] {
  const colon = qname.indexOf(":");
  return colon < 0 ? ["", qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
}

/** Streams `xml` through `visitor`, in document order. Throws XmlFormatError on malformed XML. */
export function parseXml(xml: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  // namespace bindings in scope; a new map only where an element declares some
  let scope: Map<string, string> = new Map([["xml", XML_NS]]);
  const scopes: { depth: number; previous: Map<string, string> }[] = [];
  let depth = 0;
  const names: [string, string][] = [];
  parser.on("opentag", (tag) => {
    depth++;
    const raw = tag.attributes as Record<string, string>;
    let declares = false;
    for (const key in raw) {
      if (key === "xmlns" || key.startsWith("xmlns:")) {
        if (!declares) {
          scopes.push({ depth, previous: scope });
          scope = new Map(scope);
          declares = true;
        }
        scope.set(key === "xmlns" ? "" : key.slice(6), raw[key]);
      }
    }
    const attrs: Record<string, string> = {};
    for (const key in raw) {
      if (key === "xmlns" || key.startsWith("xmlns:")) continue;
      const local = split(key)[1];
      if (!(local in attrs)) attrs[local] = raw[key];
    }
    const [prefix, local] = split(tag.name);
    const ns = scope.get(prefix) ?? "";
    names.push([local, ns]);
    visitor.open({ local, ns, attrs });
  });
  parser.on("closetag", () => {
    const [local, ns] = names.pop()!;
    visitor.close(local, ns);
    if (scopes.length && scopes[scopes.length - 1].depth === depth) scope = scopes.pop()!.previous;
    depth--;
  });
  parser.on("text", (t) => visitor.text(t));
  parser.on("cdata", (t) => visitor.text(t));
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new XmlFormatError(e instanceof Error ? e.message : String(e));
  }
}
