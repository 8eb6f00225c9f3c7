/**
 * The check's findings as the pane lists them, the way Excel's Check Accessibility does: groups by
 * severity (errors, warnings, tips) or by standard → criterion, the rows not filled in as one line,
 * findings the user chose to ignore left out and counted. Pure: diagnostics in, groups out.
 */
import { ruleById } from "../core/rules";
import type { Bilingual, Diagnostic, Severity } from "../core/rules/types";

export type GroupBy = "severity" | "standard";

/** Rows not filled in are one collapsible line (a fresh template has one per criterion). */
export const UNFILLED_RULE = "required/unfilled";

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/**
 * One finding; the rows not filled in, as one line; or findings of one rule saying the same thing in
 * several cells (the template's placeholders), as one message with their cells.
 */
export type Entry = { kind: "one"; key: string; diagnostic: Diagnostic } | { kind: "unfilled"; key: string; diagnostics: Diagnostic[] } | { kind: "same"; key: string; diagnostics: Diagnostic[] };

/** How many findings an entry stands for. */
export const entrySize = (e: Entry) => (e.kind === "one" ? 1 : e.diagnostics.length);

/** Findings of one rule with the same message and no fix become one entry listing their cells. */
function mergeSame(diagnostics: Diagnostic[]): Entry[] {
  const out: Entry[] = [];
  const same = new Map<string, Entry & { kind: "same" }>();
  const keyOf = (d: Diagnostic) => `${d.rule}|${d.message.vi}`;
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (!d.fix) counts.set(keyOf(d), (counts.get(keyOf(d)) ?? 0) + 1);
  for (const d of diagnostics) {
    const k = keyOf(d);
    if (d.fix || (counts.get(k) ?? 0) < 2) {
      out.push(one(d));
      continue;
    }
    let entry = same.get(k);
    if (!entry) {
      entry = { kind: "same", key: `same:${k}`, diagnostics: [] };
      same.set(k, entry);
      out.push(entry);
    }
    entry.diagnostics.push(d);
  }
  return out;
}

/**
 * A run of entries: in the severity view one per kind of finding (a rule, titled by its description,
 * as Excel's checker lists "Missing alt text (3)"), in the standard view one per criterion (none for
 * findings about the standard itself).
 */
export interface Block {
  rule?: string;
  title?: Bilingual;
  criterion?: string;
  entries: Entry[];
}

export interface ResultGroup {
  /** stable across checks, so an open group stays open: "error", "s3", "general" */
  key: string;
  severity?: Severity;
  /** the standard's number; undefined for findings about the whole sheet */
  standard?: number;
  blocks: Block[];
  /** findings in the group, an unfilled line counting its rows */
  count: number;
}

export interface Listing {
  /** the standard view's line of rows not filled in, listed above the groups (it spans standards) */
  lead: Entry | null;
  groups: ResultGroup[];
  /** findings left out because the user ignored them */
  hidden: number;
  /** fixable findings listed, by rule: "fix all of this kind" */
  fixableByRule: Map<string, Diagnostic[]>;
}

/** A finding's identity across checks: its rule, its cell and what the cell held. */
export function findingKey(d: Diagnostic): string {
  return `${d.rule}|${d.cell ?? ""}|${d.fix?.old ?? d.message.vi}`;
}

/** The criterion a finding is filed under. */
function criterionOf(d: Diagnostic): string | undefined {
  return d.criterion ?? d.criteria?.[0];
}

function standardOf(d: Diagnostic): number | undefined {
  if (d.standard !== undefined) return d.standard;
  const code = criterionOf(d);
  const n = code ? Number(code.split(".")[0]) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** "1.2" before "1.10": codes compared part by part, as numbers. */
export function compareCodes(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d) return Number.isNaN(d) ? a.localeCompare(b) : d;
  }
  return 0;
}

const bySheetOrder = (a: Diagnostic, b: Diagnostic) => a.row - b.row || a.col - b.col;

