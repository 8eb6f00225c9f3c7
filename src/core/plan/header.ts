import { LAYOUTS, ROLE_PATTERNS, type Layout, type Role } from "../layouts/layouts";
import type { SheetView } from "../sheet/snapshot";
import { asciiKey, foldKey } from "../text/normalize";

const MAX_HEADER_TEXT = 120;

const roleCache = new Map<string, Role | null>();
const ROLE_CACHE_SIZE = 5000;

/** The role a header text names, if any. Data rows repeat the same short texts: answers are cached. */
export function roleOfHeader(text: string): Role | undefined {
  if (text.length > MAX_HEADER_TEXT || text.length === 0) return undefined;
  const cached = roleCache.get(text);
  if (cached !== undefined) return cached ?? undefined;
  const role = findRole(text);
  if (roleCache.size >= ROLE_CACHE_SIZE) roleCache.clear();
  roleCache.set(text, role ?? null);
  return role;
}

function findRole(text: string): Role | undefined {
  if (/\d+[.,]\d+/.test(text)) return undefined;
  const key = asciiKey(text).replace(/\s*\([^)]*\)\s*/g, " ").replace(/[:*]+$/, "").trim();
  if (key === "") return undefined;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(key)) return role;
  return undefined;
}

export interface HeaderMatch {
  layout: Layout;
  rows: number[];
  columns: Partial<Record<Role, number>>;
  left: number;
  right: number;
  score: number;
}

/** Text shown in a cell, or in the merged area covering it. */
function shownText(view: SheetView, row: number, col: number): string {
  const m = view.mergeOf(row, col);
  return m ? view.text(m.top, m.left) : view.text(row, col);
}

function rolesOfRow(view: SheetView, row: number): Map<number, Role> {
  const out = new Map<number, Role>();
  for (let c = view.left; c <= view.right; c++) {
    if (view.isCovered(row, c)) continue;
    const role = roleOfHeader(view.text(row, c));
    if (role) out.set(c, role);
  }
  return out;
}

/**
 * A row that reads as a table header: most of its non-empty cells name a column role.
 * Word repeats the header after each page break; pasted tables keep those rows.
 */
export function isHeaderLike(view: SheetView, row: number, left = view.left, right = view.right): boolean {
  let filled = 0;
  for (let c = left; c <= right; c++) if (!view.isEmpty(row, c)) filled++;
  // every data row is asked: stop at the cell that leaves too few to name a role
  const misses = Math.min(filled - 2, Math.floor(filled * 0.4));
  let missed = 0;
  let roles = 0;
  for (let c = left; c <= right && missed <= misses; c++) {
    if (view.isEmpty(row, c)) continue;
    if (roleOfHeader(view.text(row, c))) roles++;
    else missed++;
  }
  return roles >= 2 && roles / filled >= 0.6;
}

function bestLayout(roles: Set<Role>): { layout: Layout; score: number } | undefined {
  let best: { layout: Layout; score: number } | undefined;
  for (const layout of LAYOUTS) {
    if (!layout.keyRoles.every((anyOf) => anyOf.some((r) => roles.has(r)))) continue;
    const score = layout.roles.filter((r) => roles.has(r)).length;
    if (!best || score > best.score) best = { layout, score };
  }
  return best && best.score >= 3 ? best : undefined;
}

/** Reads the header at `row` (one row, or two when the next row names sub-columns). */
export function matchHeader(view: SheetView, row: number): HeaderMatch | undefined {
  const one = rolesOfRow(view, row);
  if (one.size < 2) return undefined;
  let columns = new Map(one);
  let rows = [row];
  if (row + 1 <= view.bottom && isHeaderLike(view, row + 1)) {
    // two-row header: a sub-column's own text decides, else the merged parent's
    const two = new Map<number, Role>();
    for (let c = view.left; c <= view.right; c++) {
      const child = view.isCovered(row + 1, c) ? undefined : roleOfHeader(view.text(row + 1, c));
      const parent = roleOfHeader(shownText(view, row, c));
      const role = child ?? parent;
      if (role) two.set(c, role);
    }
    if (two.size > one.size || [...two.values()].some((r) => ![...one.values()].includes(r))) {
      columns = two;
      rows = [row, row + 1];
    }
  }
  const byRole: Partial<Record<Role, number>> = {};
  for (const [col, role] of columns) if (byRole[role] === undefined) byRole[role] = col;
  const best = bestLayout(new Set(columns.keys()).size ? new Set(columns.values()) : new Set());
  if (!best) return undefined;
  const cols = [...columns.keys()];
  let right = Math.max(...cols);
  // the header's last column may be merged wider than its text
  const lastMerge = view.mergeOf(row, right);
  if (lastMerge) right = Math.max(right, lastMerge.right);
  return { layout: best.layout, rows, columns: byRole, left: Math.min(...cols), right, score: best.score };
}

/**
 * Whether the rows from `row` repeat the table's header: every cell they show holds the text of the
 * header's cell in the same column (a header Word repeats after a page break, or the copies KHCT
 * writes at a report's breaks, which leave out the columns that do not print), at least two of them
 * in the first row. Such rows belong to the table whatever layout their own texts would suggest
 * (a TT57 report's copy, without its "Mã dòng (KHCT)" column, reads like a TT57 plan's header).
 */
export function repeatsHeader(view: SheetView, row: number, header: { rows: number[]; left: number; right: number }): boolean {
  if (row + header.rows.length - 1 > view.bottom) return false;
  for (let k = 0; k < header.rows.length; k++) {
    let same = 0;
    for (let c = header.left; c <= header.right; c++) {
      if (view.isEmpty(row + k, c) || view.isCovered(row + k, c)) continue;
      if (foldKey(view.text(row + k, c)) !== foldKey(view.text(header.rows[k], c))) return false;
      same++;
    }
    if (k === 0 && same < 2) return false;
  }
  return true;
}
