import { looksLikeLegacyEncoding } from "../text/legacy-encoding";
import { at, eachField, quote } from "./helpers";
import type { Finding, Rule } from "./types";

export const cellFormulaText: Rule = {
  id: "cell/formula-text",
  severity: "error",
  appliesTo: ["plan", "report", "problems", "monitoring"],
  description: { vi: "Chữ bị Excel biến thành công thức lỗi", en: "Text Excel turned into a formula error" },
  check({ table }) {
    const out: Finding[] = [];
    eachField(table, (field, code) => {
      if (!field.formulaText) return;
      out.push(
        at(
          field,
          {
            vi: `Excel đã biến nội dung gõ vào thành công thức lỗi (${String(field.value)}): ${quote(field.text)}. Nhập lại dưới dạng văn bản (gõ dấu ' ở đầu ô).`,
            en: `Excel turned the typed text into a formula that fails (${String(field.value)}): ${quote(field.text)}. Enter it as text (start the cell with ').`,
          },
          { criterion: code, fix: { cell: field.cell, old: field.formula ?? String(field.value), new: field.text } },
        ),
      );
    });
    return out;
  },
};

export const textLegacyEncoding: Rule = {
  id: "text/legacy-encoding",
  severity: "warning",
  appliesTo: ["plan", "report", "problems", "monitoring"],
  description: { vi: "Chữ mã TCVN3/VNI dán vào như Unicode", en: "TCVN3/VNI text pasted as Unicode" },
  check({ table }) {
    const out: Finding[] = [];
    eachField(table, (field, code) => {
      if (field.isNumber || field.date || !looksLikeLegacyEncoding(field.text)) return;
      out.push(
        at(
          field,
          {
            vi: `Ô này có vẻ chứa chữ gõ bằng bảng mã cũ TCVN3 hoặc VNI (${quote(field.text, 40)}). Chuyển mã sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi dán lại.`,
            en: `This cell seems to hold text typed in the legacy TCVN3 or VNI encoding (${quote(field.text, 40)}). Convert it to Unicode (e.g. with Unikey's converter) and paste it again.`,
          },
          { criterion: code },
        ),
      );
    });
    return out;
  },
};
