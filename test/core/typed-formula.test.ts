import { isTypedTextFormula } from "../../src/core/plan/field";

describe("telling text Excel made a formula of from a formula written on purpose", () => {
  it.each(["=-Hiệu trưởng", "=+ Chỉ đạo các tổ chuyên môn", "=-Ban giam hieu", "=-Tổ trưởng, GVCN lớp 10A1", "=-Hiệu trưởng (chủ trì)", "=- Phòng GD&ĐT"])("%s is typed text", (f) => {
    expect(isTypedTextFormula(f)).toBe(true);
  });

  it.each(["=SUM(#REF!)", "=VLOOKUP(B9,'Danh mục'!A:B,2,FALSE)", "=#REF!", "=G7/G8", "=$A$1*2", "=NA()", '=IF(D1,"Đạt","Chưa đạt")', "=1/0"])("%s is a real formula", (f) => {
    expect(isTypedTextFormula(f)).toBe(false);
  });
});
