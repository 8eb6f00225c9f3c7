import type { TableKind } from "../layouts/layouts";
import type { Detection } from "../plan/detect";
import type { PlanTable } from "../plan/types";
import type { SetIndex } from "../standards/sets";
import type { StandardSet } from "../standards/types";
import type { Citation } from "./helpers";

export type Severity = "error" | "warning" | "info";
export type Lang = "vi" | "en";

/** A user-facing text in both languages; Vietnamese first. */
export interface Bilingual {
  vi: string;
  en: string;
}

export interface Fix {
  cell: string;
  old: string;
  new: string;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  /** A1 address on the table's sheet; null for findings about the whole sheet */
  cell: string | null;
  row: number;
  col: number;
  message: Bilingual;
  fix?: Fix;
  /** the criterion concerned ("1.10"): the one the rule judged, else the one the row belongs to; the code as written when the set lacks it */
  criterion?: string;
  /** every criterion a TT57 row cites, when it cites several */
  criteria?: string[];
  /** the standard concerned, for grouping */
  standard?: number;
}

export interface RuleContext {
  table: PlanTable;
  set: StandardSet;
  index: SetIndex;
  detection: Detection;
  /** the human name of the set, e.g. "TT18/2018 (THCS, THPT, nhiều cấp học)" */
  setName: string;
  /** every criterion the table cites (see citations() in helpers.ts), listed once for all rules */
  citations: Citation[];
}

export type Finding = Omit<Diagnostic, "rule" | "severity">;

/** One validation rule: a stable id, a severity, the tables it applies to and a check. */
export interface Rule {
  id: string;
  severity: Severity;
  appliesTo: TableKind[];
  /** rules whose finding on the same cell this one replaces (one finding per cell per concern) */
  supersedes?: string[];
  description: Bilingual;
  check(ctx: RuleContext): Finding[];
}
