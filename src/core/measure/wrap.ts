/**
 * Word wrap as a spreadsheet does it in a cell with "Wrap text": each paragraph (a line break in
 * the cell starts one) is filled word by word; a word that does not fit starts a new line; a word
 * longer than a whole line is cut between characters. Lines break at spaces only: Excel and
 * LibreOffice may also break after a hyphen or a slash, which can only make the text shorter than
 * counted here, never taller.
 */
import { advanceUnits, drawnText, styleOf, UNITS_PER_EM, type FontSpec } from "./text-width";
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

/** How many lines a text takes in a text area `widthPx` wide. */
export function lineCount(text: string, font: FontSpec, widthPx: number): number {
  return wrapLines(text, font, widthPx).length;
}
