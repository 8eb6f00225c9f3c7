/**
 * A real XML parser (saxes) under a small streaming interface: elements arrive with their local
 * name and namespace URI (so "w:p", "ns0:p" and a default-namespace "p" are the same element) and
 * their attributes by local name. Entities, CDATA and character references are saxes's job; no
 * regular expression ever reads the XML.
 */
import { SaxesParser } from "saxes";

/** The element being opened. The same object is passed for every element: read it, do not keep it. */
export interface XmlElement {
  readonly local: string;
  /** the namespace URI ("" when none) */
  readonly ns: string;
  /** an attribute by local name: "val" finds w:val as the element's prefix writes it, or an unprefixed val */
  attr(name: string): string | undefined;
  /** an attribute of another namespace, whatever its prefix: r:id is attrNS(relationships namespace, "id") */
  attrNS(uri: string, name: string): string | undefined;
}

export interface XmlVisitor {
  open(element: XmlElement): void;
  close(local: string, ns: string): void;
  text(text: string): void;
}

/** XML that is not well-formed. */
export class XmlFormatError extends Error {}

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/** A qualified name's prefix and local name, split once per distinct name. */
type Split = { prefix: string; local: string };

/** The element passed to the visitor, reused: no allocation per element (a Word document has tens of thousands). */
class Current implements XmlElement {
  local = "";
  ns = "";
  prefix = "";
  raw: Record<string, string> = {};
  scope: Map<string, string> = new Map();

  attr(name: string): string | undefined {
    const prefixed = this.prefix ? this.raw[`${this.prefix}:${name}`] : undefined;
    return prefixed !== undefined ? prefixed : this.raw[name];
  }

  attrNS(uri: string, name: string): string | undefined {
    for (const key in this.raw) {
      const colon = key.indexOf(":");
      if (colon > 0 && key.slice(colon + 1) === name && key.slice(0, colon) !== "xmlns" && this.scope.get(key.slice(0, colon)) === uri) return this.raw[key];
    }
    return undefined;
  }
}

/** Streams `xml` through `visitor`, in document order. Throws XmlFormatError on malformed XML. */
export function parseXml(xml: string, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const names = new Map<string, Split>();
  // namespace bindings in scope; a new map only where an element declares some
  let scope: Map<string, string> = new Map([["xml", XML_NS]]);
  const scopes: { depth: number; previous: Map<string, string> }[] = [];
  const locals: string[] = [];
  const namespaces: string[] = [];
  const current = new Current();
  // namespace declarations of the element being opened, seen attribute by attribute (no pass over every element's attributes)
  const declared: [string, string][] = [];
  parser.on("attribute", ({ name, value }) => {
    if (name.charCodeAt(0) === 120 /* x */ && (name === "xmlns" || name.startsWith("xmlns:"))) declared.push([name === "xmlns" ? "" : name.slice(6), value]);
  });
  parser.on("opentag", (tag) => {
    if (declared.length) {
      scopes.push({ depth: locals.length, previous: scope });
      scope = new Map(scope);
      for (const [prefix, uri] of declared) scope.set(prefix, uri);
      declared.length = 0;
    }
    const raw = tag.attributes as Record<string, string>;
    const qname = tag.name;
    let split = names.get(qname);
    if (!split) {
      const colon = qname.indexOf(":");
      split = colon < 0 ? { prefix: "", local: qname } : { prefix: qname.slice(0, colon), local: qname.slice(colon + 1) };
      names.set(qname, split);
    }
    const ns = scope.get(split.prefix) ?? "";
    locals.push(split.local);
    namespaces.push(ns);
    current.local = split.local;
    current.ns = ns;
    current.prefix = split.prefix;
    current.raw = raw;
    current.scope = scope;
    visitor.open(current);
  });
  parser.on("closetag", () => {
    visitor.close(locals.pop()!, namespaces.pop()!);
    if (scopes.length && scopes[scopes.length - 1].depth === locals.length) scope = scopes.pop()!.previous;
  });
  parser.on("text", (t) => visitor.text(t));
  parser.on("cdata", (t) => visitor.text(t));
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new XmlFormatError(e instanceof Error ? e.message : String(e));
  }
}

/** Throws XmlFormatError unless `xml` is well-formed: the same parse, with nothing listening (a check of a part just written). */
export function checkWellFormed(xml: string): void {
  try {
    new SaxesParser({ xmlns: false, position: false }).write(xml).close();
  } catch (e) {
    throw new XmlFormatError(e instanceof Error ? e.message : String(e));
  }
}
