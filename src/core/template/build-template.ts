import { withLayout } from "../print/layout-patch";
import { KHCT_WORKBOOK_FONT, type FontLook } from "../print/looks";
import { SheetBuilder } from "../sheet/builder";
import { TEXT_FORMAT } from "../sheet/cell-input";
import type { SheetPatch, Style, WorkbookPatch } from "../sheet/patch";
import type { Criterion, StandardSet } from "../standards/types";
import { FONT, writeDocumentHeader, writeSignature, type DocumentInfo } from "./document-header";
import {
  PLAN_2018_COLUMNS,
  TT57_MONITORING_COLUMNS,
  TT57_MONITORING_MOMENTS,
  TT57_PLAN_COLUMNS,
  TT57_PROBLEM_COLUMNS,
  TT57_SECTION_LINES,
  TT57_SECTIONS,
  type FormColumn,
} from "./forms";
import { listSheetFor, listSource, periodPresets, type ListSheet } from "./lists";
import { isTt57, type TemplatePlan } from "./options";
import { formCitation, generalInformationLines, PLACEHOLDER_MARKS, planRecipients, selfEvaluationGround } from "./wording";

const CELL: Style = { font: { name: FONT, size: 12 }, wrap: true, vAlign: "top", border: "thin" };
/** the TT column: numbers centred, as in the documents (not right-aligned as Excel puts numbers) */
const TT: Style = { hAlign: "center" };
const HEADER: Style = { font: { name: FONT, size: 12, bold: true }, wrap: true, hAlign: "center", vAlign: "center", border: "thin", fill: "#D9E2F3" };
const GROUP: Style = { font: { name: FONT, size: 12, bold: true }, border: "thin", fill: "#F2F2F2" };
const STANDARD: Style = { font: { name: FONT, size: 12, bold: true }, wrap: true, border: "thin" };
const SECTION: Style = { font: { name: FONT, size: 13, bold: true } };
const LINE: Style = { font: { name: FONT, size: 13 } };
/** points above a section heading */
const SECTION_SPACING = 6;
/** wording staff must replace (Mức 4 text the reference lacks): red italics on screen, flagged by validation */
const PLACEHOLDER: Style = { font: { name: FONT, size: 12, italic: true, color: "#C00000" }, wrap: true, vAlign: "top", border: "thin" };

/** The header block of a plan: governing body, school, number, place and date, title, circular. */
function planHeader(plan: TemplatePlan): DocumentInfo {
  return {
    governingBody: plan.governingBody,
    school: plan.school,
    schoolType: plan.schoolType,
    number: plan.number,
    kind: "KH",
    place: plan.place,
    date: plan.date,
    title: ["KẾ HOẠCH", `Cải tiến chất lượng giáo dục năm học ${plan.year.replace("-", " - ")}`],
    subtitle: formCitation(plan.set).line,
  };
}

function headerRow(b: SheetBuilder, columns: FormColumn[], spans?: [number, number][]): number {
  const r = b.row();
  columns.forEach((c, i) => {
    const [from, to] = spans ? spans[i] : [i, i];
    b.set(r, from, c.header);
    b.merge(r, from, r, to);
  });
  b.style(r, 0, r, b.width - 1, HEADER);
  return r;
}

/** The text format on the input cells of a table's code columns (rows top..bottom); `spans` place merged columns. */
function codeColumns(b: SheetBuilder, columns: FormColumn[], top: number, bottom: number, spans?: [number, number][]): void {
  if (bottom < top) return;
  columns.forEach((c, i) => {
    if (!c.code) return;
    const col = spans ? spans[i][0] : i;
    b.style(top, col, bottom, col, { numberFormat: TEXT_FORMAT });
  });
}

/** A section of TT57's form: a little room above its heading (paragraph spacing), the heading, its lines. */
function sectionLines(b: SheetBuilder, key: keyof typeof TT57_SECTIONS, lines = TT57_SECTION_LINES[key]): void {
  b.height(b.row(), SECTION_SPACING);
  b.row([TT57_SECTIONS[key]], SECTION);
  for (const line of lines) b.spanRow(line, LINE);
}

/**
 * Signs the sheet, then lays it out for print (measured heights, page breaks, print area and
 * setup: see print/layout-sheet.ts) in a workbook whose default font is `workbookFont`.
 */
