import { formatPercent } from "../../../src/core/evaluation/counts";
import { gapLine, level4Line, nationalStandardLine, notReachedLine, reachedLine } from "../../../src/core/evaluation/phrases";
import type { CriterionResult, RequirementResult } from "../../../src/core/evaluation/results";
import { schoolLevelResult } from "../../../src/core/evaluation/school-level";
import { SCHOOL_LEVEL_RULES, schoolLevelRuleFor } from "../../../src/core/standards/school-level-rules";
import { indexOf, STANDARD_SETS, standardSetById } from "../../../src/core/standards/sets";

type Level = number | null;

/** A self-evaluation as the level rules see it: each criterion's level (null: the table does not say). */
function levels(setId: string, level: (code: string, maxLevel: number, mandatory: boolean) => Level) {
  const index = indexOf(standardSetById(setId)!);
  const results = new Map<string, CriterionResult>();
  for (const c of index.criteria.values()) {
    const l = level(c.code, c.maxLevel, !!c.mandatory);
    results.set(c.code, { criterion: c, level: l, marked: l, state: l === null ? "no-mark" : "ok" });
  }
  return { index, results };
}

function level4(met: (boolean | null)[]): RequirementResult[] {
  return met.map((m, i) => ({ requirement: i + 1, met: m, state: m === null ? "no-mark" : "ok" }));
}

function schoolLevel(setId: string, level: (code: string, maxLevel: number, mandatory: boolean) => Level, requirements?: (boolean | null)[]) {
  const { index, results } = levels(setId, level);
  return schoolLevelResult(index, results, requirements ? level4(requirements) : [], !!requirements);
}

const TT57 = "tt57-2026-pho-thong";
const OTHERS = ["1.1", "1.2", "2.3", "3.3", "3.4", "3.5", "4.3"];

describe("the level rules as data", () => {
  it("give every standard set exactly one rule, with its source and its status", () => {
    for (const set of STANDARD_SETS) {
      expect(SCHOOL_LEVEL_RULES.filter((r) => r.sets.includes(set.id))).toHaveLength(1);
      const rule = schoolLevelRuleFor(set);
      expect(rule.source.vi).toContain(set.circular.slice(0, 7));
      expect(rule.status.vi.length).toBeGreaterThan(20);
      expect(rule.status.en.length).toBeGreaterThan(20);
    }
    expect(schoolLevelRuleFor(standardSetById(TT57)!).status.en).toMatch(/third parties/);
  });

  it("TT57's '8 mandatory + 5 of the other 7' matches the sets' mandatory flags", () => {
    for (const set of STANDARD_SETS) {
      const rule = schoolLevelRuleFor(set);
      if (rule.kind !== "mandatory-plus-others") continue;
      const all = [...indexOf(set).criteria.values()];
      expect(all.filter((c) => c.mandatory)).toHaveLength(rule.mandatory);
      expect(all.filter((c) => !c.mandatory)).toHaveLength(rule.others);
    }
  });
});

