/**
 * `xl/sharedStrings.xml`: the text of the cells KHCT writes. New strings are appended after the
 * workbook's own, whose indexes never change; a string already there as plain text is reused.
 *
 * Why shared strings and not inline strings: Excel, LibreOffice and exceljs all decode the
 * `_xHHHH_` escapes of shared strings (control characters pasted from Word, a literal "_x0041_"),
 * while exceljs reads inline strings raw, so a report read back by KHCT would not be the text written.
 */
import { decodeXstring, textElement, unescapeXml } from "./xml-escape";
import { appendChildren, attribute, editRoot, joinElement, localName, parseDocument, prefixOf, qualify, splitElement, withAttributes } from "./xml-raw";

export const EMPTY_SHARED_STRINGS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`;

export class SharedStringsPart {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly existingCount: number;
  private readonly prefix: string;
  private references = 0;

  constructor(private readonly xml: string) {
    const root = splitElement(parseDocument(xml).root);
    this.prefix = prefixOf(root.qname);
    const items = root.children.filter((c) => localName(c.qname) === "si");
    items.forEach((si, i) => {
      const text = plainText(si.raw);
      if (text !== undefined && !this.index.has(text)) this.index.set(text, i);
    });
    this.existingCount = items.length;
  }

  /** The index of a string item holding exactly `text`. */
  indexOf(text: string): number {
    this.references++;
    const known = this.index.get(text);
    if (known !== undefined) return known;
    const i = this.existingCount + this.added.length;
    this.added.push(text);
    this.index.set(text, i);
    return i;
  }

  /** The new part, or undefined when nothing was added (the part stays byte-identical). */
  serialize(): string | undefined {
    if (this.added.length === 0) return undefined;
    const si = qualify(this.prefix, "si");
    const items = this.added.map((text) => ({ qname: si, raw: `<${si}>${textElement(text, this.prefix)}</${si}>` }));
    return editRoot(this.xml, (rootRaw) => {
      const joined = joinElement(appendChildren(splitElement(rootRaw), items));
      const count = Number(attribute(rootRaw, "count") ?? "NaN");
      return withAttributes(joined, {
        uniqueCount: String(this.existingCount + this.added.length),
        // count is the number of cells using shared strings; the cells a replaced sheet no longer has are not subtracted
        ...(Number.isFinite(count) ? { count: String(count + this.references) } : {}),
      });
    });
  }
}

/** The text of an <si> that is one plain <t> (not rich text, no phonetic runs); undefined otherwise. */
function plainText(siRaw: string): string | undefined {
  const children = splitElement(siRaw).children;
  if (children.length !== 1 || localName(children[0].qname) !== "t") return undefined;
  const t = splitElement(children[0].raw);
  if (!t.endTag) return "";
  const inner = children[0].raw.slice(t.startTag.length, children[0].raw.length - t.endTag.length);
  if (inner.includes("<")) return undefined;
  return decodeXstring(unescapeXml(inner));
}
