/**
 * The copy of a workbook that exceljs reads. exceljs expands some elements cell by cell as it
 * loads: a dropdown list or a name on whole columns becomes millions of entries, a merged area
 * becomes one object per cell and every merge is compared with every other one (5,000 merges take
 * seconds; one over a whole sheet never ends). KHCT reads none of these but the merged areas, so
 * the copy leaves out merged areas, dropdown lists, conditional formats and defined names, and the
 * merged areas are read here, as A1 ranges per sheet. Parts without them are not touched.
 */
import JSZip from "jszip";
import { relsPathOf, resolveTarget } from "./ooxml-package";
import { isType, readRelationships, REL } from "./relationships";
import { WorkbookPart } from "./workbook-part";

export interface ReadingCopy {
  /** the package to hand to exceljs (the input itself when nothing had to be left out) */
  bytes: Buffer;
  /** merged areas ("A5:I5") by sheet name */
  merges: Map<string, string[]>;
}

/**
 * The text without the elements named (prefixed or not, with their content), and the elements cut.
 * Linear in the text: a start tag without its end tag stops the cutting there.
 */
export function cutElements(xml: string, names: string[]): { kept: string; cut: string[] } {
  const start = new RegExp(`<((?:[\\w.-]+:)?)(${names.join("|")})(?=[\\s/>])`, "g");
  const kept: string[] = [];
  const cut: string[] = [];
  let from = 0;
  for (let m = start.exec(xml); m; m = start.exec(xml)) {
    const tagEnd = xml.indexOf(">", m.index);
    if (tagEnd < 0) break;
    let end = tagEnd + 1;
    if (xml[tagEnd - 1] !== "/") {
      const close = xml.indexOf(`</${m[1]}${m[2]}`, tagEnd);
      end = close < 0 ? 0 : xml.indexOf(">", close) + 1;
      if (end === 0) break;
    }
    kept.push(xml.slice(from, m.index));
    cut.push(xml.slice(m.index, end));
    from = start.lastIndex = end;
  }
  kept.push(xml.slice(from));
  return { kept: kept.join(""), cut };
}

const SHEET_EXTRAS = ["mergeCells", "dataValidations", "conditionalFormatting"];
const MERGE_REF = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function mergedAreas(cut: string[]): string[] {
  const out: string[] = [];
  for (const block of cut) for (const m of block.matchAll(MERGE_REF)) out.push((m[1] ?? m[2]).trim().toUpperCase());
  return out;
}

/** A part's text as exceljs reads it (UTF-8), or undefined when the zip has no such file. */
async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async("string") : undefined;
}

export async function readingCopy(bytes: Buffer): Promise<ReadingCopy> {
  const merges = new Map<string, string[]>();
  const zip = await JSZip.loadAsync(bytes);
  const main = readRelationships(await partText(zip, "_rels/.rels")).find((r) => isType(r.type, REL.officeDocument) && !r.external);
  const workbookPath = main ? resolveTarget("", main.target) : "";
  const workbookXml = await partText(zip, workbookPath);
  if (workbookXml === undefined) return { bytes, merges }; // exceljs says what is wrong
  // rewritten parts are stored, not deflated again: exceljs inflates them at once, and the others keep their bytes
  const rewrite = (path: string, xml: string) => zip.file(path, xml, { compression: "STORE" });
  let changed = false;
  if (/definedName/.test(workbookXml)) {
    rewrite(workbookPath, cutElements(workbookXml, ["definedNames"]).kept);
    changed = true;
  }
  const rels = readRelationships(await partText(zip, relsPathOf(workbookPath)));
  for (const sheet of new WorkbookPart(workbookXml).sheets()) {
    const rel = rels.find((r) => r.id === sheet.relId && !r.external && isType(r.type, REL.worksheet));
    const path = rel ? resolveTarget(workbookPath, rel.target) : "";
    const xml = await partText(zip, path);
    if (xml === undefined || !/mergeCell|dataValidation|conditionalFormatting/.test(xml)) continue;
    const { kept, cut } = cutElements(xml, SHEET_EXTRAS);
    merges.set(sheet.name, mergedAreas(cut));
    rewrite(path, kept);
    changed = true;
  }
  return { bytes: changed ? await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }) : bytes, merges };
}
