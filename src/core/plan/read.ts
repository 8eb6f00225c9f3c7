import { CRITERION_BULLET, CRITERION_CELL_START } from "../layouts/criterion-forms";
import type { Role } from "../layouts/layouts";
import { areaToA1 } from "../sheet/address";
import { scanTables, walkTableRows } from "../sheet/scan-tables";
import type { SheetView } from "../sheet/snapshot";
import {
  findCriterionRefsInList,
  findCriterionRefsInProse,
  groupedCodeCandidates,
  parseCriterionCell,
  parseCriterionDate,
  parseCriterionNumber,
  parseCriterionText,
  parseLevel4Text,
  type CriterionRef,
} from "../text/criterion-ref";
import { isGroupNumber, parseLevelGroup } from "../text/level";
import { cleanText, foldKey, foldKeyOfShortText } from "../text/normalize";
import { fieldFromCell, joinField, type Field } from "./field";
import { isHeaderLike, matchHeader, repeatsHeader, type HeaderMatch } from "./header";
import type { PlanRow, PlanTable } from "./types";

const STANDARD_HEADING = /^tiêu chuẩn\s*(\d{1,2})(?!\s*[.,]\s*\d)\s*(?:[:.\-)]\s*|\s+|$)(.*)$/;
/** "1. Rà soát …", "2) Tổ chức …": a numbered line, not a criterion code */
const NUMBERED_LINE = /^\d{1,2}[.)]\s+\p{L}/u;
const SECTION_HEADING = /^(?:[ivx]+\s*[./)]|[a-zđ]\)\s|\d+\.\s+\p{Lu}|(?:[-+*•]\s*)?(?:nhận xét|kiến nghị|đề xuất|nơi nhận|tổ chức thực hiện|hiệu trưởng|kết luận|tổng hợp)\b)/u;

/** Reads every plan, report and TT57 table of a sheet, in order. */
export function readTables(view: SheetView): PlanTable[] {
  return scanTables(view, matchHeader, readTable);
}

/** The row's non-empty cells within the table (left to right), and those of the header's columns by role. */
function rowFields(view: SheetView, row: number, header: HeaderMatch, roleCols: [Role, number][]): { fields: Partial<Record<Role, Field>>; cells: Field[] } {
  const cells: Field[] = [];
  for (let c = header.left; c <= header.right; c++) {
    if (view.value(row, c) === null && !view.formula(row, c)) continue;
    if (view.isCovered(row, c)) continue;
    const f = fieldFromCell(view.cell(row, c));
    if (f) cells.push(f);
  }
  const fields: Partial<Record<Role, Field>> = {};
  for (const [role, col] of roleCols) {
    for (const f of cells) {
      if (f.col !== col) continue;
      fields[role] = f;
      break;
    }
  }
  return { fields, cells };
}

/** The code a cell holds: every form of the vocabulary in the criterion column, the strict ones elsewhere. */
function refOfField(f: Field, inCodeColumn: boolean): CriterionRef | undefined {
  if (f.date) return parseCriterionDate(f.date.day, f.date.month);
  if (f.isNumber && typeof f.value === "number") return parseCriterionNumber(f.value);
  return inCodeColumn ? parseCriterionCell(f.text) : parseCriterionText(f.text);
}

/**
 * A criterion column cell whose code cannot be read but which means to name a criterion: a number,
 * or text starting with a criterion word, a bullet or a digit ("Tiêu chí 1.a", "- 1.x") that is not
 * a section heading or a numbered line. It is its own criterion row, never folded into the one above.
 */
function claimsCriterion(f: Field, key: string): boolean {
  if (f.isNumber || f.date) return true;
  return CRITERION_CELL_START.test(key) && !SECTION_HEADING.test(key) && !NUMBERED_LINE.test(key);
}

class TableReader {
  readonly rows: PlanRow[] = [];
  private group?: PlanRow;
  private standard?: PlanRow;
  /** the last criterion or item row, which task and continuation rows attach to */
  private owner?: PlanRow;
  /** the last row continuation text joins */
  private last?: PlanRow;
  private readonly codeCol?: number;
  private readonly roleCols: [Role, number][];

  constructor(
    private readonly view: SheetView,
    private readonly header: HeaderMatch,
  ) {
    const codes = header.layout.codes;
    this.codeCol = codes ? header.columns[codes.role] : undefined;
    this.roleCols = Object.entries(header.columns) as [Role, number][];
  }

