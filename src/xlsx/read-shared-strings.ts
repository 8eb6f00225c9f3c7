/**
 * `xl/sharedStrings.xml` read: each string's text, its rich-text runs joined, its phonetic guide
 * (`rPh`, furigana over East Asian text) left out as Excel does not show it in the cell.
 */
import { parseXml } from "../ooxml/xml";

/** Characters Office escapes in strings as _xHHHH_ (a carriage return is _x000D_). */
export function unescapeOoxml(text: string): string {
  return text.indexOf("_x") < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  let parts: string[] = [];
  let inString = false;
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open: (e) => {
      switch (e.local) {
        case "si":
          inString = true;
          parts = [];
          break;
        case "t":
          inText = inString && phonetic === 0;
          break;
        case "rPh":
          phonetic++;
          break;
      }
    },
    close: (local) => {
      switch (local) {
        case "si":
          strings.push(unescapeOoxml(parts.length === 1 ? parts[0] : parts.join("")));
          inString = false;
          break;
        case "t":
          inText = false;
          break;
        case "rPh":
          phonetic--;
          break;
      }
    },
    text: (t) => {
      if (inText) parts.push(t);
    },
  });
  return strings;
}
