/**
 * Shared formulas: Excel stores a formula filled down or across once, in its first cell, and the
 * other cells only point at it (`<f t="shared" si="0"/>`). Each cell's own formula is the first
 * one with its relative references moved by the distance between the two cells, as Excel shows it
 * (`=B1*2` in A1 is `=B2*2` in A2); `$` parts stay.
 */

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

function columnLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A reference (A1, $A$1, A:B, 1:3) where no name or function can be: not inside a word, not before "(". */
const REFERENCE = /(?<![\w.$])(?:(\$?)([A-Z]{1,3})(\$?)(\d+)|(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})|(\$?)(\d+):(\$?)(\d+))(?![\w.(])/g;

const moved = (n: number, by: number, absolute: string) => (absolute ? n : n + by);

function shiftReferences(text: string, rows: number, cols: number): string {
  return text.replace(REFERENCE, (m, ca: string, col: string, ra: string, row: string, c1a: string, c1: string, c2a: string, c2: string, r1a: string, r1: string, r2a: string, r2: string) => {
    if (col !== undefined) {
      if (columnNumber(col) > MAX_COL || Number(row) > MAX_ROW) return m; // not a cell: a name such as XFZ1
      const c = moved(columnNumber(col), cols, ca);
      const r = moved(Number(row), rows, ra);
      return c < 1 || c > MAX_COL || r < 1 || r > MAX_ROW ? "#REF!" : `${ca}${columnLetters(c)}${ra}${r}`;
    }
    if (c1 !== undefined) {
      const a = moved(columnNumber(c1), cols, c1a);
      const b = moved(columnNumber(c2), cols, c2a);
      return a < 1 || b < 1 || a > MAX_COL || b > MAX_COL ? "#REF!" : `${c1a}${columnLetters(a)}:${c2a}${columnLetters(b)}`;
    }
    const a = moved(Number(r1), rows, r1a);
    const b = moved(Number(r2), rows, r2a);
    return a < 1 || b < 1 || a > MAX_ROW || b > MAX_ROW ? "#REF!" : `${r1a}${a}:${r2a}${b}`;
  });
}

/** The index after the quote closing the text opened at `start` ("" and '' inside are quotes, not ends). */
function endOfQuoted(formula: string, start: number): number {
  const quote = formula[start];
  for (let i = start + 1; i < formula.length; i++) {
    if (formula[i] !== quote) continue;
    if (formula[i + 1] !== quote) return i + 1;
    i++;
  }
  return formula.length;
}

/** The index after the bracket closing the one at `start` (structured references nest: Table1[[#This Row],[Cột]]). */
function endOfBrackets(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    if (formula[i] === "[") depth++;
    else if (formula[i] === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

/**
 * The formula of a cell `rows` below and `cols` right of the cell holding `formula` (without "=").
 * Text in double quotes, sheet names in single quotes and structured references in brackets are
 * left as they are.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let from = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch !== '"' && ch !== "'" && ch !== "[") continue;
    out += shiftReferences(formula.slice(from, i), rows, cols);
    const end = ch === "[" ? endOfBrackets(formula, i) : endOfQuoted(formula, i);
    out += formula.slice(i, end);
    from = end;
    i = end - 1;
  }
  return out + shiftReferences(formula.slice(from), rows, cols);
}
