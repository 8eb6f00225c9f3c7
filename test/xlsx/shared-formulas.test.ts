import { shiftFormula } from "../../src/xlsx/shared-formulas";

describe("a shared formula in the cells it was filled into", () => {
  it.each([
    ["B1*2", 1, 0, "B2*2"],
    ["SUM($A$1:A1)", 3, 0, "SUM($A$1:A4)"],
    ['COUNTIF(E8:E40,"A1")', 2, 1, 'COUNTIF(F10:F42,"A1")'],
    ["'Kế hoạch'!A1+Sheet2!B$2", 1, 1, "'Kế hoạch'!B2+Sheet2!C$2"],
    ["LOG10(A1)+ATAN2(B1,C1)", 1, 0, "LOG10(A2)+ATAN2(B2,C2)"],
    ["COUNTA(A:A)+SUM(1:1)+SUM($C:$C)", 2, 2, "COUNTA(C:C)+SUM(3:3)+SUM($C:$C)"],
    ["2.5E+10*A1", 1, 0, "2.5E+10*A2"],
    ['"He said ""A1"""&A1', 1, 0, '"He said ""A1"""&A2'],
    ["Bảng1[[#This Row],[A1]]+A1", 1, 0, "Bảng1[[#This Row],[A1]]+A2"],
    ["A2-1", -1, 0, "A1-1"],
    ["A1", -1, 0, "#REF!"],
  ] as const)("%s moved %i rows and %i columns is %s", (formula, rows, cols, expected) => {
    expect(shiftFormula(formula, rows, cols)).toBe(expected);
  });
});
