/** A criterion (tiêu chí) of a standard set, as the circular defines it. */
export interface Criterion {
  /** "1.10" — standard number, dot, criterion number */
  code: string;
  title: string;
  /** the highest level the criterion has (2018 sets: 2 or 3; TT57: 2) */
  maxLevel: number;
  /** TT57 only: one of the 8 criteria a school must reach */
  mandatory?: boolean;
  /** TT57 only: what each level requires, keyed by level ("1", "2") */
  levelRequirements?: Record<string, string>;
}

export interface Standard {
  no: number;
  title: string;
  criteria: Criterion[];
}

export interface Level4 {
  /** number of Mức 4 requirements; null when the reference has not confirmed it */
  count: number | null;
  /** official wording of each requirement; null when not retrieved */
  items: string[] | null;
  itemsStatus?: string;
}

/** A standard set (bộ tiêu chuẩn) defined by one circular for some school types. */
export interface StandardSet {
  id: string;
  circular: string;
  issued: string;
  effective: string;
  replacedBy?: string;
  amendedBy?: string;
  annex?: string;
  annexTitle?: string;
  schoolTypes: string[];
  levels: number[];
  level4: Level4 | null;
  schoolLevelRule: string;
  standards: Standard[];
}

export interface StandardSetsFile {
  about: string;
  sources: string[];
  counts: Record<string, number>;
  sets: StandardSet[];
}
