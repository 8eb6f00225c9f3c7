import { fieldFromCell, type Field } from "../plan/field";
import { matchHeader } from "../plan/header";
import { areaToA1 } from "../sheet/address";
import { scanTables, walkTableRows } from "../sheet/scan-tables";
import type { SheetView } from "../sheet/snapshot";
import {
  parseCriterionDate,
  parseCriterionNumber,
  parseCriterionText,
  parseLevel4Text,
  type CriterionRef,
} from "../text/criterion-ref";
import { foldKey } from "../text/normalize";
import { matchEvaluationHeader, type EvaluationHeader } from "./header";
import type { EvaluationRow, EvaluationTable, Mark } from "./types";
import { isMark, parseLevelValue, saysMandatory } from "./vocabulary";

const STANDARD_HEADING = /^tiêu chuẩn\s*(\d{1,2})(?!\s*[.,]\s*\d)/;
/** Text that ends a table: a new section, a conclusion, the counts, a signature. */
const ENDS_TABLE = /^(?:[ivx]+\s*[./)]\s|[-+*•]?\s*(?:kết luận|nhận xét|đánh giá chung|tổng hợp|tổng cộng|tổng số|tổng|cộng|mức đánh giá|số lượng|nhà trường|trường|hiệu trưởng|người lập|nơi nhận)(?![\p{L}\d]))/u;

/** Every self-evaluation table of a sheet (criterion levels, Mức 4 requirements), in order. */
export function readEvaluationTables(view: SheetView): EvaluationTable[] {
  return scanTables(view, matchEvaluationHeader, readTable);
}

function field(view: SheetView, row: number, col: number | undefined): Field | undefined {
  if (col === undefined || view.isCovered(row, col)) return undefined;
  return fieldFromCell(view.cell(row, col));
}

function refOf(f: Field): CriterionRef | undefined {
  if (f.date) return parseCriterionDate(f.date.day, f.date.month);
  if (f.isNumber && typeof f.value === "number") return parseCriterionNumber(f.value);
  return parseCriterionText(f.text);
}

/** The cells that may name the row: the criterion column, then the TT column, then the first filled cell. */
function codeCandidates(view: SheetView, row: number, header: EvaluationHeader): Field[] {
  const out: Field[] = [];
  const criterion = field(view, row, header.criterionColumn);
  if (criterion) out.push(criterion);
  const ttCol = [...header.columns.entries()].find(([, r]) => r === "tt")?.[0];
  const tt = field(view, row, ttCol);
  if (tt) out.push(tt);
  for (let c = header.left; c <= header.right; c++) {
    const f = field(view, row, c);
    if (f) {
      out.push(f);
      break;
    }
  }
  return out;
}

function marksOf(view: SheetView, row: number, header: EvaluationHeader): Mark[] {
  const out: Mark[] = [];
  for (const { col, level } of header.markColumns) {
    const f = field(view, row, col);
    if (f && isMark(f.text)) out.push({ level, cell: f.cell, row, col, text: f.text });
  }
  return out;
}

class EvaluationReader {
  readonly rows: EvaluationRow[] = [];
  private standardNo?: number;

  constructor(
    private readonly view: SheetView,
    private readonly header: EvaluationHeader,
  ) {}

  /** Reads one row; false when the row ends the table. */
  read(r: number): boolean {
    const { view, header } = this;
    const candidates = codeCandidates(view, r, header);
    const marks = marksOf(view, r, header);
    const valueField = field(view, r, header.valueColumn);
    for (const f of candidates) {
      const standard = f.isNumber ? null : STANDARD_HEADING.exec(foldKey(f.text));
      if (standard) {
        this.standardNo = Number(standard[1]);
        return true;
      }
      const named = header.kind === "levels" ? this.criterionRow(r, f) : this.requirementRow(r, f);
      if (named) {
        this.push(named, marks, valueField);
        return true;
      }
    }
    const lead = candidates[candidates.length - 1];
    if (lead && ENDS_TABLE.test(foldKey(lead.text))) return false;
    if (marks.length > 0 || (valueField && parseLevelValue(valueField.text) !== undefined)) {
      // a result without a readable criterion ("Tiêu chí 1.a", an empty code cell)
      this.push({ row: r, codeField: candidates[0], marks: [] }, marks, valueField);
    }
    return true;
  }

  private criterionRow(r: number, f: Field): EvaluationRow | undefined {
    const ref = refOf(f);
    if (!ref) return undefined;
    return { row: r, codeField: f, code: this.probablyTen(ref) ?? ref.code, marks: [] };
  }

  private requirementRow(r: number, f: Field): EvaluationRow | undefined {
    const req = f.isNumber && typeof f.value === "number" ? (Number.isInteger(f.value) ? { index: f.value } : undefined) : parseLevel4Text(f.text);
    return req ? { row: r, codeField: f, requirement: req.index, marks: [] } : undefined;
  }

  /** A number x.1 after x.9, or repeating an earlier x.1 of the same standard, was typed "x.10". */
  private probablyTen(ref: CriterionRef): string | undefined {
    if (ref.form !== "numeric" || ref.index !== 1) return undefined;
    const before = this.rows.filter((row) => row.code?.startsWith(`${ref.standard}.`));
    const previous = before[before.length - 1];
    return previous?.code === `${ref.standard}.9` || before.some((row) => row.code === ref.code) ? `${ref.standard}.10` : undefined;
  }

  private push(row: EvaluationRow, marks: Mark[], valueField: Field | undefined): void {
    const { view, header } = this;
    row.standardNo = this.standardNo;
    row.marks = marks;
    if (header.valueColumn !== undefined) {
      row.valueField = valueField;
      row.level = valueField ? parseLevelValue(valueField.text) : undefined;
    } else if (marks.length === 1) {
      row.level = marks[0].level;
    }
    const mandatoryCell = field(view, row.row, header.mandatoryColumn);
    row.markedMandatory = (!!mandatoryCell && isMark(mandatoryCell.text)) || (!!row.codeField && saysMandatory(row.codeField.text));
    this.rows.push(row);
  }
}

function readTable(view: SheetView, header: EvaluationHeader): EvaluationTable {
  const reader = new EvaluationReader(view, header);
  const firstRow = header.rows[header.rows.length - 1] + 1;
  const lastRow = walkTableRows(view, header, (r) => {
    const another = matchEvaluationHeader(view, r);
    // the Mức 4 table starts, or Word repeated the header after a page break
    if (another) return another.kind !== header.kind ? "stop" : { skipThrough: another.rows[another.rows.length - 1] };
    if (matchHeader(view, r)) return "stop"; // a plan table starts
    return reader.read(r) ? "row" : "stop";
  });
  const bottom = Math.max(lastRow, header.rows[header.rows.length - 1]);
  return {
    kind: header.kind,
    sheet: view.name,
    headerRows: header.rows,
    firstRow,
    lastRow,
    range: areaToA1({ top: header.rows[0], left: header.left, bottom, right: header.right }),
    left: header.left,
    right: header.right,
    criterionColumn: header.criterionColumn,
    markColumns: header.markColumns,
    valueColumn: header.valueColumn,
    mandatoryColumn: header.mandatoryColumn,
    rows: reader.rows,
  };
}
