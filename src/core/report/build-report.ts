import type { Role } from "../layouts/layouts";
import { STATUSES } from "../layouts/statuses";
import type { Detection } from "../plan/detect";
import type { PlanTable } from "../plan/types";
import { a1, columnName } from "../sheet/address";
import { layoutSheet } from "../print/layout-sheet";
import { patchWithLayout, withLayout } from "../print/layout-patch";
import { EXCEL_DEFAULT_FONT, looksOfPatch, type FontLook } from "../print/looks";
import { applyPatchToSnapshot } from "../sheet/apply";
import { SheetBuilder } from "../sheet/builder";
import type { Note, PatchValue, SheetPatch, Style } from "../sheet/patch";
import { SheetView, type SheetSnapshot } from "../sheet/snapshot";
import { formatPoint, type PeriodPoint } from "../text/period";
import { foldKey } from "../text/normalize";
import { isTt57 } from "../template/options";
import { FONT, writeDocumentHeader, writeSignature } from "../template/document-header";
import { REPORT_WORDING, reportRecipients, type Signer } from "../template/wording";
import { planFacts } from "./plan-facts";
import { readExistingReport, type ExistingRow, type InsertedRow } from "./existing-report";
import { refreshedNotes } from "./report-notes";
import { REPORT_2018, REPORT_BLOCKS, REPORT_PERIODS, REPORT_TT57, SUMMARY, type ReportColumn, type ReportForm, type ReportPeriod } from "./forms";
import { matchRows, type Matched } from "./match-rows";
import { planTasks, type PlanTask } from "./plan-tasks";
import { bucketOf, summaryLines, type SummaryRanges, type SummaryRow } from "./summary";
import { BUCKET_LABELS } from "../layouts/statuses";

export interface ReportRequest {
  plan: PlanTable;
  detection: Detection;
  period: ReportPeriod["id"];
  /** the report date, YYYY-MM-DD */
  date: string;
  /** the report sheet as it is now, when refreshing */
  existing?: SheetSnapshot;
  /** when "Hằng năm"/"Cả năm học" tasks end (YYYY-MM-DD); default 31 May of the school year's second year */
  schoolYearEnd?: string;
  /** place for the date line; by default the plan's */
  place?: string;
  /** the plan's sheet, whose header gives the place and the issuer's code of the number */
  planSheet?: SheetSnapshot;
  /** "Kính gửi: …" — the recipient, when the report is addressed to someone */
  addressedTo?: string;
  signer?: Signer;
  /** the default font of the workbook the report goes into (its column unit); Excel's by default */
  workbookFont?: FontLook;
}

export interface ReportResult {
  patch: SheetPatch;
  /** `inserted`: rows staff inserted into the table, kept under the row they were inserted after */
  stats: { tasks: number; kept: number; added: number; orphans: number; late: number; disagreements: number; inserted: number };
}

export function reportSheetName(period: ReportPeriod["id"]): string {
  return `Báo cáo tiến độ - ${REPORT_PERIODS[period].report}`;
}

const CELL: Style = { font: { name: FONT, size: 12 }, wrap: true, vAlign: "top", border: "thin" };
const HEAD: Style = { font: { name: FONT, size: 12, bold: true }, wrap: true, hAlign: "center", vAlign: "center", border: "thin", fill: "#D9E2F3" };
const GROUP: Style = { font: { name: FONT, size: 12, bold: true }, border: "thin", fill: "#F2F2F2" };
const BOLD: Style = { font: { name: FONT, size: 12, bold: true }, wrap: true, border: "thin" };
const TT: Style = { hAlign: "center" };
const ORPHAN_FILL = "#FCE4D6";
const LATE_FILL = "#FFC7CE";

const fmtDate = (iso: string) => iso.split("-").reverse().join("/");

function endBefore(end: PlanTask["end"], date: string, yearEnd: string): PeriodPoint | undefined {
  const point: PeriodPoint = end === "school-year" ? { year: Number(yearEnd.slice(0, 4)), month: Number(yearEnd.slice(5, 7)) } : (end as PeriodPoint);
  if (!end) return undefined;
  const [y, m] = date.split("-").map(Number);
  const month = point.month ?? 12;
  return point.year < y || (point.year === y && month < m) ? point : undefined;
}

