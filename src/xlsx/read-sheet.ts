/**
 * One worksheet part streamed through the XML parser into the cells that hold something: value,
 * displayed text, formula and number format of each, the merged areas and the hidden rows. What a
 * cell holds is read as KHCT's reader always read it:
 *
 * - shared strings, inline strings (rich-text runs joined), numbers, booleans, error values ("#N/A");
 * - a formula is "=" and its text, with the value Excel computed last; a shared formula's other
 *   cells get it with their references moved (shared-formulas.ts). A last value of 0 or FALSE
 *   reads as none, as it always did (exceljs dropped it): a refreshed report's summary counts stay
 *   out of the text staff typed beside them;
 * - a number under a date or time format is a date: its text is dd/mm/yyyy (or mm/yyyy when the
 *   format shows no day), its number format "dd/mm/yyyy" when its own names no day, month or year;
 * - a cell only formatted holds nothing; a hidden row counts when it holds something.
 */
import type { CellValue } from "../core/sheet/snapshot";
import { jsDateToSerial, serialToDate } from "../core/sheet/dates";
import { parseXml, type XmlElement } from "../ooxml/xml";
import { unescapeOoxml } from "./read-shared-strings";
import { shiftFormula } from "./shared-formulas";
import { showsDateOrTime } from "./number-formats";

/** What the cells of every sheet refer to. */
export interface WorkbookContext {
  strings: string[];
  /** the number format of each cell style (`s`), undefined where none */
  formats: (string | undefined)[];
  /** dates count from 1904 (old Mac workbooks) */
  date1904: boolean;
}

/** How a cell style shows a number: its format, whether that is a date, and the format a date cell reads with. */
interface NumberLook {
  format: string;
  date: boolean;
  dateFormat: string;
}

function numberLook(format: string): NumberLook {
  return { format, date: showsDateOrTime(format), dateFormat: /[dmy]/i.test(format) ? format : "dd/mm/yyyy" };
}

/** The cells that hold something, in document order, as parallel lists (0-based rows and columns). */
export interface SheetCells {
  rows: number[];
  cols: number[];
  values: CellValue[];
  texts: string[];
  formulas: (string | null)[];
  formats: string[];
  /** mergeCell refs as written, upper-cased */
  merges: string[];
  /** 0-based hidden rows holding something, ascending */
  hiddenRows: number[];
}

const DAY_MS = 86400000;

/** A date cell's serial as KHCT has always read it: through a JavaScript date, to the millisecond. */
function dateSerial(serial: number, date1904: boolean): number {
  return jsDateToSerial(new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS)));
}

function dateText(serial: number, format: string): string {
  const d = serialToDate(serial);
  const mm = String(d.month).padStart(2, "0");
  return /d/i.test(format) ? `${String(d.day).padStart(2, "0")}/${mm}/${d.year}` : `${mm}/${d.year}`;
}

/** The column of "AB12" (27, 0-based); -1 for what is not a reference. */
function refColumn(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36 /* $ */) return c >= 48 && c <= 57 ? col - 1 : -1;
  }
  return -1;
}

/** The row of "AB12" (11, 0-based); -1 for what is not a reference. */
function refRow(ref: string): number {
  let row = 0;
  let digits = false;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      row = row * 10 + c - 48;
      digits = true;
    } else if (digits) return -1;
  }
  return digits ? row - 1 : -1;
}

const isTrue = (v: string | undefined) => v === "1" || v === "true";

/** A cell's value from the text of its <v> (or inline string) and its type `t`. */
function cellValue(type: string | undefined, text: string, strings: string[]): CellValue {
  switch (type) {
    case "s":
      return strings[parseInt(text, 10)] ?? null;
    case "str":
    case "inlineStr":
    case "e":
      return text;
    case "b":
      return parseInt(text, 10) !== 0;
    default:
      return parseFloat(text);
  }
}

/** The value a formula computed last: text, TRUE, an error value or a number; 0 and FALSE read as none (see above). */
function formulaResult(type: string | undefined, text: string): CellValue {
  if (type === "str" || type === "e") return text;
  if (type === "b") return parseInt(text, 10) !== 0 || null;
  return parseFloat(text) || null;
}

/** Text goes nowhere, to the value, the formula, or an inline string's run. */
const enum Into {
  Nothing,
  Value,
  Formula,
  Run,
}

