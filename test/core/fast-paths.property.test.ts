/**
 * The core's quick checks (issue 13: the same findings, faster) answer as the full checks they
 * stand in front of, on any text: they only skip work whose answer they know.
 */
import fc from "fast-check";
import { lineCount, wrapLines } from "../../src/core/measure/wrap";
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
