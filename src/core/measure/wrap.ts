/**
 * Word wrap as a spreadsheet does it in a cell with "Wrap text": each paragraph (a line break in
 * the cell starts one) is filled word by word; a word that does not fit starts a new line; a word
 * longer than a whole line is cut between characters. Lines break at spaces only: Excel and
 * LibreOffice may also break after a hyphen or a slash, which can only make the text shorter than
 * counted here, never taller.
 */
import { advanceUnits, drawnText, styleOf, UNITS_PER_EM, type FontSpec, type FontStyle } from "./text-width";
import { PX_PER_POINT } from "./excel-geometry";

/** The lines a text takes in a text area `widthPx` wide. An empty text takes one line. */
export function wrapLines(text: string, font: FontSpec, widthPx: number): string[] {
  const style = styleOf(font);
  const scale = (font.size * PX_PER_POINT) / UNITS_PER_EM;
  const px = (s: string) => {
    let w = 0;
    for (const ch of s) w += advanceUnits(ch, style);
    return w * scale;
  };
  const space = px(" ");
  const out: string[] = [];
  for (const paragraph of drawnText(text).replace(/\r\n?/g, "\n").split("\n")) {
    let line = "";
    let lineWidth = 0;
    const flush = () => {
      out.push(line);
      line = "";
      lineWidth = 0;
    };
    for (const word of paragraph.split(/ +/)) {
      if (word === "") continue;
      const w = px(word);
      if (line && lineWidth + space + w <= widthPx) {
        line += ` ${word}`;
        lineWidth += space + w;
        continue;
      }
      if (line) flush();
      if (w <= widthPx) {
        line = word;
        lineWidth = w;
        continue;
      }
      // a word wider than the cell: cut it where it overflows
      for (const ch of word) {
        const cw = px(ch);
        if (line && lineWidth + cw > widthPx) flush();
        line += ch;
        lineWidth += cw;
      }
    }
    if (line || out.length === 0 || paragraph.trim() === "") flush();
  }
  return out.length ? out : [""];
}

/** Advances in font units by UTF-16 code (BMP), per style, filled as characters are met; 0 = not yet. */
const ADVANCES = new Map<FontStyle, Float64Array>();

function advanceTable(style: FontStyle): Float64Array {
  let table = ADVANCES.get(style);
  if (!table) ADVANCES.set(style, (table = new Float64Array(0x10000).fill(-1)));
  return table;
}

/** Width of `s[from, to)` in font units, character by character as wrapLines counts it. */
function unitsOf(s: string, from: number, to: number, style: FontStyle, table: Float64Array): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const low = s.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        w += advanceUnits(s.slice(i, i + 2), style);
        i++;
        continue;
      }
    }
    let a = table[c];
    if (a < 0) a = table[c] = advanceUnits(String.fromCharCode(c), style);
    w += a;
  }
  return w;
}

/** How many lines wrapLines makes of a text, without making them. */
function countLines(text: string, font: FontSpec, widthPx: number): number {
  const style = styleOf(font);
  const table = advanceTable(style);
  const scale = (font.size * PX_PER_POINT) / UNITS_PER_EM;
  const space = unitsOf(" ", 0, 1, style, table) * scale;
  let lines = 0;
  for (const paragraph of drawnText(text).replace(/\r\n?/g, "\n").split("\n")) {
    let hasLine = false;
    let lineWidth = 0;
    const flush = () => {
      lines++;
      hasLine = false;
      lineWidth = 0;
    };
    for (const word of paragraph.split(/ +/)) {
      if (word === "") continue;
      const w = unitsOf(word, 0, word.length, style, table) * scale;
      if (hasLine && lineWidth + space + w <= widthPx) {
        lineWidth += space + w;
        continue;
      }
      if (hasLine) flush();
      if (w <= widthPx) {
        hasLine = true;
        lineWidth = w;
        continue;
      }
      // a word wider than the cell: cut it where it overflows
      for (let i = 0; i < word.length; i++) {
        const high = word.charCodeAt(i) >= 0xd800 && word.charCodeAt(i) <= 0xdbff;
        const low = word.charCodeAt(i + 1) >= 0xdc00 && word.charCodeAt(i + 1) <= 0xdfff;
        const pair = high && low ? 2 : 1;
        const cw = unitsOf(word, i, i + pair, style, table) * scale;
        i += pair - 1;
        if (hasLine && lineWidth + cw > widthPx) flush();
        hasLine = true;
        lineWidth += cw;
      }
    }
    if (hasLine || lines === 0 || paragraph.trim() === "") flush();
  }
  return lines || 1;
}

/** Answers by font and width, then text: a report measures the same texts in both its layout passes. */
const COUNTED = new Map<string, Map<string, number>>();
const COUNTED_TEXTS = 50_000;

/** How many lines a text takes in a text area `widthPx` wide (as wrapLines(…).length). */
export function lineCount(text: string, font: FontSpec, widthPx: number): number {
  const key = `${styleOf(font)} ${font.size} ${widthPx}`;
  let byText = COUNTED.get(key);
  if (!byText) COUNTED.set(key, (byText = new Map()));
  const known = byText.get(text);
  if (known !== undefined) return known;
  if (byText.size >= COUNTED_TEXTS) byText.clear();
  const n = countLines(text, font, widthPx);
  byText.set(text, n);
  return n;
}
