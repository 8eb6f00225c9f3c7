/**
 * Excel on the web limits each request and each response to 5 MB, and every platform limits a read
 * to 5,000,000 cells (Microsoft, "Resource limits and performance optimization for Office Add-ins";
 * a read over the cell limit may even return null instead of failing: office-js issues 4783, 6781).
 * KHCT stays well under both: these budgets leave room for office-js's own request envelope.
 */

/** Bytes KHCT puts in one write request, by its estimate of what office-js sends (Excel on the web refuses 5 MB). */
export const WRITE_BUDGET = 4_000_000;

/** Bytes of cell grids KHCT asks for in one read response. */
export const READ_BUDGET = 3_000_000;

/** Cells of one grid read (a fifth of Excel's 5,000,000, so four grids of a band stay under it too). */
export const READ_CELLS = 1_000_000;

/** UTF-8 bytes of a string (Vietnamese letters take two or three). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** About the bytes a value takes in a JSON request or response. */
export function jsonBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === "string") return utf8Bytes(v) + 3;
  if (typeof v === "number" || typeof v === "boolean") return String(v).length + 1;
  if (Array.isArray(v)) return v.reduce<number>((n, x) => n + jsonBytes(x), 2);
  return utf8Bytes(JSON.stringify(v)) + 1;
}
