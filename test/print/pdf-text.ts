/**
 * A PDF's text as pdftotext (poppler) reads it back with `-bbox-layout`: pages, and on each the
 * text lines with their boxes (points, origin top left). What the print test asserts on.
 */
import { execFileSync } from "node:child_process";

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfLine extends PdfWord {
  words: PdfWord[];
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const num = (tag: string, name: string) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(tag)![1]);

export function pdfPages(pdf: string): PdfPage[] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return [...xml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map(([, tag, body]) => ({
    width: num(tag, "width"),
    height: num(tag, "height"),
    lines: [...body.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map(([, lineTag, words]) => {
      const ws: PdfWord[] = [...words.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, t, text]) => ({
        text: unescape(text),
        xMin: num(t, "xMin"),
        yMin: num(t, "yMin"),
        xMax: num(t, "xMax"),
        yMax: num(t, "yMax"),
      }));
      return { text: ws.map((w) => w.text).join(" "), xMin: num(lineTag, "xMin"), yMin: num(lineTag, "yMin"), xMax: num(lineTag, "xMax"), yMax: num(lineTag, "yMax"), words: ws };
    }),
  }));
}

/** Vertical gaps between text in the left half of a page, in points, with where they start (top and bottom margins not counted). */
export function leftHalfGaps(page: PdfPage): { from: number; to: number; size: number }[] {
  const spans = page.lines
    .flatMap((l) => l.words)
    .filter((w) => w.xMin < page.width / 2)
    .map((w) => [w.yMin, w.yMax] as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  return merged.slice(1).map((s, i) => ({ from: merged[i][1], to: s[0], size: s[0] - merged[i][1] }));
}

/** The median height of a word box on the page: one text line. */
export function lineHeight(page: PdfPage): number {
  const hs = page.lines.flatMap((l) => l.words.map((w) => w.yMax - w.yMin)).sort((a, b) => a - b);
  return hs.length ? hs[Math.floor(hs.length / 2)] : 12;
}

/** The page index and line of the first line containing `phrase`, searching from page `from`. */
export function findLine(pages: PdfPage[], phrase: string | RegExp, from = 0): { page: number; line: PdfLine } | undefined {
  for (let p = from; p < pages.length; p++) {
    const line = pages[p].lines.find((l) => (typeof phrase === "string" ? l.text.includes(phrase) : phrase.test(l.text)));
    if (line) return { page: p, line };
  }
  return undefined;
}

export const allText = (pages: PdfPage[]) => pages.map((p) => p.lines.map((l) => l.text).join("\n")).join("\n\f");
