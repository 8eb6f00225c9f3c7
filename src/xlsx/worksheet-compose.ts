/**
 * Puts a worksheet together from the elements a patch writes and those of the sheet as it was.
 * Elements the patch writes replace the old ones of the same name (null removes them); every other
 * element of the old sheet stays as written, at its place in the order CT_Worksheet requires.
 * Elements the order does not know (mc:AlternateContent, extension elements) stay right after the
 * element they followed.
 */
import { editRoot, joinElement, localName, parseDocument, splitElement, withAttributes, withChildren, type RawElement } from "./xml-raw";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** What a new sheet starts from before the patch's elements are put in. */
export const NEW_WORKSHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELS_NS}"><sheetFormatPr defaultRowHeight="15"/><sheetData/></worksheet>`;

/** Replacement XML by element name; null removes the element. Generated elements use no prefix. */
export type ElementReplacements = Map<string, string | null>;

/** The old sheet's first element of each name (what a patch element may build on). */
export function elementsOf(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of splitElement(parseDocument(xml).root).children) if (!out.has(localName(c.qname))) out.set(localName(c.qname), c.raw);
  return out;
}

export function composeWorksheet(oldXml: string, replacements: ElementReplacements): string {
  return editRoot(oldXml, (rootRaw) => {
    const root = splitElement(rootRaw);
    // The elements KHCT writes carry no prefix and may use r:id: make sure both namespaces are declared.
    const startTag = withAttributes(root.startTag, {
      ...(/\sxmlns\s*=/.test(root.startTag) ? {} : { xmlns: MAIN_NS }),
      ...(/\sxmlns:r\s*=/.test(root.startTag) ? {} : { "xmlns:r": RELS_NS }),
    });
    const rankOf = new Map<RawElement, number>();
    let previous = -1;
    for (const c of root.children) {
      const rank = WORKSHEET_ORDER.indexOf(localName(c.qname));
      if (rank >= 0) previous = rank;
      rankOf.set(c, rank >= 0 ? rank : previous);
    }
    const children: RawElement[] = root.children.filter((c) => rankOf.get(c) === -1);
    WORKSHEET_ORDER.forEach((name, rank) => {
      const replacement = replacements.get(name);
      const old = root.children.filter((c) => rankOf.get(c) === rank);
      if (replacement === undefined) {
        children.push(...old);
        return;
      }
      if (replacement !== null) children.push({ qname: name, raw: replacement });
      children.push(...old.filter((c) => localName(c.qname) !== name));
    });
    return joinElement(withChildren({ ...root, startTag }, children));
  });
}