function one(d: Diagnostic): Entry {
  return { kind: "one", key: findingKey(d), diagnostic: d };
}

function bySeverity(listed: Diagnostic[], unfilled: Entry | null): ResultGroup[] {
  return SEVERITIES.map((severity) => {
    const blocks = new Map<string, Block>();
    if (severity === "error" && unfilled) blocks.set(UNFILLED_RULE, { rule: UNFILLED_RULE, entries: [unfilled] });
    const byRule = new Map<string, Diagnostic[]>();
    for (const d of listed.filter((x) => x.severity === severity)) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
    for (const [rule, items] of byRule) blocks.set(rule, { rule, title: ruleById(rule)?.description, entries: mergeSame(items) });
    const count = [...blocks.values()].reduce((n, b) => n + b.entries.reduce((m, e) => m + entrySize(e), 0), 0);
    return { key: severity, severity, blocks: [...blocks.values()], count };
  }).filter((g) => g.count > 0);
}

function byStandard(listed: Diagnostic[]): ResultGroup[] {
  const groups = new Map<string, { standard?: number; items: Diagnostic[] }>();
  for (const d of listed) {
    const standard = standardOf(d);
    const key = standard === undefined ? "general" : `s${standard}`;
    if (!groups.has(key)) groups.set(key, { standard, items: [] });
    groups.get(key)!.items.push(d);
  }
  return [...groups.entries()]
    .sort(([, a], [, b]) => (a.standard ?? -1) - (b.standard ?? -1))
    .map(([key, g]) => {
      const byCriterion = new Map<string, { criterion?: string; items: Diagnostic[] }>();
      for (const d of [...g.items].sort(bySheetOrder)) {
        const criterion = criterionOf(d);
        const k = criterion ?? "";
        if (!byCriterion.has(k)) byCriterion.set(k, { criterion, items: [] });
        byCriterion.get(k)!.items.push(d);
      }
      const blocks = new Map<string, Block>([...byCriterion].map(([k, c]) => [k, { criterion: c.criterion, entries: mergeSame(c.items) }]));
      const sorted = [...blocks.values()].sort((a, b) => (a.criterion === undefined ? -1 : b.criterion === undefined ? 1 : compareCodes(a.criterion, b.criterion)));
      return { key, standard: g.standard, blocks: sorted, count: g.items.length };
    });
}

/** The findings to list, grouped as the user chose, without those the user ignored. */
export function listFindings(diagnostics: Diagnostic[], by: GroupBy, ignored: ReadonlySet<string>): Listing {
  const shown = diagnostics.filter((d) => !ignored.has(findingKey(d)));
  const unfilledRows = shown.filter((d) => d.rule === UNFILLED_RULE);
  const asLine = unfilledRows.length > 1;
  const unfilled: Entry | null = asLine ? { kind: "unfilled", key: UNFILLED_RULE, diagnostics: unfilledRows } : null;
  const listed = asLine ? shown.filter((d) => d.rule !== UNFILLED_RULE) : shown;
  const fixableByRule = new Map<string, Diagnostic[]>();
  for (const d of listed) if (d.fix) fixableByRule.set(d.rule, [...(fixableByRule.get(d.rule) ?? []), d]);
  return {
    lead: by === "standard" ? unfilled : null,
    groups: by === "severity" ? bySeverity(listed, unfilled) : byStandard(listed),
    hidden: diagnostics.length - shown.length,
    fixableByRule,
  };
}

/** Groups open before the user opens or closes any: all of them for a short list, else the first. */
export function openByDefault(groups: ResultGroup[]): Set<string> {
  const entries = groups.reduce((n, g) => n + g.blocks.reduce((m, b) => m + b.entries.length, 0), 0);
  return new Set(entries <= 12 ? groups.map((g) => g.key) : groups.slice(0, 1).map((g) => g.key));
}
