/**
 * The core's quick checks (issue 13: the same findings, faster) answer as the full checks they
 * stand in front of, on any text: they only skip work whose answer they know.
 */
import fc from "fast-check";
import { lineCount, wrapLines } from "../../src/core/measure/wrap";
import { applyPatchToSnapshot } from "../../src/core/sheet/apply";
import { areaToA1 } from "../../src/core/sheet/address";
import type { SheetPatch } from "../../src/core/sheet/patch";
import { legacyEncodingScore, looksLikeLegacyEncoding } from "../../src/core/text/legacy-encoding";

// Vietnamese letters (â, Â, ă, đ, ơ, ư are common), TCVN3 symbols, VNI letters, Latin-1 capitals, spaces
const mixed = fc.constantFrom(..."aeoAEOâÂăđơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáãèéêìíòóôõùúýøïåäëöæçûñÑ¡ª¸®µ¶ tchuyênTiªu ÝÈ\u00a0\u2013".split(""));
const text = fc.oneof(fc.string({ unit: mixed, maxLength: 24 }), fc.string({ maxLength: 24 }));

describe("the core's quick checks agree with the full ones", () => {
  it("text/legacy-encoding: the character filter never hides a text the signatures would report", () => {
    fc.assert(
      fc.property(text, (s) => {
        const score = legacyEncodingScore(s);
        const reported = score > 0 && (score >= 2 || s.trim().split(/\s+/).length <= 3);
        expect(looksLikeLegacyEncoding(s)).toBe(reported);
      }),
      { numRuns: 20000 },
    );
  });
});

describe("row heights: counting wrapped lines", () => {
  const chars = fc.constantFrom(..."Tổ chức rà soát kế hoạch; phân công thành viên WWWWMMMM iiii 1234567890 —–-/\t\r\n\u00a0\u0301\u200b".split(""), "😀", "\ud83d", "𝔸");
  const text = fc.oneof(fc.string({ unit: chars, maxLength: 120 }), fc.string({ maxLength: 60 }), fc.string({ unit: "grapheme", maxLength: 40 }));
  const font = fc.record({ size: fc.constantFrom(8, 11, 12, 13, 14), bold: fc.boolean(), italic: fc.boolean() });

  it("lineCount (counted, remembered) is the number of lines wrapLines makes, for any text, font and width", () => {
    fc.assert(
      fc.property(text, font, fc.integer({ min: 1, max: 600 }), (s, f, width) => {
        expect(lineCount(s, f, width)).toBe(wrapLines(s, f, width).length);
        expect(lineCount(s, f, width)).toBe(wrapLines(s, f, width).length); // remembered
      }),
      { numRuns: 20000 },
    );
  });
});

describe("a patch written to a new sheet, in memory", () => {
  const value = fc.oneof(
    fc.constant(null),
    fc.constantFrom("1.10", "9/2022", "Tiêu chí 1.1", "", " ", "=x", "0123"),
    fc.integer({ min: -5, max: 5 }),
    fc.boolean(),
    fc.record({ formula: fc.constantFrom("=A1", "=COUNTIF(A:A,\"?*\")"), cached: fc.oneof(fc.integer(), fc.constantFrom("#N/A", "x")) }),
  );
  const block = fc.record({
    top: fc.integer({ min: 0, max: 6 }),
    left: fc.integer({ min: 0, max: 4 }),
    values: fc.array(fc.array(value, { maxLength: 5 }), { maxLength: 5 }),
  });
  const area = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })).map(([r, c, h, w]) => areaToA1({ top: r, left: c, bottom: r + h, right: c + w }));
  const patch = fc.record({
    sheet: fc.constant("Báo cáo"),
    blocks: fc.array(block, { maxLength: 3 }),
    merges: fc.option(fc.array(area, { maxLength: 2 }), { nil: undefined }),
    styles: fc.option(fc.array(fc.record({ range: area, style: fc.constantFrom({ numberFormat: "0.0%" }, { numberFormat: "@" }, { wrap: true }) }), { maxLength: 2 }), { nil: undefined }),
    visibility: fc.option(fc.constantFrom("visible" as const, "hidden" as const), { nil: undefined }),
  });

  it("is the snapshot the general case gives (the same patch over an empty sheet)", () => {
    fc.assert(
      fc.property(patch, (p: SheetPatch) => {
        const empty = { name: p.sheet, visible: true, top: 0, left: 0, values: [], merges: [] };
        expect(applyPatchToSnapshot(null, p)).toEqual(applyPatchToSnapshot(empty, p));
      }),
      { numRuns: 5000 },
    );
  });
});
