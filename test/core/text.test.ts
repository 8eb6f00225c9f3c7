import { parseBudget } from "../../src/core/text/budget";
import { findCriterionRefsInList, findCriterionRefsInProse, parseCriterionNumber, parseCriterionText, parseLevel4Text } from "../../src/core/text/criterion-ref";
import { looksLikeLegacyEncoding } from "../../src/core/text/legacy-encoding";
import { levelPhrase, parseLevelGroup, parseLevelStatement } from "../../src/core/text/level";
import { cleanText, foldKey, sameText } from "../../src/core/text/normalize";
import { combinePeriods, parsePeriod } from "../../src/core/text/period";

describe("Vietnamese text as Excel and Word deliver it", () => {
  it("compares NFD (Word on macOS) and NFC text as equal", () => {
    expect(sameText("Tiêu chí 1.2".normalize("NFD"), "Tiêu chí 1.2")).toBe(true);
  });
  it("folds case, non-breaking and repeated spaces, and dash variants", () => {
    expect(cleanText("Khối hành chính\u00a0–  quản trị ")).toBe("Khối hành chính - quản trị");
    expect(sameText("KHỐI HÀNH CHÍNH – QUẢN TRỊ", "Khối hành chính - quản trị")).toBe(true);
  });
  it("treats old and new tone placement as the same word", () => {
    expect(sameText("Giáo dục hoà nhập", "Giáo dục hòa nhập")).toBe(true);
    expect(sameText("sức khoẻ", "sức khỏe")).toBe(true);
    expect(sameText("cấp uỷ", "cấp ủy")).toBe(true);
    expect(sameText("Thuỷ", "Thủy")).toBe(true);
    expect(foldKey("quý")).toBe("quý"); // "qu" is a consonant: the tone stays on y
    expect(sameText("hoàn thành", "hòan thành")).toBe(false); // "hoàn" is written one way only
  });
  it("reads the Ð (U+00D0) left by VNI conversions as Đ", () => {
    expect(sameText("\u00d0ảm bảo", "Đảm bảo")).toBe(true);
  });
});

describe("criterion references as staff write them", () => {
  it.each([
    ["Tiêu chí 1.2", "1.2", "canonical"],
    ["Tiêu chí 1.10:", "1.10", "canonical"],
    ["Tiêu chí 1.10: Đảm bảo an ninh trật tự", "1.10", "canonical"],
    ["TC 1.2", "1.2", "short"],
    ["tiêu chí 3.4", "3.4", "canonical"],
    ["1.9", "1.9", "bare"],
    ["1.10", "1.10", "bare"],
    ["1,2", "1.2", "decimal-comma"],
    ["Tiêu chuẩn 3.3", "3.3", "standard-word"],
  ])("%s → %s (%s)", (text, code, form) => {
    expect(parseCriterionText(text)).toMatchObject({ code, form });
  });
  it("does not take a standard heading or prose for a criterion", () => {
    expect(parseCriterionText("Tiêu chuẩn 3: Cơ sở vật chất")).toBeUndefined();
    expect(parseCriterionText("Năm học 2023-2024")).toBeUndefined();
  });
  it("reads a code Excel made a number (1.10 can only arrive as 1.1)", () => {
    expect(parseCriterionNumber(1.9)).toMatchObject({ code: "1.9", form: "numeric" });
    expect(parseCriterionNumber(1.1)).toMatchObject({ code: "1.1" });
    expect(parseCriterionNumber(2023)).toBeUndefined();
  });
  it("reads Mức 4 requirements", () => {
    expect(parseLevel4Text("Tiêu chí 2")).toEqual({ index: 2 });
    expect(parseLevel4Text("Yêu cầu 3: …")).toEqual({ index: 3 });
  });
  it("in TT57 prose, takes a code only after 'Tiêu chí' or 'TC' ('2024-2025' and '2.1 tỷ' are not codes)", () => {
    const refs = findCriterionRefsInProse("Tiêu chí 1.4: tự đánh giá năm học 2024-2025; dự toán 2.1 tỷ; TC 2.1 và 2.2");
    expect(refs.map((r) => r.code)).toEqual(["1.4", "2.1", "2.2"]);
  });
  it("reads lists of codes in a criteria column", () => {
    expect(findCriterionRefsInList("1.3, 1.4; Tiêu chí 2.1").map((r) => r.code)).toEqual(["1.3", "1.4", "2.1"]);
  });
});

