/**
 * Staff typing into a workbook as Excel saves it: the cells get the text, and nothing else of the
 * file changes (its styles, its default font, its column widths). exceljs would rewrite the whole
 * file, default font included, which is another story (see the report's refresh tests).
 */
import JSZip from "jszip";
import { a1 } from "../../src/core/sheet/address";
import type { CellValue, SheetSnapshot } from "../../src/core/sheet/snapshot";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Path of a sheet's part, from workbook.xml and its relationships. */
async function sheetPath(zip: JSZip, sheet: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const tag = [...wb.matchAll(/<sheet\b[^>]*?\/>/g)].map((m) => m[0]).find((t) => t.includes(`name="${esc(sheet)}"`));
  if (!tag) throw new Error(`no sheet ${sheet}`);
  const rid = /r:id="([^"]+)"/.exec(tag)![1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new RegExp(`<Relationship[^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship[^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  return `xl/${target![1].replace(/^\/?xl\//, "")}`;
}

/** Types texts into existing cells of a sheet (cells KHCT wrote, styled, so present in the XML). */
export async function typeCells(xlsx: Buffer, sheet: string, texts: Map<string, string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const path = await sheetPath(zip, sheet);
  let xml = await zip.file(path)!.async("string");
  for (const [cell, text] of texts) {
    const re = new RegExp(`<c r="${cell}"((?:\\s+s="\\d+")?)[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
    if (!re.test(xml)) throw new Error(`no cell ${cell} on ${sheet}`);
    xml = xml.replace(re, (_m, style: string) => `<c r="${cell}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(text)}</t></is></c>`);
  }
  zip.file(path, xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** The A1 address of the cell at (row, col) of a snapshot whose value satisfies `match`, by row. */
export function cellsWhere(s: SheetSnapshot, match: (row: CellValue[]) => boolean, col: number): string[] {
  return s.values.flatMap((r, i) => (match(r) ? [a1(s.top + i, col)] : []));
}
