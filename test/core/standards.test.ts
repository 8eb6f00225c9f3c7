import { readFileSync } from "node:fs";
import { join } from "node:path";
import { STANDARD_SETS, indexOf, replacementOf, setsForSchoolType, setsInForce, standardSetById } from "../../src/core/standards/sets";
import type { StandardSetsFile } from "../../src/core/standards/types";

/** The project's own data: tests read nothing outside the repository (`npm run check:reference` compares it with its source). */
const oursPath = join(__dirname, "..", "..", "src", "core", "standards", "standard-sets.json");
const ours = JSON.parse(readFileSync(oursPath, "utf8")) as StandardSetsFile;

describe("standard sets as data", () => {
  it("holds the six sets of the reference, with its criterion counts", () => {
    expect(STANDARD_SETS.map((s) => s.id)).toEqual(ours.sets.map((s) => s.id));
    for (const s of STANDARD_SETS) expect(indexOf(s).criteria.size).toBe(ours.counts[s.id]);
    expect(Object.fromEntries(STANDARD_SETS.map((s) => [s.id, indexOf(s).criteria.size]))).toEqual({
      "tt17-2018": 27,
      "tt18-2018": 28,
      "tt19-2018": 25,
      "tt57-2026-mam-non": 15,
      "tt57-2026-pho-thong": 15,
      "tt57-2026-gdtx": 15,
    });
  });

  it("is well formed, criterion by criterion: codes numbered within their standard, official titles present, levels the set has", () => {
    for (const set of STANDARD_SETS) {
      set.standards.forEach((st, i) => {
        expect(st.no).toBe(i + 1);
        expect(st.title.trim().length).toBeGreaterThan(5);
        st.criteria.forEach((c, j) => {
          expect(c.code).toBe(`${st.no}.${j + 1}`);
          expect(c.title.trim().length).toBeGreaterThan(5);
          expect(set.levels).toContain(c.maxLevel);
          expect(c.title).toBe(c.title.normalize("NFC"));
        });
      });
    }
  });

  it("knows the facts plans get wrong: TT18 1.2 has no Mức 3, TT17 has no 5.6, TT57 has Mức 1–2 and 8 mandatory criteria", () => {
    const tt18 = indexOf(standardSetById("tt18-2018")!);
    expect(tt18.criteria.get("1.2")?.maxLevel).toBe(2);
    expect(tt18.criteria.get("5.6")?.title).toBe("Kết quả giáo dục");
    expect(indexOf(standardSetById("tt17-2018")!).criteria.has("5.6")).toBe(false);
    const tt57 = standardSetById("tt57-2026-pho-thong")!;
    expect(tt57.levels).toEqual([1, 2]);
    const mandatory = [...indexOf(tt57).criteria.values()].filter((c) => c.mandatory).map((c) => c.code);
    expect(mandatory).toEqual(["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]);
    expect(tt18.standards.get(5)?.title).toBe("Hoạt động giáo dục và kết quả giáo dục");
    expect(indexOf(standardSetById("tt19-2018")!).standards.get(5)?.title).toBe("Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ");
  });

  it("derives which set is in force from the data: 2018 sets until 7 July 2026, TT57 after", () => {
    const thpt = setsForSchoolType("thpt");
    expect(setsInForce(thpt, "2023-09-01").map((s) => s.id)).toEqual(["tt18-2018"]);
    expect(setsInForce(thpt, "2026-09-01").map((s) => s.id)).toEqual(["tt57-2026-pho-thong"]);
    expect(replacementOf(standardSetById("tt19-2018")!)?.id).toBe("tt57-2026-mam-non");
    expect(replacementOf(standardSetById("tt57-2026-gdtx")!)).toBeUndefined();
  });
});
