import { foldKey } from "../text/normalize";
import type { ExistingRow } from "./existing-report";
import type { PlanTask } from "./plan-tasks";

/** Words of a text, for comparing two versions of a task. */
function words(s: string): Set<string> {
  return new Set(foldKey(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0));
}

export function similarity(a: string, b: string): number {
  return wordSimilarity(words(a), words(b));
}

function wordSimilarity(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / (x.size + y.size - common);
}

export function codeOfKey(key: string): string {
  return key.split("#")[0];
}

export interface Matched {
  task: PlanTask;
  key: string;
  existing?: ExistingRow;
}

const SAME_TASK = 0.5;

/**
 * Pairs plan tasks with the rows of an earlier report. Within a criterion, rows are matched by how
 * alike their frozen plan text is to the task now (a fixed typo still matches; an inserted task does
 * not take its neighbour's row); unmatched tasks get new keys; unmatched rows are returned as orphans.
 */
export function matchRows(tasks: PlanTask[], existing: ExistingRow[], frozenText: (r: ExistingRow) => string, taskText: (t: PlanTask) => string): { matched: Matched[]; orphans: ExistingRow[] } {
  const byCode = new Map<string, ExistingRow[]>();
  for (const r of existing) {
    const code = codeOfKey(r.key);
    if (!byCode.has(code)) byCode.set(code, []);
    byCode.get(code)!.push(r);
  }
  // each text's words once (a criterion with many tasks compares every task with every row)
  const wordsOf = new Map<string, Set<string>>();
  const wordsIn = (text: string) => wordsOf.get(text) ?? wordsOf.set(text, words(text)).get(text)!;
  const taken = new Set<ExistingRow>();
  const keyOf = new Map<PlanTask, ExistingRow>();
  const tasksByCode = new Map<string, PlanTask[]>();
  for (const t of tasks) (tasksByCode.get(t.code) ?? tasksByCode.set(t.code, []).get(t.code)!).push(t);
  for (const [code, all] of tasksByCode) {
    const rowsOfCode = byCode.get(code) ?? [];
    // a task whose row keeps its key and its words is that row: the best pair there can be (alike 1, plus
    // the key's 0.01), and one per task and per row, so the pairing below would take it first anyway;
    // taken now, a refresh of an unchanged plan compares nothing pair by pair
    const byKey = new Map<string, ExistingRow>();
    for (const r of rowsOfCode) if (!byKey.has(r.key)) byKey.set(r.key, r); // a key written twice (a copied row): the first, as the pairing would
    for (const t of all) {
      const r = byKey.get(`${code}#${t.ordinal}`);
      if (r && wordSimilarity(wordsIn(taskText(t)), wordsIn(frozenText(r))) === 1) {
        taken.add(r);
        keyOf.set(t, r);
      }
    }
    const mine = all.filter((t) => !keyOf.has(t));
    const rows = rowsOfCode.filter((r) => !taken.has(r));
    const pairs: { t: PlanTask; r: ExistingRow; s: number }[] = [];
    for (const t of mine) for (const r of rows) pairs.push({ t, r, s: wordSimilarity(wordsIn(taskText(t)), wordsIn(frozenText(r))) + (r.key === `${code}#${t.ordinal}` ? 0.01 : 0) });
    pairs.sort((a, b) => b.s - a.s);
    for (const p of pairs) {
      if (p.s < SAME_TASK || taken.has(p.r) || keyOf.has(p.t)) continue;
      taken.add(p.r);
      keyOf.set(p.t, p.r);
    }
  }
  const used = new Set(existing.map((r) => r.key));
  const nextOrdinal = new Map<string, number>();
  const matched = tasks.map((task) => {
    const r = keyOf.get(task);
    if (r) return { task, key: r.key, existing: r };
    let n = Math.max(nextOrdinal.get(task.code) ?? 0, task.ordinal);
    while (used.has(`${task.code}#${n}`)) n++;
    const key = `${task.code}#${n}`;
    used.add(key);
    nextOrdinal.set(task.code, n + 1);
    return { task, key };
  });
  return { matched, orphans: existing.filter((r) => !taken.has(r)) };
}
