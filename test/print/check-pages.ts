/**
 * What a printed document must not do, checked on its PDF text page by page. Each check returns
 * the problems found, in words, so a failing test says which page and what.
 */
import type { Expectation } from "./documents";
import { allText, leftHalfGaps, lineHeight, type PdfLine, type PdfPage } from "./pdf-text";

/**
 * No vertical blank band taller than 4 text lines in the left half of a page (the right half holds
 * the room to sign). A band beside which the right half prints text without such a gap itself is
 * a long text in a right-hand column (a school's "Điều kiện hỗ trợ" or a typed result), not blank.
 */
export function blankBands(pages: PdfPage[]): string[] {
  return pages.flatMap((page, i) => {
    const limit = 4 * lineHeight(page);
    const right = page.lines.flatMap((l) => l.words).filter((w) => w.xMin >= page.width / 2);
    const filled = (from: number, to: number) => {
      const ys = right.filter((w) => w.yMax > from && w.yMin < to).flatMap((w) => [w.yMin, w.yMax]);
      if (!ys.length) return false;
      const spans = right.filter((w) => w.yMax > from && w.yMin < to).map((w) => [w.yMin, w.yMax] as const).sort((a, b) => a[0] - b[0]);
      let reach = from;
      for (const [a, b] of spans) {
        if (a - reach > limit) return false;
        reach = Math.max(reach, b);
      }
      return to - reach <= limit;
    };
    return leftHalfGaps(page)
      .filter((g) => g.size > limit && !filled(g.from, g.to))
      .map((g) => `page ${i + 1}: blank band of ${g.size.toFixed(0)} pt (over ${limit.toFixed(0)}) from y=${g.from.toFixed(0)}`);
  });
}

const startsWith = (line: PdfLine, marker: string | RegExp) => (typeof marker === "string" ? line.text.startsWith(marker) : marker.test(line.text));

/** Every printed table header has rows of its table under it, on the same page. */
export function headersWithoutRows(pages: PdfPage[], tables: Expectation["tables"]): string[] {
  const problems: string[] = [];
  pages.forEach((page, i) => {
    for (const t of tables) {
      for (const header of page.lines.filter((l) => l.text.includes(t.header))) {
        const below = page.lines.filter((l) => l.yMin > header.yMax);
        if (!below.some((l) => t.rows.some((m) => startsWith(l, m)))) problems.push(`page ${i + 1}: header "${t.header}" has no row of its table under it`);
      }
    }
  });
  return problems;
}

/** The tables' headers print at all (so the check above cannot pass by finding none). */
export function headersPrinted(pages: PdfPage[], tables: Expectation["tables"]): string[] {
  return tables.filter((t) => !pages.some((p) => p.lines.some((l) => l.text.includes(t.header)))).map((t) => `header "${t.header}" never printed`);
}

/** The signature block (recipients, the signer's title, the signing instruction or name) on one page: the last. */
export function signatureSplit(pages: PdfPage[], lines: string[]): string[] {
  const problems: string[] = [];
  const last = pages.length - 1;
  for (const text of lines) {
    const on = pages.map((p, i) => (p.lines.some((l) => l.text.includes(text)) ? i + 1 : 0)).filter(Boolean);
    if (!on.includes(last + 1)) problems.push(`"${text}" is not on the last page (pages ${on.join(", ") || "none"})`);
  }
  return problems;
}

/** Page numbers: none on page 1, the page's number centred at the top of every other page. */
export function pageNumbers(pages: PdfPage[]): string[] {
  // centred between the margins (left 30 mm, right 15 mm), in the top margin
  const top = (p: PdfPage, n: number) => p.lines.some((l) => l.text === String(n) && l.yMax < 57 && Math.abs((l.xMin + l.xMax) / 2 - p.width / 2) < 40);
  const problems: string[] = [];
  if (pages.length && top(pages[0], 1)) problems.push("page 1 is numbered");
  pages.slice(1).forEach((p, i) => {
    if (!top(p, i + 2)) problems.push(`page ${i + 2} has no page number at the top`);
  });
  return problems;
}

/** Texts that must print, and texts that must not (a status or key column, wording that does not apply). */
export function wording(pages: PdfPage[], expect: Pick<Expectation, "present" | "absent">): string[] {
  const text = allText(pages).replace(/\s+/g, " ");
  return [...expect.present.filter((t) => !text.includes(t)).map((t) => `missing "${t}"`), ...expect.absent.filter((t) => text.includes(t)).map((t) => `prints "${t}"`)];
}
