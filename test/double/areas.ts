import { a1, columnName, parseA1, type Area } from "../../src/core/sheet/address";
import { MAX_COLUMNS, MAX_ROWS } from "./model";

/** Addresses as office-js takes and gives them: "A1", "A1:B2", "B:B", "5:8", with or without "Sheet!". */

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

export function parseRangeAddress(address: string): { sheet?: string; area: Area } | null {
  const bang = address.lastIndexOf("!");
  const rawSheet = bang >= 0 ? address.slice(0, bang) : undefined;
  const sheet = rawSheet?.startsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const ref = address.slice(bang + 1).replace(/\$/g, "").trim();
  let m = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(ref);
  if (m) {
    const [l, r] = [columnIndex(m[1]), columnIndex(m[2])].sort((x, y) => x - y);
    return { sheet, area: { top: 0, bottom: MAX_ROWS - 1, left: l, right: r } };
  }
  m = /^(\d+):(\d+)$/.exec(ref);
  if (m) {
    const [t, b] = [Number(m[1]) - 1, Number(m[2]) - 1].sort((x, y) => x - y);
    return { sheet, area: { top: t, bottom: b, left: 0, right: MAX_COLUMNS - 1 } };
  }
  m = /^([A-Za-z]{1,3}\d+)(?::([A-Za-z]{1,3}\d+))?$/.exec(ref);
  if (!m) return null;
  const p = parseA1(m[1]);
  const q = m[2] ? parseA1(m[2]) : p;
  return { sheet, area: { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) } };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function areaAddress(area: Area): string {
  if (area.top === 0 && area.bottom === MAX_ROWS - 1) return `${columnName(area.left)}:${columnName(area.right)}`;
  if (area.left === 0 && area.right === MAX_COLUMNS - 1) return `${area.top + 1}:${area.bottom + 1}`;
  const tl = a1(area.top, area.left);
  const br = a1(area.bottom, area.right);
  return tl === br ? tl : `${tl}:${br}`;
}

export function qualifiedAddress(sheet: string, area: Area): string {
  return `${quoteSheet(sheet)}!${areaAddress(area)}`;
}

export function cellCount(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function isWholeColumns(area: Area): boolean {
  return area.top === 0 && area.bottom === MAX_ROWS - 1;
}

export function* cellsOf(area: Area): Generator<{ row: number; col: number }> {
  for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) yield { row, col };
}
