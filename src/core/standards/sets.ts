import data from "./standard-sets.json";
import type { Criterion, Standard, StandardSet, StandardSetsFile } from "./types";
import { schoolTypeById, type SchoolTypeId } from "./school-types";

const file = data as StandardSetsFile;

/** Every standard set KHCT knows, in the reference's order. */
export const STANDARD_SETS: readonly StandardSet[] = file.sets;

export function standardSetById(id: string): StandardSet | undefined {
  return STANDARD_SETS.find((s) => s.id === id);
}

/** "57/2026" for "57/2026/TT-BGDĐT": how plans cite a circular, whatever its type suffix. */
export function circularKey(circular: string): string {
  const m = /^(\d+)\/(\d{4})/.exec(circular.trim());
  return m ? `${Number(m[1])}/${m[2]}` : circular;
}

export function setsForCircular(key: string): StandardSet[] {
  return STANDARD_SETS.filter((s) => circularKey(s.circular) === key);
}

export function setsForSchoolType(type: SchoolTypeId): StandardSet[] {
  const names = schoolTypeById(type)?.names ?? [];
  return STANDARD_SETS.filter((s) => s.schoolTypes.some((n) => names.includes(n)));
}

/** The set in force on a date (ISO yyyy-mm-dd) among candidates: effective on or before it, not yet replaced. */
export function setsInForce(candidates: readonly StandardSet[], isoDate: string): StandardSet[] {
  return candidates.filter((s) => {
    if (s.effective > isoDate) return false;
    if (!s.replacedBy) return true;
    const successors = setsForCircular(circularKey(s.replacedBy));
    const replacedOn = successors.map((r) => r.effective).sort()[0];
    return !replacedOn || replacedOn > isoDate;
  });
}

/** The set that replaced this one, for the same school types; undefined when still current. */
export function replacementOf(set: StandardSet): StandardSet | undefined {
  if (!set.replacedBy) return undefined;
  const successors = setsForCircular(circularKey(set.replacedBy));
  return successors.find((r) => r.schoolTypes.some((t) => set.schoolTypes.includes(t))) ?? successors[0];
}

/** Short, human name of a set: "TT18/2018", or "TT57/2026 – phổ thông" where one circular has several sets. */
export function setLabel(set: StandardSet): string {
  const [no, year] = circularKey(set.circular).split("/");
  const base = `TT${no}/${year}`;
  if (setsForCircular(circularKey(set.circular)).length === 1) return base;
  const kind = set.schoolTypes.length > 1 ? "phổ thông" : set.schoolTypes[0].toLowerCase();
  return `${base} – ${kind}`;
}

/** Fast lookups for one set. */
export class SetIndex {
  readonly criteria = new Map<string, Criterion>();
  readonly standards = new Map<number, Standard>();
  constructor(readonly set: StandardSet) {
    for (const st of set.standards) {
      this.standards.set(st.no, st);
      for (const c of st.criteria) this.criteria.set(c.code, c);
    }
  }
  get maxLevel(): number {
    return Math.max(...this.set.levels);
  }
  get hasLevel4(): boolean {
    return this.set.level4 !== null;
  }
}

const indexes = new Map<string, SetIndex>();
export function indexOf(set: StandardSet): SetIndex {
  let ix = indexes.get(set.id);
  if (!ix) indexes.set(set.id, (ix = new SetIndex(set)));
  return ix;
}
