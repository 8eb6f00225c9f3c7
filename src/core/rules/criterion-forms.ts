import { canonicalCode } from "../text/criterion-ref";
import { at, quote, storedText } from "./helpers";
import type { Finding, Rule } from "./types";

/** How a code cell was written; three rules, one concern each. */

export const criterionStandardAsCriterion: Rule = {
  id: "criterion/standard-as-criterion",
  severity: "warning",
  appliesTo: ["plan", "report", "problems"],
  supersedes: ["standard/title-mismatch", "standard/unknown"],
  description: { vi: "Viết \"Tiêu chuẩn x.y\" cho một tiêu chí", en: "\"Tiêu chuẩn x.y\" written for a criterion" },
  check({ citations }) {
    const out: Finding[] = [];
    for (const c of citations) {
      if (c.ref.form !== "standard-word" || c.row.kind !== "criterion") continue;
      const old = storedText(c.field);
      out.push(
        at(
          c.field,
          {
            vi: `${quote(c.field.text)} là một tiêu chí, không phải tiêu chuẩn: viết "Tiêu chí ${c.code}".`,
            en: `${quote(c.field.text)} is a criterion, not a standard: write "Tiêu chí ${c.code}".`,
          },
          { criterion: c.code, standard: c.ref.standard, fix: { cell: c.field.cell, old, new: old.normalize("NFC").replace(/^(\s*(?:[-+*•]\s*)?)ti[eê]u\s+chu[aẩ]n/iu, "$1Tiêu chí") } },
        ),
      );
    }
    return out;
  },
};

export const criterionNumericCode: Rule = {
  id: "criterion/numeric-code",
  severity: "warning",
  appliesTo: ["plan", "report", "problems"],
  supersedes: ["criterion/bare-code"],
  description: { vi: "Mã tiêu chí bị Excel đổi thành số hoặc ngày", en: "A criterion code Excel stored as a number or a date" },
  check({ citations }) {
    const out: Finding[] = [];
    for (const c of citations) {
      if (c.ref.form !== "numeric" && c.ref.form !== "date" && c.ref.form !== "grouped") continue;
      const shown = c.field.text;
      const ten = c.code !== c.ref.code;
      const canonical = canonicalCode(c.code);
      const { vi, en } =
        c.ref.form === "date"
          ? {
              vi: `Excel đã đổi mã tiêu chí thành ngày (${quote(shown)}). Nhập lại dưới dạng văn bản: "${canonical}".`,
              en: `Excel turned the criterion code into a date (${quote(shown)}). Enter it as text: "${canonical}".`,
            }
          : c.ref.form === "grouped"
            ? {
                vi: `Excel đã đọc mã tiêu chí "${c.code}" thành số ${quote(shown)} (máy dùng dấu chấm để phân cách hàng nghìn). Nhập lại dưới dạng văn bản: "${canonical}".`,
                en: `Excel read the criterion code "${c.code}" as the number ${quote(shown)} (this computer groups thousands with a dot). Enter it as text: "${canonical}".`,
              }
            : {
                vi: `Excel đã lưu mã tiêu chí thành số ${quote(shown)}${ten ? ` — sau tiêu chí ${c.ref.standard}.9, số ${c.ref.code} có lẽ là ${c.code} (Excel bỏ số 0 cuối)` : ""}. Nhập lại dưới dạng văn bản: "${canonical}".`,
                en: `Excel stored the criterion code as the number ${quote(shown)}${ten ? ` — after criterion ${c.ref.standard}.9, ${c.ref.code} was probably ${c.code} (Excel drops the trailing 0)` : ""}. Enter it as text: "${canonical}".`,
              };
      out.push(at(c.field, { vi, en }, { criterion: c.code, standard: c.ref.standard, fix: { cell: c.field.cell, old: shown, new: canonical } }));
    }
    return out;
  },
};

export const criterionBareCode: Rule = {
  id: "criterion/bare-code",
  severity: "info",
  appliesTo: ["plan", "report"],
  description: { vi: "Mã tiêu chí thiếu chữ \"Tiêu chí\"", en: "A code without \"Tiêu chí\"" },
  check({ citations }) {
    const out: Finding[] = [];
    for (const c of citations) {
      if (c.row.kind !== "criterion" || (c.ref.form !== "bare" && c.ref.form !== "decimal-comma")) continue;
      out.push(
        at(
          c.field,
          {
            vi: `Mã ${quote(c.field.text)} thiếu chữ "Tiêu chí": viết "${canonicalCode(c.code)}" để dễ đọc và để Excel không đổi thành số.`,
            en: `The code ${quote(c.field.text)} lacks "Tiêu chí": write "${canonicalCode(c.code)}" so it reads clearly and Excel cannot turn it into a number.`,
          },
          { criterion: c.code, standard: c.ref.standard, fix: { cell: c.field.cell, old: storedText(c.field), new: canonicalCode(c.code) } },
        ),
      );
    }
    return out;
  },
};
