/** `xl/styles.xml` as the reader needs it: the number format of each cell style (the `s` of a cell). */
import { parseXml } from "../ooxml/xml";
import { builtInFormat } from "./number-formats";

/**
 * The format code of each cell style, by index (undefined where the style sets none or a locale
 * format). Style 0 is the default and never sets a format; a cell without `s` has none either.
 */
export function readCellFormats(xml: string | undefined): (string | undefined)[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = 0;
  let depth = 0;
  parseXml(xml, {
    open: (e) => {
      depth++;
      if (e.local === "numFmt") {
        const id = e.attr("numFmtId");
        const code = e.attr("formatCode");
        // a backslash escapes the next character ("mmmm\\ yyyy"): the code is kept without it, as KHCT always read it
        if (id !== undefined && code !== undefined) custom.set(parseInt(id, 10), code.replace(/\\(.)/g, "$1"));
      } else if (e.local === "cellXfs") {
        inCellXfs = depth;
      } else if (inCellXfs && depth === inCellXfs + 1 && e.local === "xf") {
        styleFormats.push(parseInt(e.attr("numFmtId") ?? "0", 10) || 0);
      }
    },
    close: (local) => {
      if (local === "cellXfs" && depth === inCellXfs) inCellXfs = 0;
      depth--;
    },
    text: () => undefined,
  });
  return styleFormats.map((id, index) => (index === 0 || !id ? undefined : (custom.get(id) ?? builtInFormat(id))));
}
