/**
 * Editing XML parts as text, element by element, so that whatever KHCT does not change stays
 * byte-for-byte as the program that wrote the file left it (attribute order, quoting, whitespace,
 * unknown extensions). Enough of XML for well-formed OOXML parts: elements, attributes, text,
 * comments, CDATA, processing instructions; no DTDs.
 */
import { escapeAttribute, unescapeXml } from "./xml-escape";

/** One element as raw text, from its `<` to the end of its end tag (or of `/>`). */
export interface RawElement {
  /** the qualified name as written ("sheet", "x:sheet") */
  qname: string;
  raw: string;
}

/** An element split into its start tag, its child elements and the text around them. */
export interface SplitElement {
  qname: string;
  startTag: string;
  /** text before the first child, between children, and after the last one: `children.length + 1` items */
  gaps: string[];
  children: RawElement[];
  /** "" for an element written `<x/>` */
  endTag: string;
}

export function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

export function prefixOf(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? "" : qname.slice(0, i);
}

/** `prefix:name`, or `name` without a prefix. */
export function qualify(prefix: string, name: string): string {
  return prefix ? `${prefix}:${name}` : name;
}

class XmlSyntaxError extends Error {}

/** What ends a tag's name: white space (as \s: XML's four, and the rest JavaScript counts), "/" or ">". */
function endsName(c: number): boolean {
  if (c === 0x2f || c === 0x3e || c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  return c > 0x7f && /\s/.test(String.fromCharCode(c));
}

/** The index just past the markup that starts at `at` (a `<`), and what kind of markup it is. */
function scanMarkup(xml: string, at: number): { end: number; kind: "open" | "close" | "empty" | "other"; qname: string } {
  const skipTo = (marker: string, from: number) => {
    const i = xml.indexOf(marker, from);
    if (i < 0) throw new XmlSyntaxError(`unterminated markup at ${at}`);
    return i + marker.length;
  };
  if (xml.startsWith("<!--", at)) return { end: skipTo("-->", at + 4), kind: "other", qname: "" };
  if (xml.startsWith("<![CDATA[", at)) return { end: skipTo("]]>", at + 9), kind: "other", qname: "" };
  if (xml.startsWith("<?", at)) return { end: skipTo("?>", at + 2), kind: "other", qname: "" };
  if (xml.startsWith("<!", at)) return { end: skipTo(">", at + 2), kind: "other", qname: "" };
  const closing = xml[at + 1] === "/";
  const nameStart = at + (closing ? 2 : 1);
  let i = nameStart;
  while (i < xml.length && !endsName(xml.charCodeAt(i))) i++;
  const qname = xml.slice(nameStart, i);
  let quote = "";
  for (; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ">") {
      const kind = closing ? "close" : xml[i - 1] === "/" ? "empty" : "open";
      return { end: i + 1, kind, qname };
    }
  }
  throw new XmlSyntaxError(`unterminated tag at ${at}`);
}

/** Splits one element (`raw` starts with its start tag) into start tag, children and end tag. */
export function splitElement(raw: string): SplitElement {
  const start = scanMarkup(raw, 0);
  if (start.kind === "empty") return { qname: start.qname, startTag: raw.slice(0, start.end), gaps: [""], children: [], endTag: "" };
  if (start.kind !== "open") throw new XmlSyntaxError("not an element");
  const children: RawElement[] = [];
  const gaps: string[] = [];
  let gapStart = start.end;
  let depth = 0;
  let childStart = -1;
  let childName = "";
  let i = start.end;
  while (i < raw.length) {
    const lt = raw.indexOf("<", i);
    if (lt < 0) break;
    const m = scanMarkup(raw, lt);
    if (m.kind === "open" || m.kind === "empty") {
      if (depth === 0) {
        gaps.push(raw.slice(gapStart, lt));
        childStart = lt;
        childName = m.qname;
      }
      if (m.kind === "open") depth++;
      else if (depth === 0) {
        children.push({ qname: childName, raw: raw.slice(childStart, m.end) });
        gapStart = m.end;
      }
    } else if (m.kind === "close") {
      if (depth === 0) {
        gaps.push(raw.slice(gapStart, lt));
        return { qname: start.qname, startTag: raw.slice(0, start.end), gaps, children, endTag: raw.slice(lt, m.end) };
      }
      depth--;
      if (depth === 0) {
        children.push({ qname: childName, raw: raw.slice(childStart, m.end) });
        gapStart = m.end;
      }
    }
    i = m.end;
  }
  throw new XmlSyntaxError(`element ${start.qname} is not closed`);
}

/** The index just past the element whose start tag `start` was scanned at `at` (what splitElement would take, without splitting). */
function elementEnd(xml: string, at: number, start: ReturnType<typeof scanMarkup>): number {
  if (start.kind === "empty") return start.end;
  if (start.kind !== "open") throw new XmlSyntaxError("not an element");
  let depth = 0;
  let i = start.end;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) throw new XmlSyntaxError(`element ${start.qname} is not closed`);
    const m = scanMarkup(xml, lt);
    if (m.kind === "open") depth++;
    else if (m.kind === "close") {
      if (depth === 0) return m.end;
      depth--;
    }
    i = m.end;
  }
}

