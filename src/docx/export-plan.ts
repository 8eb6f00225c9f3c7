/**
 * A plan or report sheet as the Word document an office receives: the administrative header and
 * the signature block as borderless tables (their wording from official-wording.ts, the school's
 * own number, date and names where the sheet has them), the title, the sheet's lines before, between
 * and after its tables as paragraphs, each table with its merges and its header repeated on every
 * page. The lines before the first table stay on a portrait A4 page; the tables go on landscape
 * pages when they have more than six columns. Pure: a workbook snapshot in, a document spec out
 * (word-document.ts builds it with the `docx` package).
 */
import type { Role } from "../core/layouts/layouts";
import { isTypedTextFormula, textFromFormula } from "../core/plan/field";
import { isHeaderLike } from "../core/plan/header";
import { readTables } from "../core/plan/read";
import type { PlanTable } from "../core/plan/types";
import { REPORT_2018, REPORT_TT57 } from "../core/report/forms";
import type { Area } from "../core/sheet/address";
import { isErrorValue, SheetView, type WorkbookSnapshot } from "../core/sheet/snapshot";
import { PLAN_2018_COLUMNS, TT57_MONITORING_COLUMNS, TT57_PLAN_COLUMNS, TT57_PROBLEM_COLUMNS } from "../core/template/forms";
import { foldKey } from "../core/text/normalize";
import { validateWorkbook } from "../core/validate/validate";
import { officialWording, type DocumentFacts } from "./official-wording";
import type { WordBlock, WordDocumentSpec, WordTable } from "./word-document";

/** How wide each column role prints, from the forms KHCT writes. */
const ROLE_WIDTH = new Map<Role, number>();
for (const c of [...TT57_PROBLEM_COLUMNS, ...TT57_MONITORING_COLUMNS, ...TT57_PLAN_COLUMNS, ...REPORT_TT57.columns, ...REPORT_2018.columns, ...PLAN_2018_COLUMNS]) ROLE_WIDTH.set(c.role, c.width);
/** Columns staff use in Excel and never print: the report's status list and its hidden key. */
const UNPRINTED_REPORT_ROLES: Role[] = ["status", "key"];

const LANDSCAPE_FROM_COLUMNS = 7;

export class NothingToExport extends Error {
  constructor(readonly sheet: string) {
    super(`no plan or report table in ${sheet}`);
  }
}

export interface ExportedPlan {
  spec: WordDocumentSpec;
  sheet: string;
  /** rows of the table exported */
  rows: number;
  landscape: boolean;
}

/** A share as Excel shows it in Vietnam: 0.667 under "0.0%" → "66,7%". */
function percentText(value: number, format: string): string {
  const decimals = /\.(0+)%/.exec(format)?.[1].length ?? 0;
  return `${(value * 100).toLocaleString("vi-VN", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })}%`;
}

/** The text a cell shows, as a person would copy it: a typed text Excel made a formula of comes back as typed; other errors are nothing. */
function shownText(view: SheetView, r: number, c: number): string {
  const v = view.value(r, c);
  if (isErrorValue(v)) {
    const f = view.formula(r, c);
    return f && isTypedTextFormula(f) ? textFromFormula(f) : "";
  }
  const format = view.numberFormat(r, c);
  if (typeof v === "number" && format?.includes("%")) return percentText(v, format);
  return view.text(r, c).trim();
}

/** The texts of a row outside the tables, with the column each starts in. */
function rowTexts(view: SheetView, r: number): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = view.left; c <= view.right; c++) {
    if (view.isCovered(r, c)) continue;
    const text = shownText(view, r, c);
    if (text) out.push({ col: c, text });
  }
  return out;
}