/**
 * Builds (or refreshes) the execution-status report of a plan, keeping every cell staff typed, and
 * lays it out for print. The report is KHCT's own sheet, rewritten whole at every refresh, so its
 * table header is repeated the way Word repeats a header row: as copies written at KHCT's page
 * breaks (readers skip them, every refresh puts them where the breaks now are). Print titles
 * would repeat the header above the summary and the signature too (see print/layout-sheet.ts).
 * Two passes: the first finds where pages break with a header on each; the second writes the
 * copies there. A report whose table fits its first page needs no copy: its first pass is laid out
 * once and kept.
 */
export function buildReport(req: ReportRequest): ReportResult {
  const font = req.workbookFont ?? EXCEL_DEFAULT_FONT;
  const rows = reportRows(req);
  const first = firstPass(req, rows, font);
  if (first.laidOut) return first.laidOut;
  const report = writeReport(req, rows, first.copies);
  return { patch: withLayout(report.patch, font).patch, stats: report.stats };
}

/** Where the header copies go; the first pass's report, laid out, only when it needs none (else it is let go before the second). */
function firstPass(req: ReportRequest, rows: ReturnType<typeof reportRows>, font: FontLook): { copies: Set<number>; laidOut?: ReportResult } {
  const first = writeReport(req, rows, new Set());
  const layout = layoutSheet(applyPatchToSnapshot(null, first.patch), looksOfPatch(first.patch, font));
  const copies = new Set(layout.pages.slice(1).map(([top]) => top - first.firstData).filter((k) => k > 0 && k < first.tableRows));
  return copies.size ? { copies } : { copies, laidOut: { patch: patchWithLayout(first.patch, layout), stats: first.stats } };
}

/** The plan's tasks matched with the rows of the report as it is (once for both passes). */
function reportRows(req: ReportRequest) {
  const form: ReportForm = isTt57(req.detection.set) ? REPORT_TT57 : REPORT_2018;
  const existing = req.existing ? readExistingReport(new SheetView(req.existing)) : undefined;
  const frozenRole = form.columns.find((c) => c.source.kind === "frozen")!.role;
  const { matched, orphans } = matchRows(planTasks(req.plan), existing?.rows ?? [], (r) => r.cells[frozenRole] ?? "", (t) => t.texts.tasks ?? "");
  return { form, existing, frozenRole, matched, orphans };
}