describe("a 2018 school's level: every criterion reaches the level", () => {
  it("is Mức 1 with document 002's counts (18/27 at Mức 2 – 66,7%; 1/19 at Mức 3 – 5,3%), with the nine criteria it lacks for Mức 2", () => {
    const atOne = ["1.2", "1.4", "1.5", "2.3", "3.2", "3.4", "3.6", "4.2", "5.3"];
    const r = schoolLevel("tt17-2018", (code) => (atOne.includes(code) ? 1 : code === "2.2" ? 3 : 2));
    expect(r.level).toBe(1);
    expect(r.counts.map((c) => reachedLine(c).vi)).toEqual([
      "Số lượng đạt Mức 1: 27/27 – Tỷ lệ 100%",
      "Số lượng đạt Mức 2: 18/27 – Tỷ lệ 66,7%",
      "Số lượng đạt Mức 3: 1/19 – Tỷ lệ 5,3%",
    ]);
    expect(r.counts.map((c) => notReachedLine(c).vi)).toEqual([
      "Số lượng không đạt Mức 1: 0/27 – Tỷ lệ 0%",
      "Số lượng không đạt Mức 2: 9/27 – Tỷ lệ 33,3%",
      "Số lượng không đạt Mức 3: 18/19 – Tỷ lệ 94,7%",
    ]);
    expect(reachedLine(r.counts[1]).en).toBe("Criteria at Mức 2: 18/27 – 66.7%");
    expect(r.next).toBe(2);
    expect(r.gap.map((g) => `${g.criterion}→${g.needs}`)).toEqual(atOne.map((c) => `${c}→2`));
    expect(r.nationalStandard).toBe(0);
  });

  it("reaches Mức 3 when the criteria without Mức 3 stay at Mức 2 (TT18 1.2 has no Mức 3)", () => {
    const r = schoolLevel("tt18-2018", (_code, max) => max);
    expect(r.level).toBe(3);
    expect(r.counts[2]).toMatchObject({ reached: 20, of: 20 });
  });

  it("stays at Mức 2 when one criterion that has a Mức 3 is at Mức 2, and says which", () => {
    const r = schoolLevel("tt18-2018", (code, max) => (code === "5.6" ? 2 : max));
    expect(r.level).toBe(2);
    expect(r.next).toBe(3);
    expect(r.gap).toEqual([{ criterion: "5.6", needs: 3, current: 2 }]);
    expect(gapLine(r)?.vi).toBe("Để đạt Mức 3: Tiêu chí 5.6 cần đạt Mức 3.");
  });

  it("is 'Chưa đạt Mức 1' (level 0) when one criterion is Không đạt; the gap asks each criterion for what the next level needs", () => {
    const r = schoolLevel("tt18-2018", (code) => (code === "3.4" ? 0 : 2));
    expect(r.level).toBe(0);
    expect(r.next).toBe(1);
    expect(r.gap).toEqual([{ criterion: "3.4", needs: 1, current: 0 }]);
  });

  it("lists the gap to the next level only: Mức 2 for a school at Mức 1, not Mức 3", () => {
    const low = schoolLevel("tt18-2018", (code, max) => (code === "1.1" || code === "1.2" ? 1 : max));
    expect(low.level).toBe(1);
    expect(low.gap).toEqual([
      { criterion: "1.1", needs: 2, current: 1 },
      { criterion: "1.2", needs: 2, current: 1 },
    ]);
  });

  it("counts a criterion the table does not state as not reached, and says so", () => {
    const r = schoolLevel("tt17-2018", (code) => (code === "2.2" ? null : 2));
    expect(r.level).toBe(0);
    expect(r.highestPossible).toBe(2);
    expect(r.undetermined).toEqual(["2.2"]);
    expect(gapLine(r)?.vi).toBe("Để đạt Mức 1: Tiêu chí 2.2 cần đạt Mức 1 (chưa có kết quả).");
  });
});

describe("Mức 4 and the national standard (2018 sets)", () => {
  it("is Mức 4 at Mức 3 with all five TT17 Mức 4 requirements met, and supports national-standard degree 2 (after external evaluation)", () => {
    const r = schoolLevel("tt17-2018", (_c, max) => max, [true, true, true, true, true]);
    expect(r.level).toBe(4);
    expect(r.nationalStandard).toBe(2);
    expect(r.next).toBeNull();
    expect(nationalStandardLine(r).vi).toContain("cần kết quả đánh giá ngoài");
  });

  it("stays at Mức 3 with four of five requirements met, and lists the one missing", () => {
    const r = schoolLevel("tt17-2018", (_c, max) => max, [true, false, true, true, true]);
    expect(r.level).toBe(3);
    expect(r.next).toBe(4);
    expect(r.level4).toMatchObject({ status: "not-met", met: [1, 3, 4, 5], unmet: [2] });
    expect(gapLine(r)?.vi).toBe("Để đạt Mức 4: đáp ứng yêu cầu 2 của Mức 4.");
  });

  it("does not guess Mức 4 for TT19, whose number of Mức 4 requirements is not confirmed", () => {
    const r = schoolLevel("tt19-2018", (_c, max) => max, [true, true, true, true, true, true]);
    expect(r.level).toBe(3);
    expect(r.level4?.status).toBe("unknown-count");
    expect(r.next).toBeNull();
    expect(level4Line(r)?.vi).toContain("không tính được");
  });

  it("maps Mức 2 to national-standard degree 1 and Mức 1 to none", () => {
    expect(schoolLevel("tt18-2018", () => 2).nationalStandard).toBe(1);
    expect(schoolLevel("tt18-2018", () => 1).nationalStandard).toBe(0);
  });
});