function finish(b: SheetBuilder, plan: TemplatePlan, headerAt: number, lists: ListSheet, columns: FormColumn[], workbookFont: FontLook): WorkbookPatch {
  writeSignature(b, planRecipients(plan.governingBody), { school: plan.school, schoolType: plan.schoolType }, plan.signer, columns.map((c) => c.width));
  const sheet: SheetPatch = b.patch(plan.sheetName, {
    create: true,
    columnWidths: columns.map((c, col) => ({ col, width: c.width })),
    freeze: { rows: headerAt + 1 },
    activate: true,
  });
  sheet.styles = [{ range: `A1:${String.fromCharCode(64 + b.width)}${b.next}`, style: { font: { name: FONT } } }, ...(sheet.styles ?? [])];
  return { sheets: [withLayout(sheet, workbookFont).patch, listPatch(lists)] };
}

/** The hidden sheet holding dropdown lists longer than 255 characters. */
export function listPatch(lists: ListSheet): SheetPatch {
  const height = Math.max(...lists.columns.map((c) => c.items.length));
  const values = Array.from({ length: height }, (_, r) => lists.columns.map((c) => c.items[r] ?? null));
  return { sheet: lists.name, visibility: "veryHidden", blocks: [{ top: 0, left: 0, values }] };
}

/** 2018 circulars: level groups, every standard with its official title, a row per chosen criterion, Mức 4. */
function build2018(plan: TemplatePlan, workbookFont: FontLook): WorkbookPatch {
  const { set } = plan;
  const lists = listSheetFor(set);
  const b = new SheetBuilder(PLAN_2018_COLUMNS.length);
  writeDocumentHeader(b, planHeader(plan), PLAN_2018_COLUMNS.map((c) => c.width));
  const headerAt = headerRow(b, PLAN_2018_COLUMNS);
  const levels = set.levels.join(", ");
  b.spanRow(`MỨC ${levels}`, GROUP);
  const chosen = new Set(plan.criteria.map((c) => c.code));
  const firstData = b.next;
  for (const st of set.standards) {
    const r = b.row([st.no, `Tiêu chuẩn ${st.no}: ${st.title}`]);
    b.merge(r, 1, r, b.width - 1);
    b.style(r, 0, r, b.width - 1, STANDARD);
    b.style(r, 0, r, 0, TT);
    for (const c of st.criteria.filter((x) => chosen.has(x.code))) criterionRow2018(b, plan, c, lists);
  }
  codeColumns(b, PLAN_2018_COLUMNS, firstData, b.next - 1);
  if (set.level4) level4Rows(b, set);
  return finish(b, plan, headerAt, lists, PLAN_2018_COLUMNS, workbookFont);
}

function criterionRow2018(b: SheetBuilder, plan: TemplatePlan, c: Criterion, lists: ListSheet): void {
  const r = b.row([null, `Tiêu chí ${c.code}`, plan.targets.get(c.code) ?? null], CELL);
  b.dropdown(r, 2, r, { source: listSource(lists, `target${c.maxLevel}`) }, `Tiêu chí ${c.code}: ${c.title}`);
  b.dropdown(r, 5, r, { items: periodPresets(plan.year) });
}

function level4Rows(b: SheetBuilder, set: StandardSet): void {
  const l4 = set.level4!;
  b.spanRow("MỨC 4", GROUP);
  if (l4.count === null) {
    const r = b.row([null, "Yêu cầu (Điều 22)", `Số yêu cầu và nội dung của Mức 4 chưa được xác nhận — ${PLACEHOLDER_MARKS[0]}`]);
    b.style(r, 0, r, b.width - 1, PLACEHOLDER);
    return;
  }
  for (let i = 1; i <= l4.count; i++) {
    const text = l4.items?.[i - 1];
    // wording rebuilt from a summary is marked, never passed off as the circular's text
    const official = text && !/rebuilt|not retrieved/i.test(l4.itemsStatus ?? "");
    const shown = text ? (official ? text : `${text} ${PLACEHOLDER_MARKS[1]}`) : `Yêu cầu ${i} (Điều 22) — ${PLACEHOLDER_MARKS[0]}`;
    const r = b.row([null, `Yêu cầu ${i}`, shown]);
    b.style(r, 0, r, b.width - 1, official ? CELL : PLACEHOLDER);
  }
}

