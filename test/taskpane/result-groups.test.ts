/**
 * How the pane lists a check's findings: a fresh template's 28 rows not filled in are one line, the
 * one real finding is not lost among them, and the user can group by severity or by standard.
 */
import type { Diagnostic } from "../../src/core/rules/types";
import { compareCodes, findingKey, listFindings, openByDefault, UNFILLED_RULE } from "../../src/taskpane/result-groups";

function finding(rule: string, severity: Diagnostic["severity"], cell: string, row: number, more: Partial<Diagnostic> = {}): Diagnostic {
  return { rule, severity, cell, row, col: 1, message: { vi: `${rule} ${cell}`, en: `${rule} ${cell}` }, ...more };
}

const unfilled = Array.from({ length: 28 }, (_, i) => finding(UNFILLED_RULE, "error", `D${12 + i}`, 11 + i, { criterion: `${1 + Math.floor(i / 10)}.${(i % 10) + 1}` }));
const standardAsCriterion = finding("criterion/standard-as-criterion", "warning", "B14", 13, { criterion: "1.3", fix: { cell: "B14", old: "Tiêu chuẩn 1.3", new: "Tiêu chí 1.3" } });
const periodInvalid = finding("period/invalid", "error", "G30", 29, { criterion: "2.10" });
const periodInvalid2 = finding("period/invalid", "error", "G21", 20, { criterion: "2.2" });
const replacedSet = finding("plan/replaced-standard-set", "info", "A1", -1, { cell: null });
const all = [replacedSet, ...unfilled.slice(0, 3), standardAsCriterion, ...unfilled.slice(3), periodInvalid2, periodInvalid];

describe("the findings the pane lists", () => {
  it("by severity: errors first, the rows not filled in as one line at their head, then warnings and tips", () => {
    const { groups, lead, hidden } = listFindings(all, "severity", new Set());
    expect(lead).toBeNull();
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ["error", 30],
      ["warning", 1],
      ["info", 1],
    ]);
    // within a severity, one block per kind of finding, titled as the rule describes it
    expect(groups[0].blocks.map((b) => [b.rule, b.entries.length, b.title?.vi])).toEqual([
      [UNFILLED_RULE, 1, undefined],
      ["period/invalid", 2, "Thời gian không đọc được hoặc kết thúc trước khi bắt đầu"],
    ]);
    const unfilledLine = groups[0].blocks[0].entries[0];
    expect(unfilledLine.kind === "unfilled" && unfilledLine.diagnostics).toHaveLength(28);
    expect(hidden).toBe(0);
  });

  it("by standard → criterion: the sheet-wide finding first, criteria in the set's order (1.2 before 1.10), the unfilled line above the groups", () => {
    const { groups, lead } = listFindings(all, "standard", new Set());
    expect(lead?.kind).toBe("unfilled");
    expect(groups.map((g) => g.key)).toEqual(["general", "s1", "s2"]);
    expect(groups[2].blocks.map((b) => b.criterion)).toEqual(["2.2", "2.10"]);
    expect(groups[1].blocks[0].entries[0]).toMatchObject({ kind: "one", diagnostic: standardAsCriterion });
  });

  it("a single row not filled in is listed like any finding", () => {
    const { groups } = listFindings([unfilled[0], standardAsCriterion], "severity", new Set());
    expect(groups[0].blocks[0].entries).toEqual([{ kind: "one", key: findingKey(unfilled[0]), diagnostic: unfilled[0] }]);
  });

  it("leaves out and counts what the user ignored, and offers 'fix all of this kind' over what is listed", () => {
    const twice = finding("criterion/standard-as-criterion", "warning", "B40", 39, { criterion: "3.1", fix: { cell: "B40", old: "Tiêu chuẩn 3.1", new: "Tiêu chí 3.1" } });
    const listing = listFindings([...all, twice], "severity", new Set([findingKey(periodInvalid)]));
    expect(listing.hidden).toBe(1);
    expect(listing.groups[0].count).toBe(29);
    expect(listing.fixableByRule.get("criterion/standard-as-criterion")).toEqual([standardAsCriterion, twice]);
    const fewer = listFindings([...all, twice], "severity", new Set([findingKey(twice)]));
    expect(fewer.fixableByRule.get("criterion/standard-as-criterion")).toEqual([standardAsCriterion]);
  });

  it("a finding keeps its key while its cell holds the same text, so an ignored one stays ignored after the next check", () => {
    expect(findingKey({ ...standardAsCriterion, message: { vi: "khác", en: "other" } })).toBe(findingKey(standardAsCriterion));
    expect(findingKey({ ...standardAsCriterion, fix: { cell: "B14", old: "Tiêu chuẩn 1.4", new: "Tiêu chí 1.4" } })).not.toBe(findingKey(standardAsCriterion));
  });

  it("opens every group of a short list, only the first of a long one", () => {
    expect(openByDefault(listFindings(all, "severity", new Set()).groups)).toEqual(new Set(["error", "warning", "info"]));
    const many = Array.from({ length: 20 }, (_, i) => finding("period/invalid", i % 2 ? "warning" : "error", `G${i + 12}`, i + 11));
    expect(openByDefault(listFindings(many, "severity", new Set()).groups)).toEqual(new Set(["error"]));
  });

  it("findings of one rule saying the same thing in several cells (the template's placeholders) are one entry with their cells; those with a fix stay apart", () => {
    const placeholder = (cell: string, row: number) => ({ ...finding("template/placeholder", "warning", cell, row), message: { vi: "Ô này còn nội dung tạm", en: "Placeholder" } });
    const listing = listFindings([placeholder("C45", 44), standardAsCriterion, placeholder("C46", 45), placeholder("C47", 46)], "severity", new Set());
    const kinds = listing.groups[0].blocks.map((b) => b.entries.map((e) => (e.kind === "one" ? e.diagnostic.cell : `${e.kind}:${e.diagnostics.map((d) => d.cell).join(",")}`)));
    expect(kinds).toEqual([["same:C45,C46,C47"], ["B14"]]);
    expect(listing.groups[0].count).toBe(4);
  });

  it("orders criterion codes as numbers", () => {
    expect(["1.10", "1.2", "10.1", "2.1"].sort(compareCodes)).toEqual(["1.2", "1.10", "2.1", "10.1"]);
  });
});
