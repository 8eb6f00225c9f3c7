import { sameText } from "../text/normalize";
import { at, quote, storedText } from "./helpers";
import type { Finding, Rule } from "./types";

export const standardTitleMismatch: Rule = {
  id: "standard/title-mismatch",
  severity: "warning",
  appliesTo: ["plan", "report", "problems"],
  description: { vi: "Tên tiêu chuẩn không đúng tên chính thức", en: "A standard heading whose title is not the official one" },
  check({ table, index, setName }) {
    const out: Finding[] = [];
    for (const row of table.rows) {
      if (row.kind !== "standard" || !row.standardNo || !row.standardTitle || !row.codeField) continue;
      const official = index.standards.get(row.standardNo);
      if (!official) continue;
      const written = row.standardTitle.replace(/[.;:]+$/, "");
      if (sameText(written, official.title)) continue;
      out.push(
        at(
          row.codeField,
          {
            vi: `Tên Tiêu chuẩn ${row.standardNo} không đúng với ${setName}: ${quote(written, 80)}. Tên chính thức: "${official.title}".`,
            en: `The title of Standard ${row.standardNo} does not match ${setName}: ${quote(written, 80)}. Official title: "${official.title}".`,
          },
          { standard: row.standardNo, fix: { cell: row.codeField.cell, old: storedText(row.codeField), new: `Tiêu chuẩn ${row.standardNo}: ${official.title}` } },
        ),
      );
    }
    return out;
  },
};

export const standardUnknown: Rule = {
  id: "standard/unknown",
  severity: "error",
  appliesTo: ["plan", "report", "problems"],
  description: { vi: "Tiêu chuẩn không có trong bộ tiêu chuẩn", en: "A standard the set lacks" },
  check({ table, index, setName }) {
    const out: Finding[] = [];
    const count = index.standards.size;
    for (const row of table.rows) {
      const heading = row.kind === "standard" ? row : undefined;
      if (!heading?.standardNo || !heading.codeField || index.standards.has(heading.standardNo)) continue;
      out.push(
        at(
          heading.codeField,
          {
            vi: `${setName} không có Tiêu chuẩn ${heading.standardNo} (chỉ có Tiêu chuẩn 1 đến ${count}).`,
            en: `${setName} has no Standard ${heading.standardNo} (only Standards 1 to ${count}).`,
          },
          { standard: heading.standardNo },
        ),
      );
    }
    return out;
  },
};
