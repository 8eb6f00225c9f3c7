import type { Role } from "../layouts/layouts";
import { matchHeader, repeatsHeader } from "../plan/header";
import type { SheetView } from "../sheet/snapshot";
import { foldKey } from "../text/normalize";
import { REPORT_BLOCKS, SUMMARY } from "./forms";
import { SIGNATURE, type Signer } from "../template/wording";

/** Cell texts by role (raw, as typed). */
export type RowCells = Partial<Record<Role, string>>;

/** A row of a report KHCT wrote before, as staff left it. */
/** A row staff inserted into the table (it carries no key): where it is and what it holds. */
export interface InsertedRow {
  row: number;
  cells: RowCells;
}

export interface ExistingRow {
  key: string;
  row: number;
  cells: RowCells;
  /** rows staff inserted under this one, as typed: they stay under it */
  inserted?: InsertedRow[];
}

export interface ExistingReport {
  rows: ExistingRow[];
  /** rows staff inserted above the table's first row with a key */
  insertedFirst: InsertedRow[];
  /** free-text answers under the table, by block label */
  blocks: Map<string, string>;
  /** the rows of each answer (its label's row, then the lines staff added under it), by block label */
  blockRows: Map<string, number[]>;
  /** who signs, as the report shows it (a name typed under the title, or given when it was built) */
  signer?: Signer;
  /** "Kính gửi: …" under the title, without the words "Kính gửi" */
  addressedTo?: string;
  /** the header block's lines on the left (governing body, school, number), as the report shows them */
  issuerLines: string[];
}

/** The columns of KHCT's own rows without a key: a level group ("MỨC 1, 2, 3") and a standard ("Tiêu chuẩn 1: …"). */
const OWN_ROW_ROLES = new Set<Role>(["tt", "criterion"]);
const STANDARD_ROW = /^tiêu chuẩn\s*\d/u;

function rawText(view: SheetView, row: number, col: number): string {
  const v = view.value(row, col);
  const f = view.formula(row, col);
  if (f && typeof v === "string" && v.startsWith("#")) return f.replace(/^=([-+])/, "$1");
  return v === null ? "" : typeof v === "string" ? v : view.text(row, col);
}

/** Reads a report sheet KHCT generated: its rows by stable key and its free-text blocks. */
export function readExistingReport(view: SheetView): ExistingReport | undefined {
  for (let r = view.top; r <= view.bottom; r++) {
    const header = matchHeader(view, r);
    if (!header || header.layout.kind !== "report" || header.columns.key === undefined) continue;
    const keyCol = header.columns.key;
    const rows: ExistingRow[] = [];
    const insertedFirst: InsertedRow[] = [];
    const blocks = new Map<string, string>();
    const blockRows = new Map<string, number[]>();
    const cellsOf = (row: number): RowCells => {
      const cells: RowCells = {};
      for (const [role, col] of Object.entries(header.columns) as [Role, number][]) {
        const t = rawText(view, row, col);
        if (t !== "") cells[role] = t;
      }
      return cells;
    };
    const summary = foldKey(SUMMARY.title);
    let inTable = true;
    /** the free-text block whose answer rows under it belong to */
    let openBlock: string | undefined;
    for (let row = header.rows[header.rows.length - 1] + 1; row <= view.bottom; row++) {
      const key = rawText(view, row, keyCol).trim();
      if (key) {
        rows.push({ key, row, cells: cellsOf(row) });
        continue;
      }
      const label = foldKey(rawText(view, row, view.left));
      if (label === summary) inTable = false;
      if (inTable) {
        // a copy of the header at a page break, and KHCT's group and standard rows, are written again at each refresh
        if (repeatsHeader(view, row, header)) {
          row += header.rows.length - 1;
          continue;
        }
        const cells = cellsOf(row);
        const own = (Object.keys(cells) as Role[]).every((role) => OWN_ROW_ROLES.has(role)) && (!cells.criterion || STANDARD_ROW.test(foldKey(cells.criterion)));
        if (!own) {
          const above = rows[rows.length - 1];
          if (above) (above.inserted ??= []).push({ row, cells });
          else insertedFirst.push({ row, cells });
        }
        continue;
      }
      const block = REPORT_BLOCKS.find((b) => foldKey(b.label) === label);
      if (block) {
        openBlock = "heading" in block ? undefined : block.label;
        if (openBlock) {
          blocks.set(openBlock, rowTexts(view, row, view.left + 1).join("\n"));
          blockRows.set(openBlock, [row]);
        }
      } else if (label.startsWith(RECIPIENTS)) {
        openBlock = undefined;
      } else if (openBlock) {
        // lines staff added under an answer, in rows they inserted: they join it
        const more = rowTexts(view, row, view.left);
        if (more.length) blocks.set(openBlock, [blocks.get(openBlock), ...more].filter(Boolean).join("\n"));
        blockRows.get(openBlock)?.push(row);
      }
    }
    return { rows, insertedFirst, blocks, blockRows, signer: signerOf(view, header.rows[0]), addressedTo: addressedToOf(view, header.rows[0]), issuerLines: [0, 1, 2].map((row) => rawText(view, row, 0).trim()) };
  }
  return undefined;
}

const RECIPIENTS = foldKey(SIGNATURE.recipients.replace(/:$/, ""));
const ADDRESSED_TO = /^kính gửi\s*:\s*/u;

/** The texts right of the "Nơi nhận" column, top to bottom, from the row that starts the signature block. */
function signatureTexts(view: SheetView, from: number): string[] | undefined {
  for (let r = from; r <= view.bottom; r++) {
    if (!foldKey(rawText(view, r, view.left)).startsWith(RECIPIENTS)) continue;
    const texts: string[] = [];
    for (let row = r; row <= view.bottom; row++) texts.push(...rowTexts(view, row, view.left + 1).map((t) => t.trim()).filter(Boolean));
    return texts;
  }
  return undefined;
}

/** The signer the report shows: its title lines (a deputy's start "KT."), then, under the room to sign, a name. */
function signerOf(view: SheetView, below: number): Signer | undefined {
  const texts = signatureTexts(view, below);
  if (!texts?.length) return undefined;
  const deputy = /^kt\./u.test(foldKey(texts[0]));
  const rest = texts.slice(deputy ? 2 : 1).filter((t) => t !== SIGNATURE.instruction);
  const name = rest[rest.length - 1];
  return name ? { name, deputy } : undefined;
}

/** Whom the report is addressed to, from its "Kính gửi: …" line above the table. */
function addressedToOf(view: SheetView, above: number): string | undefined {
  for (let r = view.top; r < above; r++) {
    const text = rawText(view, r, view.left).trim();
    if (ADDRESSED_TO.test(foldKey(text))) return text.replace(/^[^:]*:\s*/u, "").trim() || undefined;
  }
  return undefined;
}

/** The texts of a row's cells from column `from` on, merged areas read once. */
function rowTexts(view: SheetView, row: number, from: number): string[] {
  const out: string[] = [];
  for (let c = from; c <= view.right; c++) {
    const t = view.isCovered(row, c) ? "" : rawText(view, row, c);
    if (t) out.push(t);
  }
  return out;
}