describe("a TT57 school's level: 8 mandatory criteria and at least 5 of the other 7", () => {
  const mandatoryAt = (m: number, others: Record<string, number>) => (code: string, _max: number, mandatory: boolean) => (mandatory ? m : (others[code] ?? 0));
  const firstOthers = (n: number, level: number, rest: number) => Object.fromEntries(OTHERS.map((c, i) => [c, i < n ? level : rest]));

  it("reaches Mức 1 with exactly 5 of the other 7 at Mức 1", () => {
    expect(schoolLevel(TT57, mandatoryAt(1, firstOthers(5, 1, 0))).level).toBe(1);
  });

  it("misses Mức 1 with 4 of the other 7, and names how many more of which criteria", () => {
    const r = schoolLevel(TT57, mandatoryAt(1, firstOthers(4, 1, 0)));
    expect(r.level).toBe(0);
    expect(r.gap).toEqual([]);
    expect(r.gapChoices).toEqual([{ group: "others", count: 1, needs: 1, among: ["3.4", "3.5", "4.3"] }]);
    expect(gapLine(r)?.vi).toBe("Để đạt Mức 1: thêm 1 trong các tiêu chí không bắt buộc 3.4, 3.5, 4.3 cần đạt Mức 1.");
  });

  it("misses Mức 1 when one mandatory criterion is Không đạt, however good the others", () => {
    const r = schoolLevel(TT57, (code, _m, mandatory) => (code === "2.1" ? 0 : mandatory ? 2 : 2));
    expect(r.level).toBe(0);
    expect(r.gap).toEqual([{ criterion: "2.1", needs: 1, current: 0 }]);
  });

  it("reaches Mức 2 with the 8 mandatory at Mức 2, exactly 5 others at Mức 2 and the other 2 at Mức 1", () => {
    const r = schoolLevel(TT57, mandatoryAt(2, firstOthers(5, 2, 1)));
    expect(r.level).toBe(2);
    expect(r.nationalStandard).toBe(2);
    expect(nationalStandardLine(r).vi).toContain("03 năm học liên tiếp");
    expect(r.counts[1].mandatory).toEqual({ reached: 8, of: 8 });
    expect(r.counts[1].others).toEqual({ reached: 5, of: 7 });
    expect(reachedLine(r.counts[1]).vi).toBe("Số lượng đạt Mức 2: 13/15 – Tỷ lệ 86,7% (tiêu chí bắt buộc: 8/8; tiêu chí khác: 5/7)");
  });

  it("stays at Mức 1 when one of the other 7 is below Mức 1, even with 6 at Mức 2", () => {
    const r = schoolLevel(TT57, mandatoryAt(2, firstOthers(6, 2, 0)));
    expect(r.level).toBe(1);
    expect(r.gap).toEqual([{ criterion: "4.3", needs: 1, current: 0 }]);
  });

  it("stays at Mức 1 with 4 of the other 7 at Mức 2", () => {
    const r = schoolLevel(TT57, mandatoryAt(2, firstOthers(4, 2, 1)));
    expect(r.level).toBe(1);
    expect(r.gapChoices).toEqual([{ group: "others", count: 1, needs: 2, among: ["3.4", "3.5", "4.3"] }]);
  });

  it("has no Mức 4 and no next level at Mức 2", () => {
    const r = schoolLevel(TT57, () => 2);
    expect(r.level4).toBeNull();
    expect(r.next).toBeNull();
    expect(gapLine(r)).toBeNull();
  });
});

describe("percentages as schools write them", () => {
  it("uses a decimal comma in Vietnamese, a point in English, and no decimals for whole numbers", () => {
    expect(formatPercent(66.7, "vi")).toBe("66,7%");
    expect(formatPercent(66.7, "en")).toBe("66.7%");
    expect(formatPercent(100, "vi")).toBe("100%");
  });
});
