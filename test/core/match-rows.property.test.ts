/**
 * Refreshing a report pairs the plan's tasks with the report's rows. Tasks whose row keeps its key
 * and its words are paired first, without comparing every task with every row (issue 13: a refresh
 * of an unchanged 10,000-task plan compared 10 million pairs). The pairing must stay what comparing
 * every pair gives: this test keeps that full pairing as the specification and compares on random
 * plans and reports (criteria with repeated, edited, moved, duplicated and missing tasks and keys).
 */
import fc from "fast-check";
import type { ExistingRow } from "../../src/core/report/existing-report";
import { matchRows, type Matched } from "../../src/core/report/match-rows";
import type { PlanTask } from "../../src/core/report/plan-tasks";
import { foldKey } from "../../src/core/text/normalize";

/** The pairing as it was: every task of a criterion against every row, best pairs first. */
function everyPair(tasks: PlanTask[], existing: ExistingRow[], frozen: (r: ExistingRow) => string, text: (t: PlanTask) => string): { matched: Matched[]; orphans: ExistingRow[] } {
  const words = (s: string) => new Set(foldKey(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const alike = (a: Set<string>, b: Set<string>) => {
    if (a.size === 0 && b.size === 0) return 1;
    let common = 0;
    for (const w of a) if (b.has(w)) common++;
    return common / (a.size + b.size - common);
  };
  const taken = new Set<ExistingRow>();
  const keyOf = new Map<PlanTask, ExistingRow>();
  for (const code of new Set(tasks.map((t) => t.code))) {
    const rows = existing.filter((r) => r.key.split("#")[0] === code);
    const pairs = tasks.filter((t) => t.code === code).flatMap((t) => rows.map((r) => ({ t, r, s: alike(words(text(t)), words(frozen(r))) + (r.key === `${code}#${t.ordinal}` ? 0.01 : 0) })));
    pairs.sort((a, b) => b.s - a.s);
    for (const p of pairs) {
      if (p.s < 0.5 || taken.has(p.r) || keyOf.has(p.t)) continue;
      taken.add(p.r);
      keyOf.set(p.t, p.r);
    }
  }
  const used = new Set(existing.map((r) => r.key));
  const next = new Map<string, number>();
  const matched = tasks.map((task) => {
    const r = keyOf.get(task);
    if (r) return { task, key: r.key, existing: r };
    let n = Math.max(next.get(task.code) ?? 0, task.ordinal);
    while (used.has(`${task.code}#${n}`)) n++;
    used.add(`${task.code}#${n}`);
    next.set(task.code, n + 1);
    return { task, key: `${task.code}#${n}` };
  });
  return { matched, orphans: existing.filter((r) => !taken.has(r)) };
}

const code = fc.constantFrom("1.1", "1.2", "2.3");
const sentence = fc.array(fc.constantFrom("rà soát", "kế hoạch", "bồi dưỡng", "giáo viên", "Tổ chức", "to chuc", "hoà", "hòa", "", "2024"), { maxLength: 4 }).map((w) => w.join(" "));

describe("pairing tasks with the report's rows", () => {
  it("pairs as comparing every task with every row does", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(code, sentence), { maxLength: 12 }), fc.array(fc.tuple(code, fc.integer({ min: 1, max: 5 }), sentence), { maxLength: 12 }), (planned, reported) => {
        const ordinals = new Map<string, number>();
        const tasks: PlanTask[] = planned.map(([c, text], row) => {
          const ordinal = (ordinals.get(c) ?? 0) + 1;
          ordinals.set(c, ordinal);
          return { code: c, ordinal, texts: { tasks: text }, row };
        });
        const rows: ExistingRow[] = reported.map(([c, n, text], row) => ({ key: `${c}#${n}`, row, cells: { planned: text } }));
        const frozen = (r: ExistingRow) => r.cells.planned ?? "";
        const text = (t: PlanTask) => t.texts.tasks ?? "";
        const now = matchRows(tasks, rows, frozen, text);
        const spec = everyPair(tasks, rows, frozen, text);
        expect(now.matched.map((m) => [m.key, m.existing?.row])).toEqual(spec.matched.map((m) => [m.key, m.existing?.row]));
        expect(now.orphans.map((r) => r.row)).toEqual(spec.orphans.map((r) => r.row));
      }),
      { numRuns: 5000 },
    );
  });
});
