/**
 * Tables Word documents use for layout, not data: the administrative header (governing body and
 * school | quốc hiệu and tiêu ngữ, number and date) and the signature block (Nơi nhận | HIỆU
 * TRƯỞNG), written as borderless tables (Nghị định 30/2020/NĐ-CP's layout), and tables that only
 * hold other tables. KHCT reads their text as the lines of the document, never as a plan.
 */
import { foldKey } from "../core/text/normalize";
import { gridWidth, nestedTables, type DocBlock, type DocTable } from "./document";

/** What only the header and signature blocks of an administrative document say. */
const ADMINISTRATIVE = [/cộng hòa xã hội chủ nghĩa việt nam/, /độc lập\s*[-–—]?\s*tự do\s*[-–—]?\s*hạnh phúc/, /^nơi nhận\b/m, /\(ký,? (ghi rõ )?họ tên/];

/** A layout table's text, line by line. */
export function cellLines(blocks: DocBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === "paragraph") out.push(...b.text.split("\n"));
    else for (const row of b.rows) for (const cell of row.cells) out.push(...cellLines(cell.blocks));
  }
  return out.map((l) => l.replace(/\t+/g, " ").trim()).filter((l) => l !== "");
}

function tableText(table: DocTable): string {
  return table.rows.flatMap((r) => r.cells.flatMap((c) => cellLines(c.blocks))).join("\n");
}

/**
 * A header or signature block: at most four grid columns, and either the wording only those blocks
 * have, or no line drawn and at most three columns. A plan, report or self-evaluation table has
 * more columns, or lines, or both.
 */
export function isLayoutTable(table: DocTable, drawsLines: boolean): boolean {
  const width = gridWidth(table);
  if (width > 4) return false;
  const key = foldKey(tableText(table));
  if (ADMINISTRATIVE.some((re) => re.test(key))) return true;
  return !drawsLines && width <= 3;
}

/** A table that holds tables: a single cell around them, or no lines drawn (a page laid out in a table). */
export function isContainerTable(table: DocTable, drawsLines: boolean): boolean {
  if (nestedTables(table).length === 0) return false;
  const cells = table.rows.reduce((n, r) => n + r.cells.length, 0);
  return cells === 1 || !drawsLines;
}