  private push(row: PlanRow): PlanRow {
    row.group = this.group;
    row.standardRow = this.standard;
    this.rows.push(row);
    return row;
  }

  /** Reads one row; false when the row ends the table. */
  read(r: number): boolean {
    const { view, header } = this;
    const { fields, cells } = rowFields(view, r, header, this.roleCols);
    const lead = cells[0];
    const codeField = this.codeCol !== undefined ? fields[header.layout.codes!.role] : undefined;
    // the code may sit in the TT column when the row lost its merged TT cell
    const ttField = fields.tt && !/^\d+\.?$/.test(fields.tt.text) ? fields.tt : undefined;
    const codeCandidates = [codeField, ttField, lead].filter((f): f is Field => !!f);

    const levels = this.levelGroup(cells);
    if (levels) {
      this.group = this.push({ kind: "group", row: r, fields, codeField: lead, levels });
      this.standard = this.owner = this.last = undefined;
      return true;
    }
    if (header.layout.codes?.how === "cell") return this.readCodeRow(r, fields, codeCandidates, lead);
    return this.readItemRow(r, fields, lead);
  }

  /** The levels of a group row: its title in the code column or left of it ("MỨC 1, 2, 3"), maybe after its number in the TT column ("II" | "MỨC 4"). */
  private levelGroup(cells: Field[]): number[] | undefined {
    const limit = this.codeCol ?? this.header.left;
    const [lead, next] = cells;
    if (!lead || lead.col > limit) return undefined;
    const own = parseLevelGroup(lead.text);
    if (own || !next || next.col > limit || !isGroupNumber(lead.text)) return own;
    return parseLevelGroup(next.text);
  }

  private readCodeRow(r: number, fields: Partial<Record<Role, Field>>, candidates: Field[], lead: Field | undefined): boolean {
    const codeField = this.codeCol !== undefined ? fields[this.header.layout.codes!.role] : undefined;
    const level4Group = !!this.group?.levels?.includes(4) && this.group.levels.length === 1;
    for (const f of candidates) {
      const inCodeColumn = f === codeField;
      const key = foldKeyOfShortText(f.text);
      const unbulleted = inCodeColumn ? key.replace(CRITERION_BULLET, "") : key;
      const st = f.isNumber ? null : STANDARD_HEADING.exec(unbulleted);
      if (st) {
        const title = f.text.replace(/^\s*(?:[-+*•]\s*)?tiêu\s+chuẩn\s*\d{1,2}\s*[:.\-)]?\s*/iu, "").trim();
        this.standard = this.push({ kind: "standard", row: r, fields, codeField: f, standardNo: Number(st[1]), standardTitle: title || undefined });
        this.owner = this.last = undefined;
        return true;
      }
      if (level4Group) {
        // the requirements under MỨC 4 are numbered 1…n: a number there is a requirement, never a code
        const l4 = f.isNumber ? (inCodeColumn && Number.isInteger(f.value) ? { index: f.value as number } : undefined) : parseLevel4Text(unbulleted);
        if (l4) {
          this.owner = this.last = this.push({ kind: "level4", row: r, fields, codeField: f, level4: l4 });
          return true;
        }
      }
      const ref = refOfField(f, inCodeColumn);
      if (ref || (inCodeColumn && claimsCriterion(f, key))) {
        const grouped = !ref && f.isNumber && !level4Group ? groupedCodeCandidates(f.value as number) : [];
        const row: PlanRow = { kind: "criterion", row: r, fields, codeField: f, ref, code: ref?.code, unreadableCode: !ref, ...(grouped.length ? { groupedCodes: grouped } : {}) };
        if (ref?.form === "numeric" && ref.index === 1) row.code = this.probablyTen(ref) ?? ref.code;
        this.owner = this.last = this.push(row);
        return true;
      }
    }
    return this.readOtherRow(r, fields, lead);
  }

  /** A numeric x.1 after x.9, or repeating an earlier x.1 of the same standard, was typed "x.10". */
  private probablyTen(ref: CriterionRef): string | undefined {
    const before = this.rows.filter((p) => p.kind === "criterion" && p.ref && p.ref.standard === ref.standard);
    const previous = before[before.length - 1];
    if (previous?.ref?.index === 9 || before.some((p) => p.ref?.index === 1)) return `${ref.standard}.10`;
    return undefined;
  }

  private readItemRow(r: number, fields: Partial<Record<Role, Field>>, lead: Field | undefined): boolean {
    const { header } = this;
    const codes = header.layout.codes;
    const codeField = codes ? fields[codes.role] : undefined;
    if (header.layout.id === "problems-tt57" && fields.standard) {
      const st = STANDARD_HEADING.exec(foldKey(fields.standard.text)) ?? /^(\d{1,2})\.?$/.exec(foldKey(fields.standard.text));
      if (st) this.standard = { kind: "standard", row: r, fields, codeField: fields.standard, standardNo: Number(st[1]) };
    }
    if (codeField) {
      const found = codes!.how === "prose" ? findCriterionRefsInProse(codeField.text) : findCriterionRefsInList(codeField.text);
      this.owner = this.last = this.push({ kind: "item", row: r, fields, codeField, refs: found.map((ref) => ({ ref, field: codeField })) });
      return true;
    }
    if (!codes && Object.keys(fields).length > 0 && (fields.time || fields.monitored)) {
      this.owner = this.last = this.push({ kind: "item", row: r, fields, refs: [] });
      return true;
    }
    return this.readOtherRow(r, fields, lead);
  }

  /** A row with no code: another task of the criterion above, a continuation, or the end of the table. */
  private readOtherRow(r: number, fields: Partial<Record<Role, Field>>, lead: Field | undefined): boolean {
    const { view, header } = this;
    if (!lead) return true;
    const onlyTt = Object.keys(fields).length === 1 && fields.tt && /^\d+\.?$/.test(fields.tt.text);
    if (onlyTt) return true;
    if (lead.col <= (this.codeCol ?? header.left) && SECTION_HEADING.test(foldKey(lead.text))) return false;
    const owner = this.owner;
    const inOwnerMerge =
      owner &&
      this.codeCol !== undefined &&
      (() => {
        const m = view.mergeOf(r, this.codeCol);
        return !!m && m.top <= owner.row && m.bottom >= r;
      })();
    const ownLead = !!fields.lead && !continuesText(this.last?.fields.lead, fields.lead);
    const ownSchedule = ownLead || !!(fields.period || fields.periodStart || fields.periodEnd);
    if (owner && (inOwnerMerge || (header.layout.kind === "plan" && ownSchedule))) {
      this.last = this.push({ kind: "task", row: r, fields, parent: owner, code: owner.code });
      return true;
    }
    if (this.last) {
      for (const [role, f] of Object.entries(fields) as [Role, Field][]) {
        const into = this.last.fields[role];
        if (into) joinField(into, f);
        else this.last.fields[role] = { ...f, joinedRows: undefined };
      }
      return true;
    }
    // text before any criterion (a note under a heading): part of the table, nothing to check
    return true;
  }
}

