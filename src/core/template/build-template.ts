import { SheetBuilder } from "../sheet/builder";
import { withRowHeights } from "../sheet/row-heights";
import { TEXT_FORMAT } from "../sheet/cell-input";
import type { SheetPatch, Style, WorkbookPatch } from "../sheet/patch";
import { schoolTypeById } from "../standards/school-types";
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

const CELL: Style = { font: { name: FONT, size: 12 }, wrap: true, vAlign: "top", border: "thin" };
const HEADER: Style = { font: { name: FONT, size: 12, bold: true }, wrap: true, hAlign: "center", vAlign: "center", border: "thin", fill: "#D9E2F3" };
const GROUP: Style = { font: { name: FONT, size: 12, bold: true }, border: "thin", fill: "#F2F2F2" };
const STANDARD: Style = { font: { name: FONT, size: 12, bold: true }, wrap: true, border: "thin" };
const SECTION: Style = { font: { name: FONT, size: 13, bold: true } };
const LINE: Style = { font: { name: FONT, size: 13 } };
const PLACEHOLDER: Style = { font: { name: FONT, size: 12, italic: true, color: "#C00000" }, wrap: true, border: "thin" };

/** "Nơi nhận" of a plan, by who governs the school type. */
export function recipients(plan: Pick<TemplatePlan, "schoolType">): string[] {
  const type = plan.schoolType ? schoolTypeById(plan.schoolType) : undefined;
  const office = type?.governingBody.startsWith("SỞ") ? "- Sở GD&ĐT (để báo cáo);" : "- UBND xã/phường, Sở GD&ĐT (để báo cáo);";
  return [office, "- Hội đồng tự đánh giá;", "- Lưu: VT."];
}

function circularLine(set: StandardSet): string {
  return `(Theo Thông tư số ${set.circular}${set.annex ? `, Phụ lục ${set.annex}` : ""})`;
}

/** The header block of a plan: governing body, school, number, place and date, title, circular. */
function planHeader(plan: TemplatePlan): DocumentInfo {
  return {
    governingBody: plan.governingBody,
    school: plan.school,
    number: plan.number,
    kind: "KH",
    place: plan.place,
    date: plan.date,
    title: ["KẾ HOẠCH", `Cải tiến chất lượng giáo dục năm học ${plan.year.replace("-", " - ")}`],
    subtitle: circularLine(plan.set),
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

function sectionLines(b: SheetBuilder, key: keyof typeof TT57_SECTIONS): void {
  b.row([TT57_SECTIONS[key]], SECTION);
  for (const line of TT57_SECTION_LINES[key]) b.spanRow(line, LINE);
}

function finish(b: SheetBuilder, plan: TemplatePlan, headerAt: number, lists: ListSheet, columns: FormColumn[]): WorkbookPatch {
  writeSignature(b, recipients(plan));
  const sheet: SheetPatch = b.patch(plan.sheetName, {
    create: true,
    columnWidths: columns.map((c, col) => ({ col, width: c.width })),
    freeze: { rows: headerAt + 1 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: `$${headerAt + 1}:$${headerAt + 1}`, margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6 } },
    activate: true,
  });
  sheet.styles = [{ range: `A1:${String.fromCharCode(64 + b.width)}${b.next}`, style: { font: { name: FONT } } }, ...(sheet.styles ?? [])];
  return { sheets: [withRowHeights(sheet), listPatch(lists)] };
}

/** The hidden sheet holding dropdown lists longer than 255 characters. */
export function listPatch(lists: ListSheet): SheetPatch {
  const height = Math.max(...lists.columns.map((c) => c.items.length));
  const values = Array.from({ length: height }, (_, r) => lists.columns.map((c) => c.items[r] ?? null));
  return { sheet: lists.name, visibility: "veryHidden", blocks: [{ top: 0, left: 0, values }] };
}

/** 2018 circulars: level groups, every standard with its official title, a row per chosen criterion, Mức 4. */
function build2018(plan: TemplatePlan): WorkbookPatch {
  const { set } = plan;
  const lists = listSheetFor(set);
  const b = new SheetBuilder(PLAN_2018_COLUMNS.length);
  writeDocumentHeader(b, planHeader(plan));
  const headerAt = headerRow(b, PLAN_2018_COLUMNS);
  const levels = set.levels.join(", ");
  b.spanRow(`MỨC ${levels}`, GROUP);
  const chosen = new Set(plan.criteria.map((c) => c.code));
  const firstData = b.next;
  for (const st of set.standards) {
    const r = b.row([st.no, `Tiêu chuẩn ${st.no}: ${st.title}`]);
    b.merge(r, 1, r, b.width - 1);
    b.style(r, 0, r, b.width - 1, STANDARD);
    for (const c of st.criteria.filter((x) => chosen.has(x.code))) criterionRow2018(b, plan, c, lists);
  }
  codeColumns(b, PLAN_2018_COLUMNS, firstData, b.next - 1);
  if (set.level4) level4Rows(b, set);
  return finish(b, plan, headerAt, lists, PLAN_2018_COLUMNS);
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
    const r = b.row([null, "Yêu cầu (Điều 22)", "Số yêu cầu và nội dung của Mức 4 chưa được xác nhận — chưa có nội dung chính thức"]);
    b.style(r, 0, r, b.width - 1, PLACEHOLDER);
    return;
  }
  for (let i = 1; i <= l4.count; i++) {
    const text = l4.items?.[i - 1];
    // wording rebuilt from a summary is marked, never passed off as the circular's text
    const official = text && !/rebuilt|not retrieved/i.test(l4.itemsStatus ?? "");
    const shown = text ? (official ? text : `${text} [chưa đối chiếu nguyên văn Điều 22]`) : `Yêu cầu ${i} (Điều 22) — chưa có nội dung chính thức`;
    const r = b.row([null, `Yêu cầu ${i}`, shown]);
    b.style(r, 0, r, b.width - 1, official ? CELL : PLACEHOLDER);
  }
}

/** TT57/2026: Biểu 2, Phụ lục V — sections I–VIII with the key-problems, plan and monitoring tables. */
function buildTt57(plan: TemplatePlan): WorkbookPatch {
  const { set } = plan;
  const lists = listSheetFor(set);
  const b = new SheetBuilder(TT57_PLAN_COLUMNS.length);
  writeDocumentHeader(b, planHeader(plan));
  sectionLines(b, "general");
  sectionLines(b, "grounds");
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
  return finish(b, plan, headerAt, lists, TT57_PLAN_COLUMNS);
}

/** The plan sheet a school prints and signs, and the hidden list sheet its dropdowns use. */
export function buildTemplate(plan: TemplatePlan): WorkbookPatch {
  return isTt57(plan.set) ? buildTt57(plan) : build2018(plan);
}