/** The text of an element back from its parts; an element written `<x/>` gets an end tag when it gains children. */
export function joinElement(e: SplitElement): string {
  const inner = e.children.map((c, i) => e.gaps[i] + c.raw).join("") + (e.gaps[e.children.length] ?? "");
  if (e.endTag) return e.startTag + inner + e.endTag;
  if (e.children.length === 0 && inner === "") return e.startTag;
  return e.startTag.replace(/\s*\/>$/, ">") + inner + `</${e.qname}>`;
}

/** Children replaced; the gaps of kept children stay, new children get no whitespace around them. */
export function withChildren(e: SplitElement, children: RawElement[]): SplitElement {
  const gapAfter = new Map(e.children.map((c, i) => [c, e.gaps[i]] as const));
  const gaps = children.map((c) => gapAfter.get(c) ?? "");
  gaps.push(e.gaps[e.children.length] ?? "");
  return { ...e, children, gaps };
}

export function replaceChildAt(e: SplitElement, index: number, child: RawElement): SplitElement {
  return { ...e, children: e.children.map((c, i) => (i === index ? child : c)) };
}

/** Inserts a child before the child at `index` (at the end when index = children.length). */
export function insertChildAt(e: SplitElement, index: number, child: RawElement): SplitElement {
  const children = [...e.children.slice(0, index), child, ...e.children.slice(index)];
  const gaps = [...e.gaps.slice(0, index), "", ...e.gaps.slice(index)];
  return { ...e, children, gaps };
}

/** Appends children after the last one, with no whitespace around them. */
export function appendChildren(e: SplitElement, added: RawElement[]): SplitElement {
  const last = e.gaps[e.children.length] ?? "";
  return { ...e, children: [...e.children, ...added], gaps: [...e.gaps.slice(0, e.children.length), ...added.map(() => ""), last] };
}

/** Rewrites one element's children with `edit` and returns the element's new text. */
export function editChildren(raw: string, edit: (children: RawElement[], split: SplitElement) => RawElement[]): string {
  const split = splitElement(raw);
  return joinElement(withChildren(split, edit(split.children, split)));
}

/** An XML document: what comes before its root element, the root, and what follows. */
export interface XmlDocument {
  prolog: string;
  root: string;
  epilog: string;
}

export function parseDocument(xml: string): XmlDocument {
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) throw new XmlSyntaxError("no root element");
    const m = scanMarkup(xml, lt);
    if (m.kind === "other") {
      i = m.end;
      continue;
    }
    const end = elementEnd(xml, lt, m);
    return { prolog: xml.slice(0, lt), root: xml.slice(lt, end), epilog: xml.slice(end) };
  }
}

export function serializeDocument(doc: XmlDocument): string {
  return doc.prolog + doc.root + doc.epilog;
}

/** Edits a document's root element. */
export function editRoot(xml: string, edit: (root: string) => string): string {
  const doc = parseDocument(xml);
  return serializeDocument({ ...doc, root: edit(doc.root) });
}

/** The attributes of a start tag, values unescaped, in document order. */
export function attributes(startTagOrElement: string): Map<string, string> {
  const tag = startTagOrElement.slice(0, scanMarkup(startTagOrElement, 0).end);
  const out = new Map<string, string>();
  const re = /([^\s=<>/"']+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const body = tag.replace(/^<[^\s/>]+/, "");
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) out.set(m[1], unescapeXml(m[3] ?? m[4] ?? ""));
  return out;
}

export function attribute(startTagOrElement: string, name: string): string | undefined {
  return attributes(startTagOrElement).get(name);
}

/**
 * The element with some attributes set (string) or removed (null); the others stay exactly as
 * written. New attributes go at the end of the start tag.
 */
export function withAttributes(raw: string, updates: Record<string, string | null>): string {
  const end = scanMarkup(raw, 0).end;
  let tag = raw.slice(0, end);
  const rest = raw.slice(end);
  for (const [name, value] of Object.entries(updates)) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const re = new RegExp(`(\\s+)${esc}\\s*=\\s*("[^"]*"|'[^']*')`);
    if (re.test(tag)) {
      tag = value === null ? tag.replace(re, "") : tag.replace(re, (_m, space: string) => `${space}${name}="${escapeAttribute(value)}"`);
    } else if (value !== null) {
      tag = tag.replace(/\s*(\/?)>$/, (_m, slash: string) => ` ${name}="${escapeAttribute(value)}"${slash}>`);
    }
  }
  return tag + rest;
}

/** The text inside an element (children's markup removed), unescaped. */
export function textContent(raw: string): string {
  const split = splitElement(raw);
  if (!split.endTag) return "";
  const inner = raw.slice(split.startTag.length, raw.length - split.endTag.length);
  return unescapeXml(inner.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, c: string) => c.replace(/&/g, "&amp;").replace(/</g, "&lt;")).replace(/<[^>]*>/g, ""));
}

/** The prefix a start tag binds to a namespace URI ("" for the default namespace), or undefined. */
export function prefixForNamespace(startTag: string, uri: string): string | undefined {
  for (const [name, value] of attributes(startTag)) {
    if (value !== uri) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return name.slice(6);
  }
  return undefined;
}

export function findChild(children: RawElement[], name: string): RawElement | undefined {
  return children.find((c) => localName(c.qname) === name);
}
