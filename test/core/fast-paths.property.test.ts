/**
 * The core's quick checks (issue 13: the same findings, faster) answer as the full checks they
 * stand in front of, on any text: they only skip work whose answer they know.
 */
import fc from "fast-check";
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
