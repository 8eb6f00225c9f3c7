/** A1 addresses, 0-based rows and columns. */

export function columnName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export interface CellPos {
  row: number;
  col: number;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseA1(ref: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) throw new Error(`not an A1 address: ${ref}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A cell reference as KHCT writes it: "$h$26" → "H26". Throws on what is not one. */
export function cellRef(ref: string): string {
  const at = parseA1(ref);
  return a1(at.row, at.col);
}

export function parseArea(ref: string): Area {
  const bare = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = bare.split(":");
  const p = parseA1(a);
  const q = b ? parseA1(b) : p;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function areaToA1(area: Area): string {
  const tl = a1(area.top, area.left);
  const br = a1(area.bottom, area.right);
  return tl === br ? tl : `${tl}:${br}`;
}
