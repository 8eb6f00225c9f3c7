/**
 * Page breaks placed on purpose. Rows fill a page in order; when the next row does not fit, the
 * break moves up past every row that must stay with the one after it (a heading, a table header,
 * the lines of the signature block, the last rows before the signature), so that no heading ends a
 * page, no table header prints without a row of its table under it, and the signature block is
 * never split. A chain of such rows longer than a page breaks where the page is full. A page never
 * starts with blank rows: they stay at the foot of the page before.
 */

export interface PageRow {
  /** 0-based sheet row */
  row: number;
  /** points */
  height: number;
  /** this row must print on the same page as the next one */
  keepWithNext: boolean;
  blank?: boolean;
  /** this row starts a page (a copy of a table header written at a break) */
  breakBefore?: boolean;
}

export interface Titles {
  /** first and last sheet rows of the header printed at the top of every page after its own … */
  first: number;
  last: number;
  height: number;
  /** … that starts at or before this row (the table's last): print titles repeat to the end, header copies within their table */
  until?: number;
}

/** Whether a page starting with `row` carries the repeated header. */
export function repeatsOn(row: PageRow, titles: Titles | undefined): boolean {
  return !!titles && !row.breakBefore && row.row > titles.last && row.row <= (titles.until ?? Infinity);
}

/** The sheet rows that start pages 2, 3, …, for pages holding `capacity` points of rows. */
export function paginate(rows: PageRow[], capacity: number, titles?: Titles): number[] {
  const breaks: number[] = [];
  let start = 0;
  while (start < rows.length) {
    const room = capacity - (repeatsOn(rows[start], titles) ? titles!.height : 0);
    let end = start;
    let used = 0;
    while (end < rows.length && used + rows[end].height <= room && !(end > start && rows[end].breakBefore)) used += rows[end++].height;
    if (end >= rows.length) break;
    if (end > start && rows[end].breakBefore) {
      breaks.push(rows[end].row);
      start = end;
      continue;
    }
    if (end === start) end = start + 1; // a row taller than a page prints alone
    let at = end;
    while (at > start + 1 && rows[at - 1].keepWithNext) at--;
    if (at === start + 1 && rows[start].keepWithNext) at = end; // the whole page is one chain: break where it is full
    while (at < end && rows[at].blank) at++;
    if (at >= rows.length) break;
    breaks.push(rows[at].row);
    start = at;
  }
  return breaks;
}

/** The pages as [first row, last row] pairs. */
export function pagesOf(rows: PageRow[], breaks: number[]): [number, number][] {
  if (!rows.length) return [];
  const starts = [rows[0].row, ...breaks];
  // where each sheet row is in `rows` (its first place, as a search from the top finds it)
  const at = new Map<number, number>();
  rows.forEach((r, i) => {
    if (!at.has(r.row)) at.set(r.row, i);
  });
  return starts.map((first, i) => [first, i + 1 < starts.length ? rows[(at.get(starts[i + 1]) ?? -1) - 1].row : rows[rows.length - 1].row]);
}