export function readSheetCells(xml: string, book: WorkbookContext): SheetCells {
  const out: SheetCells = { rows: [], cols: [], values: [], texts: [], formulas: [], formats: [], merges: [], hiddenRows: [] };
  const general = numberLook("General");
  // one look per style, worked out the first time a cell uses it
  const looks: (NumberLook | undefined)[] = [];
  const lookOf = (style: number): NumberLook => {
    const format = style ? book.formats[style] : undefined;
    if (!format) return general;
    return (looks[style] ??= numberLook(format));
  };
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  let inSheetData = false;
  let row = -1;
  let rowHidden = false;
  let rowCounted = false;
  // the cell being read
  let inCell = false;
  let col = -1;
  let type: string | undefined;
  let style = 0;
  let value: string | undefined;
  let formula: string | undefined;
  let shared: { si: string; master: boolean } | undefined;
  let runs: string[] | undefined;
  let phonetic = 0;
  let into = Into.Nothing;

  const openCell = (e: XmlElement) => {
    const ref = e.attr("r");
    const c = ref === undefined ? -1 : refColumn(ref);
    col = c >= 0 ? c : col + 1;
    const r = ref === undefined ? -1 : refRow(ref);
    if (r >= 0) row = r;
    type = e.attr("t");
    const s = e.attr("s");
    style = s === undefined ? 0 : parseInt(s, 10) || 0;
    value = formula = undefined;
    shared = undefined;
    runs = undefined;
    inCell = true;
  };

  const closeCell = () => {
    inCell = false;
    into = Into.Nothing;
    let text: string | undefined = value;
    let f: string | null = null;
    if (formula || shared) {
      if (shared?.master && formula) masters.set(shared.si, { formula, row, col });
      const master = shared && !shared.master ? masters.get(shared.si) : undefined;
      const source = formula || (master ? shiftFormula(master.formula, row - master.row, col - master.col) : "");
      f = source ? `=${source}` : null;
      if (!text) text = undefined; // a formula's empty result is no value
    } else if (runs) {
      text = unescapeOoxml(runs.join(""));
    }
    const v: CellValue = text === undefined ? null : f === null ? cellValue(type, text, book.strings) : formulaResult(type, text);
    if (v === null && f === null) return;
    const look = lookOf(style);
    const date = look.date && typeof v === "number";
    const stored = date ? dateSerial(v as number, book.date1904) : v;
    out.rows.push(row);
    out.cols.push(col);
    out.values.push(stored);
    out.texts.push(date ? dateText(stored as number, look.format) : typeof stored === "string" ? stored : stored === null ? "" : String(stored));
    out.formulas.push(f);
    out.formats.push(date ? look.dateFormat : look.format);
    if (rowHidden && !rowCounted) {
      out.hiddenRows.push(row);
      rowCounted = true;
    }
  };

  parseXml(xml, {
    open: (e) => {
      if (inCell) {
        switch (e.local) {
          case "v":
            into = Into.Value;
            break;
          case "f": {
            into = Into.Formula;
            const t = e.attr("t");
            const si = e.attr("si");
            if (t === "shared" && si !== undefined) shared = { si, master: e.attr("ref") !== undefined };
            else if (t) shared = { si: "", master: false };
            break;
          }
          case "r":
            runs ??= [];
            break;
          case "t":
            if (phonetic === 0) into = runs ? Into.Run : Into.Value;
            break;
          case "rPh":
            phonetic++;
            break;
        }
        return;
      }
      switch (e.local) {
        case "sheetData":
          inSheetData = true;
          break;
        case "row": {
          if (!inSheetData) break;
          const r = e.attr("r");
          row = r === undefined ? row + 1 : parseInt(r, 10) - 1;
          col = -1;
          rowHidden = isTrue(e.attr("hidden"));
          rowCounted = false;
          break;
        }
        case "c":
          if (inSheetData) openCell(e);
          break;
        case "mergeCell": {
          const ref = e.attr("ref");
          if (ref !== undefined) out.merges.push(ref.trim().toUpperCase());
          break;
        }
      }
    },
    close: (local) => {
      if (inCell) {
        if (local === "c") closeCell();
        else if (local === "rPh") phonetic--;
        else if (local === "v" || local === "f" || local === "t") into = Into.Nothing;
        return;
      }
      if (local === "sheetData") inSheetData = false;
    },
    text: (t) => {
      switch (into) {
        case Into.Value:
          value = value === undefined ? t : value + t;
          break;
        case Into.Formula:
          formula = formula === undefined ? t : formula + t;
          break;
        case Into.Run:
          runs!.push(t);
          break;
      }
    },
  });
  if (out.hiddenRows.length > 1) out.hiddenRows = [...new Set(out.hiddenRows)].sort((a, b) => a - b);
  return out;
}
