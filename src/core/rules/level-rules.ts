import type { Field } from "../plan/field";
import type { PlanRow } from "../plan/types";
import type { Criterion } from "../standards/types";
import { levelPhrase, parseLevelStatement, type LevelStatement } from "../text/level";
import { at, quote, storedText } from "./helpers";
import type { Bilingual, Finding, Rule, RuleContext } from "./types";

interface Target {
  row: PlanRow;
  field: Field;
  statement: LevelStatement;
  criterion?: Criterion;
  code?: string;
}

const targetsOf = new WeakMap<RuleContext["table"], Target[]>();

/** Rows stating a target level, with the criterion they concern (prose goals are skipped); read once per table. */
function targets(ctx: RuleContext): Target[] {
  let found = targetsOf.get(ctx.table);
  if (!found) targetsOf.set(ctx.table, (found = findTargets(ctx)));
  return found;
}

function findTargets({ table, index }: RuleContext): Target[] {
  const out: Target[] = [];
  for (const row of table.rows) {
    const field = row.fields.target ?? row.fields.goal;
    if (!field || row.kind === "level4" || row.kind === "group" || row.kind === "standard") continue;
    const statement = parseLevelStatement(field.text);
    if (!statement) continue;
    const code = row.kind === "item" ? (row.refs?.length === 1 ? row.refs[0].ref.code : undefined) : (row.code ?? row.parent?.code);
    out.push({ row, field, statement, code, criterion: code ? index.criteria.get(code) : undefined });
  }
  return out;
}

/** A sentence about a target, naming the criterion it was judged for ("Tiêu chí 1.3: mục tiêu …"). */
function ofCriterion(code: string | undefined, s: Bilingual): Bilingual {
  const upper = (t: string) => t[0].toUpperCase() + t.slice(1);
  return code ? { vi: `Tiêu chí ${code}: ${s.vi}`, en: `Criterion ${code}: ${s.en}` } : { vi: upper(s.vi), en: upper(s.en) };
}

function validLevel(ctx: RuleContext, n: number): boolean {
  return ctx.set.levels.includes(n);
}

export const levelInvalid: Rule = {
  id: "level/invalid",
  severity: "error",
  appliesTo: ["plan"],
  supersedes: ["level/unavailable", "level/not-above-current", "level/group-mismatch"],
  description: { vi: "Mức không tồn tại trong bộ tiêu chuẩn", en: "A level that cannot be" },
  check(ctx) {
    const out: Finding[] = [];
    const levels = ctx.set.levels.join(", ");
    for (const t of targets(ctx)) {
      const bad = [t.statement.target, t.statement.current].find((n) => n !== undefined && !validLevel(ctx, n));
      if (bad === undefined) continue;
      out.push(
        at(
          t.field,
          {
            vi: `${quote(t.field.text)}: ${ctx.setName} không có mức ${bad}; tiêu chí chỉ được đánh giá ở mức ${levels}.`,
            en: `${quote(t.field.text)}: ${ctx.setName} has no level ${bad}; criteria are assessed at levels ${levels} only.`,
          },
          { criterion: t.code },
        ),
      );
    }
    return out;
  },
};

export const levelUnavailable: Rule = {
  id: "level/unavailable",
  severity: "error",
  appliesTo: ["plan"],
  supersedes: ["level/group-mismatch"],
  description: { vi: "Mục tiêu vượt mức cao nhất của tiêu chí", en: "A target level the criterion does not have" },
  check(ctx) {
    const out: Finding[] = [];
    for (const t of targets(ctx)) {
      const max = t.criterion?.maxLevel;
      if (!max || !validLevel(ctx, t.statement.target) || t.statement.target <= max) continue;
      const current = t.statement.current;
      const proposal = current !== undefined && current <= max ? levelPhrase(max, current) : undefined;
      out.push(
        at(
          t.field,
          {
            vi: `Tiêu chí ${t.code} chỉ có đến mức ${max} theo ${ctx.setName}, không thể đặt mục tiêu mức ${t.statement.target}.`,
            en: `Criterion ${t.code} only goes up to level ${max} in ${ctx.setName}; the target cannot be level ${t.statement.target}.`,
          },
          { criterion: t.code, fix: proposal ? { cell: t.field.cell, old: storedText(t.field), new: proposal } : undefined },
        ),
      );
    }
    return out;
  },
};

export const levelNotAboveCurrent: Rule = {
  id: "level/not-above-current",
  severity: "warning",
  appliesTo: ["plan"],
  description: { vi: "Mục tiêu không cao hơn hiện trạng", en: "A target not above the current level" },
  check(ctx) {
    const out: Finding[] = [];
    for (const t of targets(ctx)) {
      const { target, current, maintain } = t.statement;
      if (current === undefined) continue;
      if (maintain ? target === current : target > current) continue;
      const equal = target === current;
      out.push(
        at(
          t.field,
          ofCriterion(
            t.code,
            equal
              ? {
                  vi: `mục tiêu mức ${target} bằng hiện trạng: nếu nhà trường giữ nguyên mức này, viết "Duy trì mức ${current}".`,
                  en: `the target level ${target} equals the current level: if the school keeps this level, write "Duy trì mức ${current}".`,
                }
              : {
                  vi: `mục tiêu mức ${target} thấp hơn hiện trạng mức ${current}. Kiểm tra lại mục tiêu hoặc hiện trạng.`,
                  en: `the target level ${target} is below the current level ${current}. Check the target or the current level.`,
                },
          ),
          { criterion: t.code, fix: equal ? { cell: t.field.cell, old: storedText(t.field), new: levelPhrase(current, current) } : undefined },
        ),
      );
    }
    return out;
  },
};

export const levelGroupMismatch: Rule = {
  id: "level/group-mismatch",
  severity: "warning",
  appliesTo: ["plan"],
  description: { vi: "Mục tiêu trái với nhóm mức", en: "A target contradicting its level group" },
  check(ctx) {
    const out: Finding[] = [];
    for (const t of targets(ctx)) {
      const group = t.row.group ?? t.row.parent?.group;
      if (!group?.levels || group.levels.includes(t.statement.target)) continue;
      out.push(
        at(
          t.field,
          ofCriterion(t.code, {
            vi: `mục tiêu mức ${t.statement.target} nằm trong nhóm "${group.codeField?.text}". Chuyển dòng sang nhóm mức ${t.statement.target} hoặc sửa mục tiêu.`,
            en: `a level ${t.statement.target} target sits in the group "${group.codeField?.text}". Move the row to the level ${t.statement.target} group or correct the target.`,
          }),
          { criterion: t.code },
        ),
      );
    }
    return out;
  },
};