/** The report sheet, with copies of the table header before the table rows numbered in `copiesBefore` (0 = the first). */
function writeReport(req: ReportRequest, rows: ReturnType<typeof reportRows>, copiesBefore: Set<number>): ReportResult & { firstData: number; tableRows: number } {
  const { form, existing, frozenRole, matched, orphans } = rows;
  const period = REPORT_PERIODS[req.period];
  const year = req.detection.school.year ?? "";
  const yearEnd = req.schoolYearEnd ?? (year ? `${year.slice(5, 9)}-05-31` : `${req.date.slice(0, 4)}-05-31`);

  const printed = form.columns.filter((c) => !c.unprinted);
  const col = (role: Role) => form.columns.findIndex((c) => c.role === role);
  const b = new SheetBuilder(form.columns.length);
  const pw = printed.length;
  const facts = req.planSheet ? planFacts(new SheetView(req.planSheet), req.plan.headerRows[0]) : {};
  // what the report already shows stays when the request does not say otherwise (a refresh without --signer or --to)
  const addressedTo = req.addressedTo?.trim() ? req.addressedTo : existing?.addressedTo;
  const signer: Signer = req.signer?.name?.trim() ? req.signer : (existing?.signer ?? req.signer ?? {});
  const school = req.detection.school;
  const issuer = { school: school.name ?? "", schoolType: school.type };
  const headerInfo = {
    governingBody: school.governingBody ?? "",
    ...issuer,
    kind: REPORT_WORDING.kind,
    number: `…/${REPORT_WORDING.kind}-${facts.issuerCode ?? "…"}`,
    place: req.place ?? facts.place,
    date: req.date,
    title: [REPORT_WORDING.title, `Kết quả thực hiện kế hoạch cải tiến chất lượng giáo dục năm học ${year.replace("-", " - ")}`, `${period.report} — tính đến ngày ${fmtDate(req.date)}`],
    addressedTo: addressedTo ? REPORT_WORDING.addressedTo(addressedTo) : undefined,
  };
  // the header block spans the printed columns only
  writeDocumentHeader(b, headerInfo, printed.map((c) => c.width));
  // where KHCT can only write "…" (a governing body, a school the plan does not name; the number the clerk gives),
  // what staff typed over it in the report stays
  const placeholder = (text: string) => text.includes("…") || text.includes("...");
  existing?.issuerLines.forEach((typed, r) => {
    const now = b.get(r, 0);
    if (typed && !placeholder(typed) && typeof now === "string" && placeholder(now)) b.set(r, 0, typed);
  });

  // table header: one row, or two when columns share a parent; copies of it (printed columns only) at page breaks
  const twoRows = form.columns.some((c) => c.parent);
  const writeHeader = (width: number) => {
    const h1 = b.row();
    const h2 = twoRows ? b.row() : h1;
    form.columns.slice(0, width).forEach((c, i) => {
      const text = c.header.replace("{year}", year.replace("-", " - ")).replace("{period}", period.report);
      if (!c.parent) {
        b.set(h1, i, text);
        b.merge(h1, i, h2, i);
      } else {
        b.set(h2, i, text);
        const first = form.columns.findIndex((x) => x.parent === c.parent);
        if (first === i) {
          const last = form.columns.map((x) => x.parent).lastIndexOf(c.parent);
          b.set(h1, i, c.parent.replace("{year}", year.replace("-", " - ")));
          b.merge(h1, i, h1, last);
        }
      }
    });
    b.style(h1, 0, h2, width - 1, HEAD);
    return { h1, h2 };
  };
  const { h2 } = writeHeader(form.columns.length);
  let ordinal = 0;
  /** the next row of the table, after a copy of the header when a page starts there */
  const tableRow = (values: PatchValue[] = [], style?: Style) => {
    if (copiesBefore.has(ordinal++)) writeHeader(pw);
    return b.row(values, style);
  };

  const notes: Note[] = [];
  const fills: { range: string; style: Style }[] = [];
  const summaryRows: SummaryRow[] = [];
  const stats = { tasks: matched.length, kept: 0, added: 0, orphans: orphans.length, late: 0, disagreements: 0, inserted: 0 };
  /** Rows staff inserted into the table, written back as they typed them (in the columns of their roles). */
  /** old sheet row → new sheet row of each row written again, the table's and the comment block's answers (their notes follow them) */
  const moved = new Map<number, number>();
  const writeInserted = (rows: InsertedRow[] | undefined) => {
    for (const { row, cells } of rows ?? []) {
      const r = tableRow([], CELL);
      form.columns.forEach((c, i) => b.set(r, i, cells[c.role] ?? null));
      moved.set(row, r);
      stats.inserted++;
    }
  };

  const firstData = b.next;
  writeInserted(existing?.insertedFirst);
  let lastGroup = "";
  let lastStandard: number | undefined;
  let tt = 0;
  const orphansByCode = new Map<string, ExistingRow[]>();
  for (const o of orphans) {
    const code = o.key.split("#")[0];
    const stillPlanned = matched.some((m) => m.task.code === code);
    const k = stillPlanned ? code : "";
    if (!orphansByCode.has(k)) orphansByCode.set(k, []);
    orphansByCode.get(k)!.push(o);
  }

  /** Writes one task's row (after a header copy when a page starts there); returns its sheet row. */
  const writeRow = (m: Matched | { orphan: ExistingRow }, first: boolean): number => {
    const r = tableRow([], CELL);
    const ex = "orphan" in m ? m.orphan : m.existing;
    const task = "orphan" in m ? undefined : m.task;
    const key = "orphan" in m ? m.orphan.key : m.key;
    for (const [i, c] of form.columns.entries()) {
      let v: PatchValue = null;
      switch (c.source.kind) {
        case "tt":
          v = form.id === "report-tt57" && first ? ++tt : null;
          break;
        case "code": {
          const code = task?.code ?? key.split("#")[0];
          // a criterion whose code cannot be read is shown as the plan wrote it
          v = first ? (code ? `Tiêu chí ${code}` : (task?.texts.criterion ?? null)) : null;
          break;
        }
        case "key":
          v = key;
          break;
        case "plan":
          v = task ? (c.source.from.map((role) => task.texts[role]).find(Boolean) ?? null) : (ex?.cells[c.role] ?? null);
          break;
        case "frozen":
          v = ex?.cells[c.role] ?? (task ? (c.source.from.map((role) => task.texts[role]).find(Boolean) ?? null) : null);
          break;
        case "staff":
        case "status":
          v = ex?.cells[c.role] ?? (c.source.kind === "status" && task && form.id === "report-tt57" ? (task.texts.status ?? null) : null);
          break;
      }
      b.set(r, i, v);
    }
    b.style(r, 0, r, 0, TT);
    if (ex) moved.set(ex.row, r);
    if (ex) stats.kept += "orphan" in m ? 0 : 1;
    else stats.added++;
    // the plan changed since the first build: propose the new text as the adjustment
    const adjustedCol = col("adjusted");
    if (task && ex && adjustedCol >= 0 && !ex.cells.adjusted) {
      const now = task.texts.tasks ?? "";
      if (now && foldKey(now) !== foldKey(ex.cells[frozenRole] ?? "")) {
        b.set(r, adjustedCol, now);
        notes.push({ cell: a1(r, adjustedCol), text: "KHCT: kế hoạch đã sửa nội dung này sau lần lập báo cáo đầu; đề xuất ghi vào cột điều chỉnh. / The plan changed this task; proposed as the adjustment." });
      }
    }
    const status = String(b.get(r, col("status")) ?? "");
    const results = form.resultRoles
      ? { done: String(b.get(r, col("done")) ?? ""), inProgress: String(b.get(r, col("inProgress")) ?? ""), notStarted: String(b.get(r, col("notStarted")) ?? "") }
      : undefined;
    summaryRows.push({ key, status, results });
    const statusCell = a1(r, col("status"));
    if ("orphan" in m) {
      const printedCols = form.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.source.kind !== "staff" && c.source.kind !== "status");
      for (const { i } of printedCols) fills.push({ range: a1(r, i), style: { fill: ORPHAN_FILL } });
      notes.push({ cell: a1(r, col(form.id === "report-2018" ? "criterion" : "content")), text: `KHCT: dòng này không còn trong kế hoạch (mã ${key}); giữ lại để không mất nội dung đã nhập. / This row is no longer in the plan; kept so nothing typed is lost.` });
      return r;
    }
    const bucket = bucketOf({ key, status, results });
    if (results && status && STATUSES.includes(status)) {
      const filled = (Object.entries(results) as [keyof typeof results, string][]).filter(([, t]) => t.trim()).map(([k]) => k);
      const disagree = filled.length > 0 && !filled.includes(bucket as keyof typeof results);
      if (disagree) {
        stats.disagreements++;
        notes.push({ cell: statusCell, text: `KHCT: trạng thái "${status}" khác với cột kết quả đã ghi; báo cáo tính theo trạng thái. / The status differs from the result column filled; the report counts the status.` });
      }
    }
    const late = task && (bucket === "inProgress" || bucket === "notStarted") ? endBefore(task.end, req.date, yearEnd) : undefined;
    if (late) {
      stats.late++;
      fills.push({ range: statusCell, style: { fill: LATE_FILL } });
      notes.push({ cell: statusCell, text: `KHCT: quá hạn — thời gian kết thúc ${formatPoint(late)} trước ngày báo cáo ${fmtDate(req.date)}. / Late: it was due ${formatPoint(late)}.` });
    }
    return r;
  };

  for (let i = 0; i < matched.length; i++) {
    const m = matched[i];
    const t = m.task;
    if (form.id === "report-2018") {
      if (t.group && t.group.text !== lastGroup) {
        lastGroup = t.group.text;
        lastStandard = undefined;
        const r = tableRow([t.group.text]);
        b.merge(r, 0, r, pw - 1);
        b.style(r, 0, r, pw - 1, GROUP);
      }
      if (t.standardNo !== undefined && t.standardNo !== lastStandard) {
        lastStandard = t.standardNo;
        const official = req.detection.set.standards.find((s) => s.no === t.standardNo)?.title ?? t.standardTitle;
        const r = tableRow([t.standardNo, `Tiêu chuẩn ${t.standardNo}${official ? `: ${official}` : ""}`]);
        b.merge(r, 1, r, pw - 1);
        b.style(r, 0, r, pw - 1, BOLD);
        b.style(r, 0, r, 0, TT);
      }
    }
    const first = i === 0 || matched[i - 1].task.code !== t.code || !t.code;
    let last = writeRow(m, first);
    const start = last;
    writeInserted(m.existing?.inserted);
    const lastOfCode = i === matched.length - 1 || matched[i + 1].task.code !== t.code;
    if (lastOfCode) {
      for (const o of orphansByCode.get(t.code) ?? []) {
        last = writeRow({ orphan: o }, false);
        writeInserted(o.inserted);
      }
      orphansByCode.delete(t.code);
      const codeCol = col("criterion");
      if (form.id === "report-2018" && codeCol >= 0) {
        let top = start;
        while (top > firstData && b.get(top - 1, codeCol) === null && b.get(top - 1, col("key")) !== null) top--;
        // (a criterion's rows stay on one page: see print/structure.ts, so no header copy falls inside this merge;
        // it ends at the criterion's last row with a key, never over a row staff inserted, whose cells it would hide)
        let bottom = start;
        while (bottom < last && b.get(bottom + 1, codeCol) === null && b.get(bottom + 1, col("key")) !== null) bottom++;
        if (bottom > top) b.merge(top, codeCol, bottom, codeCol);
      }
    }
  }
  for (const rest of orphansByCode.values()) {
    for (const o of rest) {
      writeRow({ orphan: o }, true);
      writeInserted(o.inserted);
    }
  }
  const lastData = Math.max(firstData, b.next - 1);

  const range = (role: Role) => {
    const c = columnName(col(role));
    return `$${c}$${firstData + 1}:$${c}$${lastData + 1}`;
  };
  const ranges: SummaryRanges = {
    status: range("status"),
    key: range("key"),
    results: form.resultRoles ? { done: range("done"), inProgress: range("inProgress"), notStarted: range("notStarted") } : undefined,
  };
  b.dropdown(firstData, col("status"), lastData, { items: [...STATUSES] });

  // summary: counts and percentages, live formulas with the values computed here
  b.row();
  b.row([SUMMARY.title], { font: { name: FONT, size: 12, bold: true } });
  const sh = b.row([SUMMARY.header[0], null, null, SUMMARY.header[1], SUMMARY.header[2]]);
  b.merge(sh, 0, sh, 2);
  b.style(sh, 0, sh, 4, HEAD);
  const standards = form.id === "report-2018" ? [...new Set(matched.map((m) => m.task.standardNo).filter((n): n is number => n !== undefined))] : [];
  for (const scope of [undefined, ...standards]) {
    const pattern = scope === undefined ? "?*" : `${scope}.*`;
    const totalRow = b.row([scope === undefined ? SUMMARY.total : `Tiêu chuẩn ${scope}`]);
    const totalCell = `$D$${totalRow + 1}`;
    const count = summaryRows.filter((s) => pattern === "?*" || s.key.startsWith(`${scope}.`)).length;
    b.set(totalRow, 3, { formula: `=COUNTIF(${ranges.key},"${pattern}")`, cached: count });
    b.merge(totalRow, 0, totalRow, 2);
    b.style(totalRow, 0, totalRow, 4, BOLD);
    const first = b.next;
    const lines = summaryLines(summaryRows, ranges, (i) => `D${first + i + 1}`, totalCell, pattern);
    for (const line of lines) {
      const r = b.row([`- ${BUCKET_LABELS[line.label as keyof typeof BUCKET_LABELS].vi}`, null, null, line.count, line.percent]);
      b.merge(r, 0, r, 2);
      b.style(r, 0, r, 4, CELL);
      b.style(r, 4, r, 4, { numberFormat: "0.0%" });
    }
  }

  // free-text blocks, kept across refreshes
  b.row();
  for (const block of REPORT_BLOCKS) {
    if ("heading" in block) {
      b.row([block.label], { font: { name: FONT, size: 12, bold: true } });
      continue;
    }
    const r = b.row([block.label, null, existing?.blocks.get(block.label) ?? null]);
    // a note on an answer, or on a line staff added under it (now joined to it), follows the answer
    for (const old of existing?.blockRows.get(block.label) ?? []) moved.set(old, r);
    b.merge(r, 0, r, 1);
    b.merge(r, 2, r, pw - 1);
    b.style(r, 0, r, 1, { font: { name: FONT, size: 12, bold: true }, vAlign: "top" });
    b.style(r, 2, r, pw - 1, { font: { name: FONT, size: 12 }, wrap: true, vAlign: "top", border: "thin" });
  }
  writeSignature(b, reportRecipients(school.governingBody ?? "", addressedTo), issuer, signer, printed.map((c) => c.width));

  const keyCol = col("key");
  const refreshed = refreshedNotes(req.existing?.notes, moved, notes, req.existing?.threadedComments);
  const patch = b.patch(reportSheetName(req.period), {
    columnWidths: form.columns.map((c: ReportColumn, i) => ({ col: i, width: c.width })),
    hiddenColumns: [keyCol],
    freeze: { rows: h2 + 1 },
    notes: refreshed.notes,
    ...(refreshed.removeNotes.length ? { removeNotes: refreshed.removeNotes } : {}),
    activate: true,
  });
  patch.styles = [{ range: `A1:${columnName(form.columns.length - 1)}${b.next}`, style: { font: { name: FONT } } }, ...(patch.styles ?? []), ...fills];
  return { patch, stats, firstData, tableRows: ordinal };
}

