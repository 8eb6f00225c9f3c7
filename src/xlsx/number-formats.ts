/**
 * Number formats as the .xlsx reader needs them: the format code of a built-in format id (a cell
 * styled with id 14 stores no code), and whether a format shows a date or a time, so that a number
 * under it reads as a date. Both follow what KHCT's reader has always done (exceljs's tables and
 * test), so that moving off exceljs changed no finding.
 */

/** Built-in formats every Excel knows by id; the locale-dependent ids (27–36, 50–81) have no fixed code and read as General. */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** True when a number under this format shows as a date or a time: a y, m, d, h, s or b outside quotes and brackets. */
export function showsDateOrTime(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
