import { indexOf } from "../standards/sets";
import type { StandardSet } from "../standards/types";
import { levelPhrase } from "../text/level";
import { STATUSES } from "../layouts/statuses";

/** The phrases valid in "Kết quả cần đạt" for a criterion that goes up to `maxLevel`. */
export function targetPhrases(maxLevel: number): string[] {
  const out: string[] = [];
  for (let t = 1; t <= maxLevel; t++) {
    if (t === 1) out.push(levelPhrase(1));
    for (let c = t - 1; c >= 1; c--) out.push(levelPhrase(t, c));
  }
  for (let t = 1; t <= maxLevel; t++) out.push(levelPhrase(t, t));
  return out;
}

/** Period presets for a school year "2026-2027". */
export function periodPresets(year: string): string[] {
  const [a, b] = year.split("-");
  return ["Cả năm học", "Học kỳ I", "Học kỳ II", "Hằng năm", `09/${a}-05/${b}`, `09/${a}-12/${a}`, `01/${b}-05/${b}`];
}

/** Dropdown lists longer than Excel's 255 characters live in a hidden sheet, one column each. */
export interface ListSheet {
  name: string;
  columns: { key: string; items: string[] }[];
}

/** The list sheet of a standard set: its content depends on the set only, so writing it again changes nothing. */
export function listSheetFor(set: StandardSet): ListSheet {
  const ix = indexOf(set);
  const levels = [...new Set([...ix.criteria.values()].map((c) => c.maxLevel))].sort();
  return {
    name: `KHCT_DM_${set.id}`.slice(0, 31),
    columns: [
      ...levels.map((m) => ({ key: `target${m}`, items: targetPhrases(m) })),
      { key: "criteria", items: [...ix.criteria.values()].map((c) => `Tiêu chí ${c.code}: ${c.title}`) },
      { key: "standards", items: set.standards.map((s) => `Tiêu chuẩn ${s.no}: ${s.title}`) },
      { key: "statuses", items: [...STATUSES] },
    ],
  };
}

/** "='KHCT_DM_tt18-2018'!$B$1:$B$7" for a list of the sheet. */
export function listSource(sheet: ListSheet, key: string): string {
  const i = sheet.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no list ${key}`);
  const col = String.fromCharCode(65 + i);
  return `='${sheet.name}'!$${col}$1:$${col}$${sheet.columns[i].items.length}`;
}
