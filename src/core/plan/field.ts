import { serialToDate, type YMD } from "../sheet/dates";
import { isDateFormat, isErrorValue, type Cell, type CellValue } from "../sheet/snapshot";
import { cleanText } from "../text/normalize";

/** One cell of a plan as the user meant it, with its address. */
export interface Field {
  cell: string;
  row: number;
  col: number;
  /** readable text: cleaned, recovered from a formula Excel made of typed text, numbers as displayed */
  text: string;
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
  /** Excel turned typed text into a formula whose value is an error ("-Hiệu trưởng" → =-Hiệu trưởng → #NAME?) */
  formulaText: boolean;
  /** a number stored in the cell (not a date) */
  isNumber: boolean;
  /** the calendar date, when the cell holds a number formatted as a date */
  date?: YMD;
  /** rows whose text was joined into this field (continuation rows); absent when none */
  joinedRows?: number[];
}

/** The text a user typed, recovered from the formula Excel made of it: "=-Hiệu trưởng" → "-Hiệu trưởng". */
export function textFromFormula(formula: string): string {
  return /^=[-+]/.test(formula) ? formula.slice(1) : formula;
}

/** Text Excel takes for a formula when it is typed ("-Tổ trưởng", "+ Chỉ đạo", "=x", "@x"): a fix to it is shown as text. */
export function typedAsFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/**
 * True for a formula Excel made of typed text ("=-Hiệu trưởng", "=+ Chỉ đạo các tổ"), false for
 * one written on purpose: a function call ("=VLOOKUP(…)"), a cell or sheet reference ("=A1/B1",
 * "=Sheet2!C4"), an error literal ("=#REF!"). Text inside quotes does not count.
 */
export function isTypedTextFormula(formula: string): boolean {
  const body = formula.replace(/^=/, "").replace(/"[^"]*"?/g, "");
  if (!/\p{L}/u.test(body) || /[!#]/.test(body)) return false;
  if (/(?<![\p{L}\p{N}_.])[A-Za-z_][\w.]*\(/u.test(body)) return false;
  return !/(?<![\p{L}\p{N}_.$])\$?[A-Za-z]{1,3}\$?\d+(?![\p{L}\p{N}_])/u.test(body);
}

/**
 * The field of a cell. An error value is read as the text typed when Excel made a formula of it
 * (cell/formula-text reports it); any other error value (#REF!, #N/A, #DIV/0! of a real formula,
 * or stored as such) holds nothing a user typed, and the cell reads as empty.
 */
export function fieldFromCell(cell: Cell): Field | undefined {
  const { value } = cell;
  const error = isErrorValue(value);
  const formulaText = error && !!cell.formula && isTypedTextFormula(cell.formula);
  if (error && !formulaText) return undefined;
  let text: string;
  let isNumber = false;
  let date: YMD | undefined;
  if (formulaText) {
    text = cleanText(textFromFormula(cell.formula as string));
  } else if (typeof value === "number") {
    if (isDateFormat(cell.numberFormat)) date = serialToDate(value);
    else isNumber = true;
    text = cleanText(cell.text || String(value));
  } else if (value === null) {
    return undefined;
  } else {
    text = cleanText(String(value));
  }
  if (text === "" && !isNumber && !date) return undefined;
  return {
    cell: cell.address,
    row: cell.row,
    col: cell.col,
    text,
    value,
    formula: cell.formula,
    numberFormat: cell.numberFormat,
    formulaText,
    isNumber,
    date,
  };
}

/** Joins a continuation fragment (a page break split the cell) to a field, in place. */
export function joinField(field: Field, fragment: Field): void {
  const sep = /[.;:!?]$/.test(field.text) ? "\n" : " ";
  field.text = `${field.text}${sep}${fragment.text}`;
  (field.joinedRows ??= []).push(fragment.row);
}
