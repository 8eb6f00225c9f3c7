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
  /** rows whose text was joined into this field (continuation rows) */
  joinedRows: number[];
}

/** The text a user typed, recovered from the formula Excel made of it: "=-Hiệu trưởng" → "-Hiệu trưởng". */
export function textFromFormula(formula: string): string {
  return /^=[-+]/.test(formula) ? formula.slice(1) : formula;
}

export function fieldFromCell(cell: Cell): Field | undefined {
  const { value } = cell;
  const formulaText = isErrorValue(value) && !!cell.formula && /\p{L}/u.test(cell.formula);
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
    joinedRows: [],
  };
}

/** Joins a continuation fragment (a page break split the cell) to a field, in place. */
export function joinField(field: Field, fragment: Field): void {
  const sep = /[.;:!?]$/.test(field.text) ? "\n" : " ";
  field.text = `${field.text}${sep}${fragment.text}`;
  field.joinedRows.push(fragment.row);
}