const MOTTO = [/^cộng hòa xã hội chủ nghĩa việt nam$/, /^độc lập\s*[-–—]?\s*tự do\s*[-–—]?\s*hạnh phúc$/];
const GOVERNING = /^(ubnd|ủy ban nhân dân|sở giáo dục|sở gd|phòng giáo dục|phòng gd)/;
const SCHOOL = /^trường\s+\S/;
const NUMBER = /^số\s*:/;
const PLACE_DATE = /,?\s*ngày\s.*tháng\s.*năm\b/;
const SECTION = /^([ivx]+|\d+|[a-zđ])[.)]\s/;
const RECEIVERS = /^nơi nhận\b/;
const SIGNER = /^(kt\.?\s*|tm\.?\s*|q\.?\s*)?(hiệu trưởng|phó hiệu trưởng|giám đốc|phó giám đốc)\b/;
const SIGN_NOTE = /^\(ký/;

/** The facts of the administrative header found in the lines above the first table; the lines that say nothing else stay. */
function headerFacts(view: SheetView, rows: number[]): { facts: Partial<DocumentFacts>; rest: number[] } {
  const facts: Partial<DocumentFacts> = {};
  const rest: number[] = [];
  for (const r of rows) {
    let kept = false;
    for (const { text } of rowTexts(view, r)) {
      const key = foldKey(text);
      if (MOTTO.some((re) => re.test(key))) continue;
      if (text.length <= 100 && GOVERNING.test(key) && !facts.governingBody) facts.governingBody = text;
      else if (text.length <= 80 && SCHOOL.test(key) && !facts.school) facts.school = text;
      else if (text.length <= 60 && NUMBER.test(key) && facts.number === undefined) facts.number = text.replace(/^\s*số\s*:\s*/iu, "").trim();
      else if (text.length <= 80 && PLACE_DATE.test(key) && !facts.placeAndDate) facts.placeAndDate = text;
      else kept = true;
    }
    if (kept) rest.push(r);
  }
  return { facts, rest };
}

/** A row's texts as one line, parts in several cells kept apart by tabs. */
function lineText(view: SheetView, r: number): string {
  return rowTexts(view, r)
    .map((t) => t.text)
    .join("\t");
}

/**
 * Lines as paragraphs, except a small table outside the plan's tables (the report's "Nội dung | Số
 * công việc | Tỷ lệ"): a row of three or more cells and the rows right under it that start in the
 * same column become a table.
 */
function linesToBlocks(view: SheetView, rows: number[]): WordBlock[] {
  const out: WordBlock[] = [];
  for (let i = 0; i < rows.length; i++) {
    const head = rowTexts(view, rows[i]);
    if (head.length < 3) {
      out.push(lineOf(view, rows[i]));
      continue;
    }
    const block = [rows[i]];
    while (i + 1 < rows.length && rows[i + 1] === block[block.length - 1] + 1 && rowTexts(view, rows[i + 1])[0]?.col === head[0].col) block.push(rows[++i]);
    const cols = [...new Set(block.flatMap((r) => rowTexts(view, r).map((t) => t.col)))].sort((a, b) => a - b);
    const values = block.map((r) => {
      const texts = rowTexts(view, r);
      return cols.map((c) => texts.find((t) => t.col === c)?.text ?? null);
    });
    out.push({ kind: "table", rows: values, merges: [], headerRows: 1, weights: cols.map((_, k) => (k === 0 ? 3 : 1)), size: 12 });
  }
  return out;
}

/** A line of the sheet as a paragraph; a section heading in capitals ("III. NỘI DUNG …") in bold. */
function lineOf(view: SheetView, r: number): WordBlock {
  const text = lineText(view, r);
  return { kind: "line", text, align: "justify", bold: SECTION.test(foldKey(text)) && text === text.toLocaleUpperCase("vi") ? true : undefined };
}

/** The table's printed columns (the report's status and key columns left out) and its rows (headers Word would repeat left out). */
function wordTable(view: SheetView, t: PlanTable): WordTable {
  const hidden = new Set(t.layout.kind === "report" ? UNPRINTED_REPORT_ROLES.map((role) => t.columns[role]).filter((c): c is number => c !== undefined) : []);
  const right = Math.max(t.right, ...t.headerRows.map((r) => view.mergeOf(r, t.right)?.right ?? t.right));
  const cols: number[] = [];
  for (let c = t.left; c <= right; c++) if (!hidden.has(c)) cols.push(c);
  const rows: number[] = [...t.headerRows];
  const last = t.headerRows[t.headerRows.length - 1];
  for (let r = last + 1; r <= t.lastRow; r++) if (!isHeaderLike(view, r, t.left, t.right)) rows.push(r);
  const rowIndex = new Map(rows.map((r, i) => [r, i]));
  const colIndex = new Map(cols.map((c, i) => [c, i]));
  const merges: Area[] = [];
  for (const m of view.merges) {
    const top = rowIndex.get(m.top);
    const left = colIndex.get(m.left);
    if (top === undefined || left === undefined) continue;
    let bottom = top;
    while (rowIndex.has(m.top + (bottom - top) + 1) && m.top + (bottom - top) + 1 <= m.bottom) bottom++;
    let rightIndex = left;
    while (colIndex.has(cols[rightIndex] + 1) && cols[rightIndex] + 1 <= m.right) rightIndex++;
    if (bottom > top || rightIndex > left) merges.push({ top, left, bottom, right: rightIndex });
  }
  const values = rows.map((r) => cols.map((c) => (view.isCovered(r, c) ? null : shownText(view, r, c) || null)));
  const boldRows = new Set(t.rows.filter((row) => row.kind === "group" || row.kind === "standard").map((row) => rowIndex.get(row.row)).filter((i): i is number => i !== undefined));
  const roleOf = new Map(Object.entries(t.columns).map(([role, c]) => [c as number, role as Role]));
  const weights = cols.map((c) => ROLE_WIDTH.get(roleOf.get(c)!) ?? 10);
  return { kind: "table", rows: values, merges, headerRows: t.headerRows.length, boldRows, weights, size: 12 };
}

/** The signature block found in the lines after the last table: its receivers, signer and name, and the lines before it. */
function signatureOf(view: SheetView, rows: number[]): { before: number[]; receivers?: string[]; signer?: string[]; name?: string[] } {
  const at = rows.findIndex((r) => rowTexts(view, r).some((t) => RECEIVERS.test(foldKey(t.text))));
  if (at < 0) return { before: rows };
  const block = rows.slice(at).flatMap((r) => rowTexts(view, r));
  // the signer's column splits the block: "HIỆU TRƯỞNG" and what is under it on the right, "Nơi nhận" on the left
  const right = block.find((t) => SIGNER.test(foldKey(t.text)))?.col ?? (view.left + view.right + 1) / 2;
  const receivers: string[] = [];
  const signer: string[] = [];
  const name: string[] = [];
  for (const { col, text } of block) {
    const key = foldKey(text);
    if (RECEIVERS.test(key)) continue;
    if (col < right) receivers.push(text);
    else if (SIGNER.test(key)) signer.push(text);
    else if (!SIGN_NOTE.test(key)) name.push(text);
  }
  return { before: rows.slice(0, at), receivers, signer, name };
}

/** The default title of a plan or a report, when the sheet has none. */
function defaultTitle(kind: "KH" | "BC", year: string | undefined): string[] {
  const y = year ? ` năm học ${year.replace("-", " - ")}` : "";
  return kind === "KH" ? ["KẾ HOẠCH", `Cải tiến chất lượng giáo dục${y}`] : ["BÁO CÁO", `Tiến độ thực hiện kế hoạch cải tiến chất lượng giáo dục${y}`];
}

/** The sheet to export (the plan, or the sheet named) as a Word document spec. Throws NothingToExport when the sheet has no plan or report table. */
export function exportPlan(workbook: WorkbookSnapshot, sheet?: string): ExportedPlan {
  const validation = validateWorkbook(workbook, { sheet });
  const snapshot = workbook.sheets.find((s) => s.name === validation.sheet)!;
  if (!validation.table) throw new NothingToExport(validation.sheet);
  const view = new SheetView(snapshot);
  const tables = readTables(view);
  const kind = validation.table.layout.kind === "report" ? "BC" : "KH";
  const inTable = (r: number) => tables.some((t) => r >= t.headerRows[0] && r <= t.lastRow);
  const lines = (from: number, to: number) => {
    const out: number[] = [];
    for (let r = from; r <= to; r++) if (!inTable(r) && rowTexts(view, r).length) out.push(r);
    return out;
  };
  const first = tables[0];
  const lastTable = tables[tables.length - 1];
  const { facts, rest } = headerFacts(view, lines(view.top, first.headerRows[0] - 1));
  const school = validation.detection.school;
  const wording = officialWording({
    kind,
    governingBody: facts.governingBody ?? school.governingBody,
    school: facts.school ?? school.name,
    number: facts.number,
    placeAndDate: facts.placeAndDate,
    schoolType: school.type,
  });
  // the title: the short lines before the first section heading; else the form's
  const titleEnd = rest.findIndex((r) => {
    const text = lineText(view, r);
    return SECTION.test(foldKey(text)) || text.length > 120;
  });
  const titleRows = titleEnd < 0 ? rest : rest.slice(0, titleEnd);
  const titleTexts = titleRows.length ? titleRows.map((r) => lineText(view, r)) : defaultTitle(kind, school.year);
  // a line in brackets under the title (the circular followed) is italic, as the template writes it
  const title: WordBlock[] = titleTexts.map((text) => ({ kind: "line", text, bold: !text.startsWith("("), italic: text.startsWith("("), align: "center" }));
  const before: WordBlock[] = [
    {
      kind: "sides",
      split: 0.4,
      left: wording.left.map((text, i) => ({ text, bold: i === 1, underline: i === 1, size: 12 })),
      right: wording.right.map((text, i) => ({ text, bold: i < 2, underline: i === 1, italic: i === 2, size: i === 2 ? 13 : 12 })),
    },
    { kind: "line", text: "" },
    ...title,
    { kind: "line", text: "" },
  ];
  // the narrative before the first table; its last line, when a heading, stays with the table
  const narrative = rest.slice(titleRows.length);
  const heading = narrative.length && SECTION.test(foldKey(lineText(view, narrative[narrative.length - 1]))) ? narrative.pop() : undefined;
  before.push(...narrative.map((r) => lineOf(view, r)));
  const body: WordBlock[] = heading === undefined ? [] : [lineOf(view, heading)];
  const wordTables = tables.map((t) => wordTable(view, t));
  tables.forEach((t, i) => {
    if (i > 0) body.push(...linesToBlocks(view, lines(tables[i - 1].lastRow + 1, t.headerRows[0] - 1)));
    body.push(wordTables[i]);
  });
  const signature = signatureOf(view, lines(lastTable.lastRow + 1, view.bottom));
  body.push(...linesToBlocks(view, signature.before));
  body.push({
    kind: "sides",
    split: 0.45,
    left: [{ text: wording.receiversTitle, bold: true, italic: true, align: "left" }, ...(signature.receivers?.length ? signature.receivers : wording.receivers).map((text) => ({ text, size: 11, align: "left" as const }))],
    // the form's instruction "(Ký, ghi rõ họ tên, đóng dấu)" stands under the title while no name is printed
    right: [
      ...(signature.signer?.length ? signature.signer : wording.signer).map((text) => ({ text, bold: true })),
      ...(signature.name?.length ? [] : [{ text: wording.signNote, italic: true }]),
      { text: "" },
      { text: "" },
      { text: "" },
      ...(signature.name ?? []).map((text) => ({ text, bold: true })),
    ],
  });
  const landscape = wordTables.some((t) => t.weights.length >= LANDSCAPE_FROM_COLUMNS);
  const exported = wordTables[tables.findIndex((t) => t.range === validation.table!.range)];
  return {
    spec: {
      title: titleTexts.join(" "),
      // a portrait first page when the document has text before its tables; else the header and title open the table pages
      sections: landscape && narrative.length ? [{ landscape: false, blocks: before }, { landscape: true, blocks: body }] : [{ landscape, blocks: [...before, ...body] }],
    },
    sheet: validation.sheet,
    rows: exported ? exported.rows.length - exported.headerRows : 0,
    landscape,
  };
}