function headerTexts(view: SheetView, header: HeaderMatch): Partial<Record<Role, string>> {
  const out: Partial<Record<Role, string>> = {};
  const last = header.rows[header.rows.length - 1];
  for (const [role, col] of Object.entries(header.columns) as [Role, number][]) {
    const own = view.isCovered(last, col) ? "" : view.text(last, col).trim();
    const m = view.mergeOf(header.rows[0], col);
    out[role] = cleanText(own || (m ? view.text(m.top, m.left) : view.text(header.rows[0], col)));
  }
  return out;
}

/** A fragment that carries on the text above it mid-sentence: it starts in lower case. */
function continuesText(above: Field | undefined, fragment: Field): boolean {
  return !!above && /^\p{Ll}/u.test(fragment.text);
}

function readTable(view: SheetView, header: HeaderMatch): PlanTable {
  const reader = new TableReader(view, header);
  const firstRow = header.rows[header.rows.length - 1] + 1;
  const lastRow = walkTableRows(view, header, (r) => {
    if (isHeaderLike(view, r, header.left, header.right)) {
      if (repeatsHeader(view, r, header)) return { skipThrough: r + header.rows.length - 1 };
      const other = matchHeader(view, r);
      // another table starts, or Word repeated the header after a page break
      return other && other.layout.id !== header.layout.id ? "stop" : { skipThrough: r };
    }
    return reader.read(r) ? "row" : "stop";
  });
  return {
    sheet: view.name,
    layout: header.layout,
    headerRows: header.rows,
    firstRow,
    lastRow,
    range: areaToA1({ top: header.rows[0], left: header.left, bottom: Math.max(lastRow, header.rows[header.rows.length - 1]), right: header.right }),
    columns: header.columns,
    headers: headerTexts(view, header),
    left: header.left,
    right: header.right,
    rows: reader.rows,
  };
}

