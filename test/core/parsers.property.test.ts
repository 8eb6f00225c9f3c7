/** Hostile input for every parser: any string never throws; canonical forms round-trip. */
import fc from "fast-check";
import { isTypedTextFormula } from "../../src/core/plan/field";
import { roleOfHeader } from "../../src/core/plan/header";
import { STANDARD_SETS, indexOf } from "../../src/core/standards/sets";
import { parseBudget } from "../../src/core/text/budget";
import { canonicalCode, findCriterionRefsInList, findCriterionRefsInProse, parseCriterionNumber, parseCriterionText, parseLevel4Text } from "../../src/core/text/criterion-ref";
import { looksLikeLegacyEncoding } from "../../src/core/text/legacy-encoding";
import { levelPhrase, parseLevelGroup, parseLevelStatement } from "../../src/core/text/level";
import { cleanText, foldKey } from "../../src/core/text/normalize";
import { formatPoint, parsePeriod } from "../../src/core/text/period";
import { PLAN_2018_COLUMNS, TT57_PLAN_COLUMNS, TT57_PROBLEM_COLUMNS, TT57_MONITORING_COLUMNS } from "../../src/core/template/forms";
import { REPORT_2018 } from "../../src/core/report/forms";

// strings with Vietnamese letters, digits, separators, combining marks and odd spaces
const viChars = fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789 .,;:/-–—()%\u00a0\u0301\u0323TMCHĐ".split(""));
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: viChars, maxLength: 80 }), fc.string({ unit: "grapheme", maxLength: 40 }));

const parsers: [string, (s: string) => unknown][] = [
  ["cleanText", cleanText],
  ["foldKey", foldKey],
  ["parseCriterionText", parseCriterionText],
  ["parseLevel4Text", parseLevel4Text],
  ["findCriterionRefsInProse", findCriterionRefsInProse],
  ["findCriterionRefsInList", findCriterionRefsInList],
  ["parseLevelStatement", parseLevelStatement],
  ["parseLevelGroup", parseLevelGroup],
  ["parsePeriod", parsePeriod],
  ["parseBudget", parseBudget],
  ["roleOfHeader", roleOfHeader],
  ["looksLikeLegacyEncoding", looksLikeLegacyEncoding],
  ["isTypedTextFormula", isTypedTextFormula],
];

describe.each(parsers)("%s", (_name, parse) => {
  it("never throws, whatever the string", () => {
    fc.assert(fc.property(anyText, (s) => void parse(s)), { numRuns: 400 });
  });
});

describe("canonical forms round-trip", () => {
  const codes = [...new Set(STANDARD_SETS.flatMap((s) => [...indexOf(s).criteria.keys()]))];

  it("every criterion code of every set, written canonically, in NFC or NFD, with any case and spacing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), fc.boolean(), fc.boolean(), fc.constantFrom(" ", "\u00a0", "  "), (code, nfd, upper, space) => {
        let text = canonicalCode(code).replace(" ", space);
        if (upper) text = text.toUpperCase();
        if (nfd) text = text.normalize("NFD");
        expect(parseCriterionText(text)?.code).toBe(code);
      }),
    );
  });

  it("a code Excel made a number reads back as the code (x.10 excepted: it is x.1)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes.filter((c) => !c.endsWith(".10"))), (code) => {
        expect(parseCriterionNumber(Number(code))?.code).toBe(code);
      }),
    );
  });

  it("level phrases KHCT writes read back as the same target and current level", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }), (target, current) => {
        const parsed = parseLevelStatement(levelPhrase(target, current));
        expect(parsed?.target).toBe(target);
        if (current !== undefined && current !== target) expect(parsed?.current).toBe(current);
        expect(parsed?.maintain).toBe(current === target);
      }),
    );
  });

  it("periods written as MM/YYYY-MM/YYYY read back as the same range", () => {
    const point = fc.record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const [s, e] = a.year * 12 + a.month <= b.year * 12 + b.month ? [a, b] : [b, a];
        expect(parsePeriod(`${formatPoint(s)}-${formatPoint(e)}`)).toEqual({ kind: "range", start: s, end: e });
      }),
    );
  });

  it("amounts written with Vietnamese grouping read back as the same amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        const grouped = n.toLocaleString("de-DE"); // dot grouping, as vi-VN writes it
        expect(parseBudget(`${grouped} đồng`)).toEqual({ kind: "amount", dong: n });
      }),
    );
  });

  it("every header KHCT writes is read back as its column's role", () => {
    for (const c of [...PLAN_2018_COLUMNS, ...TT57_PLAN_COLUMNS, ...TT57_PROBLEM_COLUMNS, ...TT57_MONITORING_COLUMNS, ...REPORT_2018.columns]) {
      expect([c.header, roleOfHeader(c.header)]).toEqual([c.header, c.role]);
    }
  });
});