/** TT57/2026: Biểu 2, Phụ lục V — sections I–VIII with the key-problems, plan and monitoring tables. */
function buildTt57(plan: TemplatePlan, workbookFont: FontLook): WorkbookPatch {
  const { set } = plan;
  const lists = listSheetFor(set);
  const b = new SheetBuilder(TT57_PLAN_COLUMNS.length);
  writeDocumentHeader(b, planHeader(plan), TT57_PLAN_COLUMNS.map((c) => c.width));
  sectionLines(b, "general", generalInformationLines(plan.school, plan.schoolType, plan.address));
  sectionLines(b, "grounds", [selfEvaluationGround(set), ...TT57_SECTION_LINES.grounds.slice(1)]);
  sectionLines(b, "purpose");
  // the chosen criteria, and a few empty numbered rows for problems staff add
  const blankRows = plan.criteria.length + (plan.criteria.length ? 2 : 3);

  sectionLines(b, "problems");
  const problemSpans: [number, number][] = [[0, 0], [1, 1], [2, 3], [4, 5], [6, 7], [8, 9]];
  headerRow(b, TT57_PROBLEM_COLUMNS, problemSpans);
  const firstProblem = b.next;
  for (let i = 0; i < blankRows; i++) {
    const c = plan.criteria[i];
    const st = c ? set.standards.find((s) => s.criteria.includes(c)) : undefined;
    const r = b.row([], CELL);
    b.set(r, 0, i + 1);
    b.style(r, 0, r, 0, TT);
    if (c && st) {
      b.set(r, 1, `Tiêu chuẩn ${st.no}: ${st.title}`);
      b.set(r, 2, `Tiêu chí ${c.code}: ${c.title}`);
    }
    for (const [from, to] of problemSpans) b.merge(r, from, r, to);
  }
  codeColumns(b, TT57_PROBLEM_COLUMNS, firstProblem, b.next - 1, problemSpans);
  b.dropdown(firstProblem, 1, b.next - 1, { source: listSource(lists, "standards") });
  b.dropdown(firstProblem, 2, b.next - 1, { source: listSource(lists, "criteria") });

  sectionLines(b, "plan");
  const headerAt = headerRow(b, TT57_PLAN_COLUMNS);
  const firstItem = b.next;
  for (let i = 0; i < blankRows; i++) {
    const c = plan.criteria[i];
    const r = b.row([i + 1], CELL);
    b.style(r, 0, r, 0, TT);
    if (c) {
      b.set(r, 1, `Tiêu chí ${c.code}: ${c.title}`);
      b.set(r, 2, plan.targets.get(c.code) ?? null);
      b.set(r, 9, "Chưa thực hiện");
    }
  }
  const lastItem = b.next - 1;
  codeColumns(b, TT57_PLAN_COLUMNS, firstItem, lastItem);
  b.dropdown(firstItem, 1, lastItem, { source: listSource(lists, "criteria") });
  b.dropdown(firstItem, 2, lastItem, { source: listSource(lists, "target2") });
  b.dropdown(firstItem, 5, lastItem, { items: periodPresets(plan.year) });
  b.dropdown(firstItem, 9, lastItem, { source: listSource(lists, "statuses") });

  sectionLines(b, "monitoring");
  const monitoringSpans: [number, number][] = [[0, 1], [2, 3], [4, 6], [7, 8], [9, 9]];
  headerRow(b, TT57_MONITORING_COLUMNS, monitoringSpans);
  for (const moment of TT57_MONITORING_MOMENTS) {
    const r = b.row([moment], CELL);
    for (const [from, to] of monitoringSpans) b.merge(r, from, r, to);
  }
  sectionLines(b, "organisation");
  sectionLines(b, "reporting");
  return finish(b, plan, headerAt, lists, TT57_PLAN_COLUMNS, workbookFont);
}

/**
 * The plan sheet a school prints and signs, and the hidden list sheet its dropdowns use, for a
 * workbook whose default font is `workbookFont` (a new workbook's by default).
 */
export function buildTemplate(plan: TemplatePlan, workbookFont: FontLook = KHCT_WORKBOOK_FONT): WorkbookPatch {
  return isTt57(plan.set) ? buildTt57(plan, workbookFont) : build2018(plan, workbookFont);
}