describe("levels", () => {
  it.each([
    ["Đạt mức 3 (hiện trạng mức 2)", { target: 3, current: 2, maintain: false }],
    ["Đạt mức 1", { target: 1, maintain: false }],
    ["Mức 2", { target: 2, maintain: false }],
    ["Duy trì mức 3", { target: 3, maintain: true }],
    ["Giữ vững Mức 2", { target: 2, maintain: true }],
    ["ĐẠT MỨC 2 (HIỆN TRẠNG: MỨC 1)", { target: 2, current: 1, maintain: false }],
    ["Đạt mức 5", { target: 5, maintain: false }],
  ])("%s", (text, expected) => {
    expect(parseLevelStatement(text)).toEqual(expected);
  });
  it("leaves prose goals alone", () => {
    expect(parseLevelStatement("Xây dựng thư viện thông minh.")).toBeUndefined();
    expect(parseLevelStatement("Tỷ lệ học sinh đạt mức 3 tăng 10%")).toBeUndefined();
  });
  it("reads level-group rows", () => {
    expect(parseLevelGroup("MỨC 1, 2, 3")).toEqual([1, 2, 3]);
    expect(parseLevelGroup("MỨC 4")).toEqual([4]);
    expect(parseLevelGroup("Mức 1")).toEqual([1]);
    expect(parseLevelGroup("Mức 2: Duy trì")).toBeUndefined();
  });
  it.each([
    ["I. MỨC 1, 2, 3", [1, 2, 3]],
    ["II. CÁC TIÊU CHÍ ĐẠT MỨC 4", [4]],
    ["Phần A: Tiêu chí mức 1 - 3", [1, 2, 3]],
    ["B) Các tiêu chí ở mức 4", [4]],
    ["Nhóm tiêu chí mức 1, 2, 3:", [1, 2, 3]],
  ])("reads a numbered or titled level group: %s", (text, levels) => {
    expect(parseLevelGroup(text)).toEqual(levels);
  });
  it.each(["I. Tiêu chí 1.2: Mức 2", "Tiêu chí 1.2 mức 2", "1.2 Mức 2", "IV. TỔ CHỨC THỰC HIỆN", "Đạt mức 2"])("never takes a criterion or a heading for a level group: %s", (text) => {
    expect(parseLevelGroup(text)).toBeUndefined();
  });
  it("writes the phrases it proposes", () => {
    expect(levelPhrase(2, 1)).toBe("Đạt mức 2 (hiện trạng mức 1)");
    expect(levelPhrase(2, 2)).toBe("Duy trì mức 2");
  });
});

describe("periods", () => {
  it.each([
    ["10/2023-05/2024", { start: { month: 10, year: 2023 }, end: { month: 5, year: 2024 } }],
    ["Từ tháng 9 năm 2020 đến tháng 5 năm 2021", { start: { month: 9, year: 2020 }, end: { month: 5, year: 2021 } }],
    ["Tháng 01/2023", { start: { month: 1, year: 2023 }, end: { month: 1, year: 2023 } }],
    ["9/2022", { start: { month: 9, year: 2022 }, end: { month: 9, year: 2022 } }],
    ["Năm 2023-2025", { start: { year: 2023 }, end: { year: 2025 } }],
    ["2021-2025", { start: { year: 2021 }, end: { year: 2025 } }],
    ["Bắt đầu từ năm học 2022-2023", { start: { year: 2022 }, end: { year: 2023 } }],
  ])("%s is a range", (text, expected) => {
    expect(parsePeriod(text)).toEqual({ kind: "range", ...expected });
  });
  it.each(["Hàng năm", "Hằng năm", "Cả năm học", "Thường xuyên", "Học kỳ I"])("%s recurs", (text) => {
    expect(parsePeriod(text).kind).toBe("recurring");
  });
  it("refuses what cannot be read or ends before it starts", () => {
    expect(parsePeriod("Sớm nhất có thể")).toEqual({ kind: "invalid", reason: "unreadable" });
    expect(parsePeriod("05/2024-10/2023")).toEqual({ kind: "invalid", reason: "ends-before-start" });
    expect(parsePeriod("13/2023")).toEqual({ kind: "invalid", reason: "bad-month" });
    expect(combinePeriods(parsePeriod("Tháng 9 năm 2021"), parsePeriod("Tháng 5 năm 2021"))).toEqual({ kind: "invalid", reason: "ends-before-start" });
  });
});

describe("budgets", () => {
  it.each([
    ["Không", { kind: "none" }],
    ["50 tỷ đồng", { kind: "amount", dong: 50e9 }],
    ["5,5 tỷ đồng", { kind: "amount", dong: 5.5e9 }],
    ["10.000.000 đồng", { kind: "amount", dong: 10_000_000 }],
    ["Kinh phí ngân sách cấp trên và nguồn tài trợ", { kind: "source", text: "Kinh phí ngân sách cấp trên và nguồn tài trợ" }],
  ])("%s", (text, expected) => {
    expect(parseBudget(text)).toEqual(expected);
  });
  it("takes a number Excel made of '10.000.000' on vi-VN", () => {
    expect(parseBudget(10_000_000)).toEqual({ kind: "amount", dong: 10_000_000 });
  });
});

describe("legacy encodings", () => {
  it("spots TCVN3 and VNI text pasted as Unicode", () => {
    expect(looksLikeLegacyEncoding("Tiªu chÝ 1.2")).toBe(true);
    expect(looksLikeLegacyEncoding("Tæ chøc vµ qu¶n lý nhµ tr­êng")).toBe(true);
    expect(looksLikeLegacyEncoding("Tieâu chuaån 1: Toå chöùc vaø quaûn lyù")).toBe(true);
  });
  it("leaves real Vietnamese, bullets and units alone", () => {
    expect(looksLikeLegacyEncoding("Tổ chức và quản lý nhà trường")).toBe(false);
    expect(looksLikeLegacyEncoding("· Nhóm giải pháp 1: diện tích 500 m² — thuộc thẩm quyền")).toBe(false);
    expect(looksLikeLegacyEncoding("Ủy ban nhân dân huyện; “Học tập và làm theo…”")).toBe(false);
  });
});
