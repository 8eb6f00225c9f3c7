/**
 * `xl/sharedStrings.xml`: the text of the cells KHCT writes. New strings are appended after the
 * workbook's own, whose indexes never change; a string already there as plain text is reused.
 *
 * Why shared strings and not inline strings: Excel, LibreOffice and exceljs all decode the
 * `_xHHHH_` escapes of shared strings (control characters pasted from Word, a literal "_x0041_"),
 * while exceljs reads inline strings raw, so a report read back by KHCT would not be the text written.
 */
import { decodeXstring, textElement, unescapeXml } from "./xml-escape";
import { appendChildren, attribute, joinElement, localName, parseDocument, prefixOf, qualify, serializeDocument, splitElement, withAttributes, type SplitElement, type XmlDocument } from "./xml-raw";

export const EMPTY_SHARED_STRINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`;

/** The part as read: its document, the root split into children (appending needs them), the items' texts. */
interface ParsedStrings {
  doc: XmlDocument;
  root: SplitElement;
  prefix: string;
  existingCount: number;
  index: Map<string, number>;
}

export class SharedStringsPart {
  private readonly added: string[] = [];
  private references = 0;
  private parsed?: ParsedStrings;

  /** The part is read when first needed (opening a workbook for its styles alone does not read its strings). */
  constructor(private readonly xml: string) {}

  private strings(): ParsedStrings {
    if (this.parsed) return this.parsed;
    const doc = parseDocument(this.xml);
    const root = splitElement(doc.root);
    const items = root.children.filter((c) => localName(c.qname) === "si");
    const index = new Map<string, number>();
    items.forEach((si, i) => {
      const text = plainText(si.raw);
      if (text !== undefined && !index.has(text)) index.set(text, i);
    });
    return (this.parsed = { doc, root, prefix: prefixOf(root.qname), existingCount: items.length, index });
  }

  /** The index of a string item holding exactly `text`. */
  indexOf(text: string): number {
    const { index, existingCount } = this.strings();
    this.references++;
    const known = index.get(text);
    if (known !== undefined) return known;
    const i = existingCount + this.added.length;
    this.added.push(text);
    index.set(text, i);
    return i;
  }

  /** The new part, or undefined when nothing was added (the part stays byte-identical). */
  serialize(): string | undefined {
    const { doc, root: split, prefix, existingCount } = this.strings();
    if (this.added.length === 0) return undefined;
    const si = qualify(prefix, "si");
    const items = this.added.map((text) => ({ qname: si, raw: `<${si}>${textElement(text, prefix)}</${si}>` }));
    const joined = joinElement(appendChildren(split, items));
    const count = Number(attribute(split.startTag, "count") ?? "NaN");
    const root = withAttributes(joined, {
      uniqueCount: String(existingCount + this.added.length),
      // count is the number of cells using shared strings; the cells a replaced sheet no longer has are not subtracted
      ...(Number.isFinite(count) ? { count: String(count + this.references) } : {}),
    });
    return serializeDocument({ ...doc, root });
  }
}

/** An unprefixed <si> holding one <t> (kept spaces or not) of plain text and nothing else. */
const SIMPLE_ITEM = /^<si><t(?: xml:space="preserve")?>([^<]*)<\/t><\/si>$/;

/** The text of an <si> that is one plain <t> (not rich text, no phonetic runs); undefined otherwise. */
function plainText(siRaw: string): string | undefined {
  // most items are written <si><t>text</t></si> (Excel, LibreOffice, KHCT): read those without splitting
  const simple = SIMPLE_ITEM.exec(siRaw);
  if (simple) return decodeXstring(unescapeXml(simple[1]));
  const children = splitElement(siRaw).children;
  if (children.length !== 1 || localName(children[0].qname) !== "t") return undefined;
  const t = splitElement(children[0].raw);
  if (!t.endTag) return "";
  const inner = children[0].raw.slice(t.startTag.length, children[0].raw.length - t.endTag.length);
  if (inner.includes("<")) return undefined;
  return decodeXstring(unescapeXml(inner));
}
