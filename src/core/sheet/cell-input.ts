import type { PatchValue } from "./patch";

/**
 * Which number format a cell gets when KHCT writes a value into it, the same in both hosts (the
 * Excel add-in and the .xlsx writer).
 *
 * Excel reads what an add-in writes as if it were typed: "=x" becomes a formula, "- Tham mưu" a
 * formula error, "1.10" the number 1.1 (vi-VN: "1,10"), "9/2022" a date, "TRUE" a boolean, "'x"
 * loses its apostrophe. The text format "@" keeps such a string as it is. But desktop Excel is
 * widely reported to show "####" in a Text cell holding more than 255 characters (unconfirmed here),
 * and task descriptions are that long; so:
 *
 * - "@" only on short strings Excel would otherwise change (and on short strings in a range the
 *   patch styles "@", such as a template's code columns);
 * - a long string Excel would change, and any string starting with an apostrophe, is written into
 *   a General cell with a leading apostrophe (Excel's quote prefix: the cell holds exactly the text);
 * - every other string, and every number, boolean and formula, gets "General" (or the patch's own
 *   format, never "@"): a number written into a cell an earlier write made "@" would be stored as
 *   text.
 */

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** Longer text is never given the text format (desktop Excel shows "####" for it). */
export const MAX_TEXT_FORMAT_LENGTH = 255;

/** Typed "=", "+", "-" or "@" starts a formula. */
const FORMULA_START = /^[=+\-@]/;
const ERROR_LITERAL = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
/** TRUE and FALSE, and their Vietnamese names in a Vietnamese Excel (unconfirmed: protected anyway). */
const BOOLEAN = /^(?:TRUE|FALSE|ĐÚNG|SAI)$/iu;
/**
 * Numbers, percentages, fractions, currency, dates and times by the rules of either locale (en-US:
 * 1,000.5 and m/d/y; vi-VN: 1.000,5 and d/m/y), and also a lenient Excel that reads "1.10" as 110:
 * a digit, then only digits, separators, signs, currency symbols and exponents.
 */
const NUMBER_OR_DATE = /^[(\s]*[-+]?[$€£¥₫]?\s*\d[\d\s\u00a0.,:/%()+\-$€£¥₫đeE]*$/u;
const TIME_OF_DAY = /^\d{1,2}(?::\d{1,2}){0,2}(?:[.,]\d+)?\s*(?:AM|PM|A|P|SA|CH)$/i;
const MONTH_NAME_DATE = /^(?:\d{1,4}[-/\s.,]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|thg|tháng)[a-zà-ỹ]*\.?(?:[-/\s.,]+\d{1,4})*$/iu;
const ISO_DATE_TIME = /^\d{4}-\d{1,2}-\d{1,2}[T\s]\d/;

/** True when Excel, on an en-US or a vi-VN computer, would not keep `text` as that text if it were typed into a General cell. */
export function excelWouldChange(text: string): boolean {
  if (text.startsWith("'") || FORMULA_START.test(text)) return true;
  const t = text.trim();
  if (t === "") return false;
  return ERROR_LITERAL.test(t) || BOOLEAN.test(t) || NUMBER_OR_DATE.test(t) || TIME_OF_DAY.test(t) || MONTH_NAME_DATE.test(t) || ISO_DATE_TIME.test(t);
}

/** What a host sets for one cell: its number format (null leaves the cell's format), and whether a string goes in with a leading apostrophe. */
export interface CellInput {
  numberFormat: string | null;
  quotePrefix: boolean;
}

/** The patch's format for a non-text value, or General; never "@" (it would make a number text). */
function notText(styled: string | null): string {
  return styled && styled !== TEXT_FORMAT ? styled : GENERAL_FORMAT;
}

/** The number format (and quote prefix) for `value` in a cell the patch styles with `styled` (null: no format in the patch). */
export function cellInput(value: PatchValue, styled: string | null): CellInput {
  if (value === null || value === "") return { numberFormat: styled, quotePrefix: false };
  if (typeof value !== "string") return { numberFormat: notText(styled), quotePrefix: false };
  const short = value.length <= MAX_TEXT_FORMAT_LENGTH;
  const changes = excelWouldChange(value);
  if (value.startsWith("'") || (changes && !short)) return { numberFormat: notText(styled), quotePrefix: true };
  if (short && (changes || styled === TEXT_FORMAT)) return { numberFormat: TEXT_FORMAT, quotePrefix: false };
  return { numberFormat: notText(styled), quotePrefix: false };
}

/** The string to send to Excel so that it stores exactly `text` (Excel drops a leading apostrophe and keeps the rest). */
export function typedText(text: string, input: CellInput): string {
  return input.quotePrefix ? `'${text}` : text;
}
